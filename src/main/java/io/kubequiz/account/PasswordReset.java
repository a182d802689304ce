package io.kubequiz.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record PasswordReset(
        @NotBlank(message = "{register.password.required}")
        @Size(min = 8, max = 128, message = "{register.password.size}")
        String password) {}
