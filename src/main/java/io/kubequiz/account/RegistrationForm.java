package io.kubequiz.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a new learner types to register; checked here, then by {@link PasswordPolicy} and for a taken name. */
record RegistrationForm(
        @NotBlank(message = "{register.username.required}")
        @Size(min = 3, max = 32, message = "{register.username.size}")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{register.username.pattern}")
        String username,

        @NotBlank(message = "{register.displayName.required}") @Size(max = 60, message = "{register.displayName.size}")
        String displayName,

        @NotBlank(message = "{register.password.required}")
        @Size(min = 8, max = 128, message = "{register.password.size}")
        String password,

        @Size(max = 20, message = "{register.classCode.unknown}")
        String classCode) {

    /** Space typed around a name is not part of it. */
    RegistrationForm {
        username = username == null ? null : username.strip();
        displayName = displayName == null ? null : displayName.strip();
        classCode = classCode == null ? "" : classCode.strip();
    }

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", "");
    }
}
