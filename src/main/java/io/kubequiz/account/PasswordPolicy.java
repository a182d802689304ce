package io.kubequiz.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses passwords that are easy to guess: without both a letter and a digit or symbol, containing the username,
 * or among the most common ones. Length is checked by the form.
 */
final class PasswordPolicy {

    private static final Set<String> COMMON = Set.of(
            "password1",
            "password123",
            "azerty123",
            "azertyuiop1",
            "qwerty123",
            "motdepasse1",
            "12345678a",
            "kubernetes1",
            "kubernetes123",
            "microk8s1",
            "welcome1",
            "bienvenue1",
            "admin123",
            "letmein1");

    private PasswordPolicy() {}

    /** The message key of the first rule the password breaks, if any. */
    static Optional<String> check(String username, String password) {
        if (password == null || password.length() < 8) {
            return Optional.empty();
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetter(c));
        String lower = password.toLowerCase(Locale.ROOT);
        if (!letter || !other) {
            return Optional.of("register.password.weak");
        }
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("register.password.containsUsername");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("register.password.common");
        }
        return Optional.empty();
    }
}
