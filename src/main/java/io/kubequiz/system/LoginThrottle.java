package io.kubequiz.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins in the database (table {@code login_failure}), so that every instance sharing it sees the
 * same counts, over a sliding window: an account, an address or a trusted browser that reached its limit of failures
 * within the window is refused until the oldest of them leaves it. Refused attempts are not counted (the wait that was
 * announced stays true, and an attacker cannot grow the table past the limits).
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int accountLimit;
    private final int addressLimit;
    private final Duration window;

    LoginThrottle(
            JdbcClient jdbc,
            Clock clock,
            @Value("${kubequiz.login.account-limit:10}") int accountLimit,
            @Value("${kubequiz.login.address-limit:100}") int addressLimit,
            @Value("${kubequiz.login.window:15m}") Duration window) {
        if (accountLimit < 1 || addressLimit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("kubequiz.login.* limits must be at least 1 and the window positive");
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.accountLimit = accountLimit;
        this.addressLimit = addressLimit;
        this.window = window;
    }

    /** How long this attempt must wait before its password is even looked at; empty when it may go on now. */
    Optional<Duration> waitFor(LoginAttempt attempt) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String subject : attempt.subjects()) {
            int limit = subject.startsWith(LoginAttempt.ADDRESS) ? addressLimit : accountLimit;
            // The limit-th most recent failure still in the window: the block lasts until it leaves the window.
            Optional<Instant> blocking = jdbc.sql(
                            "SELECT failed_at FROM login_failure WHERE subject = ? AND failed_at > ?"
                                    + " ORDER BY failed_at DESC OFFSET ? ROWS FETCH FIRST 1 ROWS ONLY")
                    .params(subject, Timestamp.from(now.minus(window)), limit - 1)
                    .query((rs, row) -> rs.getTimestamp(1).toInstant())
                    .optional();
            if (blocking.isPresent()) {
                Duration wait = Duration.between(now, blocking.get().plus(window));
                longest = wait.compareTo(longest) > 0 ? wait : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    /** A wrong password or an unknown username: one more failure for each thing the attempt counts against. */
    void failed(LoginAttempt attempt) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM login_failure WHERE failed_at <= ?")
                .param(Timestamp.from(now.minus(window)))
                .update();
        for (String subject : attempt.subjects()) {
            jdbc.sql("INSERT INTO login_failure (subject, failed_at) VALUES (?, ?)")
                    .params(subject, Timestamp.from(now))
                    .update();
        }
    }

    /** A successful sign-in forgets the failures of the account and of the browser it came from, not the address's. */
    void succeeded(String username, Optional<String> device) {
        List<String> subjects = device.map(nonce -> List.of(LoginAttempt.account(username), LoginAttempt.device(nonce)))
                .orElse(List.of(LoginAttempt.account(username)));
        for (String subject : subjects) {
            jdbc.sql("DELETE FROM login_failure WHERE subject = ?")
                    .param(subject)
                    .update();
        }
    }
}
