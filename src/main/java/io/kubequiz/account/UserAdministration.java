package io.kubequiz.account;

import java.time.Clock;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an admin does with accounts: create trainers, reset passwords. */
@Service
class UserAdministration {

    record UserLine(long id, String username, String displayName, Role role) {}

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAdministration(UserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<UserLine> all() {
        return users.findAll(Sort.by("role", "username")).stream()
                .map(u -> new UserLine(u.id(), u.username(), u.displayName(), u.role()))
                .toList();
    }

    @Transactional
    void createTrainer(RegistrationForm form) {
        try {
            users.saveAndFlush(new User(
                    Registration.normaliseUsername(form.username()),
                    form.displayName(),
                    passwordEncoder.encode(form.password()),
                    Role.TRAINER,
                    clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new Registration.UsernameTakenException();
        }
    }

    /** Sets a new password; false when there is no such user. */
    @Transactional
    boolean resetPassword(long userId, String password) {
        return users.findById(userId)
                .map(user -> {
                    user.changePassword(passwordEncoder.encode(password));
                    return true;
                })
                .orElse(false);
    }
}
