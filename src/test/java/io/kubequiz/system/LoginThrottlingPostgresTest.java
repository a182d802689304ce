package io.kubequiz.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.testing.Postgres;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The throttle on PostgreSQL (the migration and its queries) and through a real server: browsers with their own
 * cookies post the login form over HTTP, as they would behind the load balancer.
 */
@ExtendWith(Postgres.Required.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"kubequiz.login.account-limit=2", "kubequiz.login.address-limit=50"})
@DirtiesContext
class LoginThrottlingPostgresTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static Postgres.Database database;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database = Postgres.createDatabase("throttle");
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", database::password);
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            database.close();
        }
    }

    /** One browser: its own cookie jar, never following redirects. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        HttpResponse<String> logIn(String username, String password, String language) throws Exception {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("Accept-Language", language)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(page.body());
            assertThat(csrf.find()).as("CSRF token on the login page").isTrue();
            String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                    + encode(csrf.group(1));
            return http.send(
                    HttpRequest.newBuilder(uri("/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept-Language", language)
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aLockedAccountIsRefusedOverHttpButItsOwnersBrowserIsLetIn() throws Exception {
        Browser owner = new Browser();
        assertThat(owner.logIn("admin", "admin-pass-2026", "fr").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/dashboard"));

        Browser attacker = new Browser();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> wrong = attacker.logIn("admin", "guess-" + i, "fr");
            assertThat(wrong.statusCode()).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE subject = 'account:admin'")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);

        HttpResponse<String> refused = attacker.logIn("ADMIN", "admin-pass-2026", "en");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Please wait about 15 minutes before trying again.");
        assertThat(new Browser().logIn("admin", "admin-pass-2026", "fr").body())
                .contains("Patientez environ 15\u00a0minutes");

        assertThat(owner.logIn("admin", "admin-pass-2026", "fr").statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE subject = 'account:admin'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
