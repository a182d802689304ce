package io.kubequiz.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may do with accounts beyond the signed-in principal: tell whether the database holds accounts
 * besides the first-start admin, and create the demo accounts.
 */
@Service
public class Accounts {

    /**
     * The order of the first-start admin's {@code ApplicationReadyEvent} listener: start-up work that needs to know
     * whether the database is empty runs after it, with a larger order.
     */
    public static final int FIRST_START_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    /** A demo account: its password is its username. */
    public record DemoAccount(String username, String displayName, Role role, Instant createdAt) {}

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,31}");

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;

    Accounts(UserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** How many accounts there are besides the {@code admin} created on the first start. */
    @Transactional(readOnly = true)
    public long countBesidesFirstStartAdmin() {
        return users.countByUsernameNot(AdminBootstrap.ADMIN_USERNAME);
    }

    /**
     * Creates learner and trainer accounts whose password is their username, for demo mode only: this bypasses the
     * password policy on purpose, and says so in the log. Passwords are hashed with the application's encoder.
     */
    @Transactional
    public List<AccountUser> createDemoAccountsWithPublicPasswords(List<DemoAccount> accounts) {
        for (DemoAccount account : accounts) {
            if (account.role() == Role.ADMIN
                    || !USERNAME.matcher(account.username()).matches()) {
                throw new IllegalArgumentException("not a demo account: " + account);
            }
        }
        // Hashing is deliberately slow; the accounts are independent, so hash them side by side.
        List<String> hashes = accounts.parallelStream()
                .map(a -> passwordEncoder.encode(a.username()))
                .toList();
        List<User> created = new ArrayList<>();
        for (int i = 0; i < accounts.size(); i++) {
            DemoAccount account = accounts.get(i);
            created.add(new User(
                    account.username(), account.displayName(), hashes.get(i), account.role(), account.createdAt()));
        }
        List<AccountUser> principals =
                users.saveAll(created).stream().map(User::toPrincipal).toList();
        principals.forEach(AccountUser::eraseCredentials);
        log.warn(
                "Demo mode: created {} accounts whose password is their username (public passwords, the password"
                        + " policy bypassed); never run demo mode where real users can reach the server.",
                principals.size());
        return principals;
    }
}
