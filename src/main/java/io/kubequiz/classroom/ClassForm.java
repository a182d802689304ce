package io.kubequiz.classroom;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ClassForm(
        @NotBlank(message = "{class.name.required}") @Size(max = 80, message = "{class.name.size}")
        String name) {

    ClassForm {
        name = name == null ? null : name.strip();
    }
}
