package io.kubequiz.account;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new API token: a name to recognise it by, and an optional lifetime in days. */
public record TokenForm(
        @NotBlank(message = "{token.name.required}") @Size(max = 60, message = "{token.name.size}")
        String name,

        @Min(value = 1, message = "{token.expiry.range}") @Max(value = 3650, message = "{token.expiry.range}")
        Integer expiresInDays) {}
