package io.kubequiz.account;

import java.security.SecureRandom;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start with an empty database, creates the {@code admin} account: with the password of
 * {@code KUBEQUIZ_ADMIN_PASSWORD}, or else a generated one, printed once in the log.
 */
@Component
class AdminBootstrap {

    static final String ADMIN_USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String configuredPassword;

    AdminBootstrap(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            Clock clock,
            @Value("${kubequiz.admin-password:}") String configuredPassword) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Accounts.FIRST_START_ORDER)
    @Transactional
    public void createAdminOnFirstStart() {
        if (users.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        users.save(new User(
                ADMIN_USERNAME, "Administrator", passwordEncoder.encode(password), Role.ADMIN, clock.instant()));
        if (generated) {
            log.warn(
                    "First start: created the account '{}' with the generated password {} — it is shown only"
                            + " this once; set KUBEQUIZ_ADMIN_PASSWORD to choose it instead.",
                    ADMIN_USERNAME,
                    password);
        } else {
            log.info(
                    "First start: created the account '{}' with the password of KUBEQUIZ_ADMIN_PASSWORD.",
                    ADMIN_USERNAME);
        }
    }

    static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
