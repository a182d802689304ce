package io.kubequiz.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kubequiz.testing.Learner;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Sign-in throttling through the real login form, with small limits (3 per account, 6 per address in 15 minutes)
 * and a clock the tests move forward. Each test uses its own usernames and client address.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(
        properties = {"kubequiz.login.account-limit=3", "kubequiz.login.address-limit=6", "kubequiz.login.window=15m"})
@Import(LoginThrottlingTest.MovableClockConfiguration.class)
class LoginThrottlingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcClient jdbc;

    @MockitoSpyBean
    PasswordEncoder passwords;

    private static int addresses;

    /** An address no other test uses. */
    private static synchronized String newAddress() {
        return "10.0.0." + (++addresses);
    }

    private MockHttpServletResponse logIn(
            String username, String password, String address, String language, Cookie... cookies) throws Exception {
        var request = post("/login")
                .param("username", username)
                .param("password", password)
                .header("Accept-Language", language)
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static void assertWrongPassword(MockHttpServletResponse response) {
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?error");
    }

    private static void assertRefused(MockHttpServletResponse response, String message) throws Exception {
        assertThat(response.getStatus()).isEqualTo(429);
        assertThat(response.getHeader("Retry-After")).matches("[0-9]+");
        assertThat(response.getContentAsString())
                .contains("id=\"login-throttled\"")
                .contains(message);
        assertThat(response.getContentAsString()).contains("name=\"password\"");
        assertThat(response.getCookie(DeviceCookies.NAME)).isNull();
    }

    @Test
    void anAccountIsRefusedAfterItsLimitEvenWithTheRightPasswordInFrenchAndEnglish() throws Exception {
        Learner learner = Learner.register(mvc);
        String attacker = newAddress();
        for (int i = 0; i < 3; i++) {
            assertWrongPassword(logIn(learner.username(), "wrong-" + i, attacker, "fr"));
        }

        // The password is not even compared (no bcrypt work for a refused guess), unlike a normal failure's.
        verify(passwords, atLeastOnce()).matches(any(), any());
        clearInvocations(passwords);
        assertRefused(logIn(learner.username(), "wrong-4", attacker, "fr"), "Patientez environ 15\u00a0minutes");
        verify(passwords, never()).matches(any(), any());
        // From another address and a browser that never signed in: the account is refused, the password not checked.
        MockHttpServletResponse right = logIn(learner.username(), Learner.PASSWORD, newAddress(), "en");
        assertRefused(right, "Please wait about 15 minutes before trying again.");
        assertThat(Long.parseLong(right.getHeader("Retry-After"))).isBetween(841L, 900L);
        // Typed in capitals it is the same account.
        assertRefused(
                logIn(learner.username().toUpperCase(), Learner.PASSWORD, newAddress(), "en"), "Please wait about");
    }

    @Test
    void aBrowserThatSignedInBeforeIsNotLockedOutByOthersFailures() throws Exception {
        Learner learner = Learner.register(mvc);
        String home = newAddress();
        MockHttpServletResponse first = logIn(learner.username(), Learner.PASSWORD, home, "fr");
        assertThat(first.getRedirectedUrl()).isEqualTo("/quizzes");
        Cookie device = first.getCookie(DeviceCookies.NAME);
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();
        assertThat(device.getMaxAge()).isGreaterThan(30 * 24 * 3600);

        String attacker = newAddress();
        for (int i = 0; i < 3; i++) {
            assertWrongPassword(logIn(learner.username(), "guess-" + i, attacker, "fr"));
        }
        assertRefused(logIn(learner.username(), Learner.PASSWORD, newAddress(), "fr"), "Patientez");

        // A forged or edited cookie does not count as one.
        Cookie forged = new Cookie(DeviceCookies.NAME, device.getValue().replace('.', 'x') + ".AAAA");
        assertRefused(logIn(learner.username(), Learner.PASSWORD, home, "fr", forged), "Patientez");
        // The genuine one is let in, and its success forgets the account's failures.
        assertThat(logIn(learner.username(), Learner.PASSWORD, home, "fr", device)
                        .getRedirectedUrl())
                .isEqualTo("/quizzes");
        assertThat(logIn(learner.username(), Learner.PASSWORD, newAddress(), "fr")
                        .getRedirectedUrl())
                .isEqualTo("/quizzes");
    }

    @Test
    void aBrowserWithADeviceCookieIsThrottledByItsOwnFailures() throws Exception {
        Learner learner = Learner.register(mvc);
        String home = newAddress();
        Cookie device = logIn(learner.username(), Learner.PASSWORD, home, "en").getCookie(DeviceCookies.NAME);
        for (int i = 0; i < 3; i++) {
            assertWrongPassword(logIn(learner.username(), "typo-" + i, home, "en", device));
        }
        assertRefused(logIn(learner.username(), Learner.PASSWORD, home, "en", device), "Please wait about");
        // Its failures were its own: a browser without the cookie is not refused for them.
        assertThat(logIn(learner.username(), Learner.PASSWORD, newAddress(), "en")
                        .getRedirectedUrl())
                .isEqualTo("/quizzes");
    }

    @Test
    void anAddressIsRefusedAfterItsLimitWhateverTheAccount() throws Exception {
        Learner learner = Learner.register(mvc);
        String classroom = newAddress();
        for (int i = 0; i < 6; i++) {
            assertWrongPassword(logIn("someone-" + i + "-" + UUID.randomUUID(), "wrong", classroom, "fr"));
        }
        assertRefused(logIn(learner.username(), Learner.PASSWORD, classroom, "fr"), "Patientez environ 15");
        assertThat(logIn(learner.username(), Learner.PASSWORD, newAddress(), "fr")
                        .getRedirectedUrl())
                .isEqualTo("/quizzes");
    }

    @Test
    void anUnknownUsernameIsTreatedLikeAnAccount() throws Exception {
        String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            assertWrongPassword(logIn(nobody, "wrong", newAddress(), "en"));
        }
        assertRefused(logIn(nobody, "wrong", newAddress(), "en"), "Please wait about 15 minutes");
    }

    @Test
    void aSuccessForgetsTheAccountsFailuresButNotTheAddresss() throws Exception {
        Learner learner = Learner.register(mvc);
        Learner neighbour = Learner.register(mvc);
        String address = newAddress();
        assertWrongPassword(logIn(learner.username(), "wrong", address, "fr"));
        assertWrongPassword(logIn(learner.username(), "wrong", address, "fr"));
        assertThat(logIn(learner.username(), Learner.PASSWORD, address, "fr").getRedirectedUrl())
                .isEqualTo("/quizzes");
        // Without the reset the account would have 4 failures here and this attempt would be refused.
        for (int i = 0; i < 3; i++) {
            assertWrongPassword(logIn(learner.username(), "wrong", address, "fr"));
        }
        assertWrongPassword(logIn("someone-" + UUID.randomUUID(), "wrong", address, "fr"));
        // 6 failures from the address, though the success: the neighbour's right password is refused from there.
        assertRefused(logIn(neighbour.username(), Learner.PASSWORD, address, "fr"), "Patientez");
    }

    @Test
    void theRefusalEndsWithTheWindowAndSaysHowLongIsLeft() throws Exception {
        Learner learner = Learner.register(mvc);
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            assertWrongPassword(logIn(learner.username(), "wrong", address, "en"));
        }
        clock.advance(Duration.ofMinutes(11));
        assertRefused(logIn(learner.username(), Learner.PASSWORD, address, "en"), "Please wait about 4 minutes");
        clock.advance(Duration.ofMinutes(3).plusSeconds(30));
        assertRefused(logIn(learner.username(), Learner.PASSWORD, address, "en"), "Please wait about one minute");
        clock.advance(Duration.ofSeconds(31));

        assertThat(logIn(learner.username(), Learner.PASSWORD, address, "en").getRedirectedUrl())
                .isEqualTo("/quizzes");
        // The next failure purged the rows that left the window.
        assertWrongPassword(logIn(learner.username(), "wrong", newAddress(), "en"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE failed_at <= ?")
                        .param(java.sql.Timestamp.from(clock.instant().minus(Duration.ofMinutes(15))))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** The system clock, plus however far the tests moved it. */
    static final class MovableClock extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        void advance(Duration by) {
            offset.accumulateAndGet(by, Duration::plus);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("always UTC");
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableClockConfiguration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
