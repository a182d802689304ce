package io.kubequiz.account;

import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Creates learner accounts. Nobody can register as a trainer or an admin. */
@Service
class Registration {

    private static final Logger log = LoggerFactory.getLogger(Registration.class);

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    Registration(UserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    static String normaliseUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** The checks a new account passes beyond the form's own: a strong password, a free username. */
    void checkNewAccount(RegistrationForm form, Errors errors) {
        if (!errors.hasFieldErrors("password")) {
            PasswordPolicy.check(form.username(), form.password())
                    .ifPresent(code -> errors.rejectValue("password", code));
        }
        if (!errors.hasFieldErrors("username") && users.existsByUsername(normaliseUsername(form.username()))) {
            errors.rejectValue("username", "register.username.taken");
        }
    }

    /**
     * Registers a student, who keeps the language they registered in; throws {@link UsernameTakenException} when
     * another registration won the race.
     */
    @Transactional
    public AccountUser registerStudent(RegistrationForm form, Locale language) {
        User user = new User(
                normaliseUsername(form.username()),
                form.displayName().strip(),
                passwordEncoder.encode(form.password()),
                Role.STUDENT,
                clock.instant());
        user.preferLanguage(language.getLanguage());
        try {
            AccountUser created = users.saveAndFlush(user).toPrincipal();
            log.info("Account '{}' registered (student)", created.getUsername());
            return created;
        } catch (DataIntegrityViolationException e) {
            throw new UsernameTakenException();
        }
    }

    static class UsernameTakenException extends RuntimeException {}
}
