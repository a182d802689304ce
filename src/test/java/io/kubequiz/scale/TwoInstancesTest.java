package io.kubequiz.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.KubequizApplication;
import io.kubequiz.testing.Postgres;
import io.kubequiz.testing.WebLearner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances on one PostgreSQL database, as behind a load balancer: a learner starts a quiz on one and goes on with
 * it on the other without signing in again (the session is in the database), the second instance knows the answers
 * given on the first (nothing cached per instance stands in the way), and the scheduled expiry job runs under its
 * database lock.
 */
@Tag("own-database") // chooses its database itself: runs once, not again in the PostgreSQL run
@ExtendWith(Postgres.Required.class)
class TwoInstancesTest {

    private static final String QUIZ = "chapter-review";

    @Test
    void aLearnerMovesFromOneInstanceToTheOtherInTheMiddleOfAQuiz() throws Exception {
        try (Postgres.Database db = Postgres.createDatabase("two_instances");
                ConfigurableApplicationContext first = start(db);
                ConfigurableApplicationContext second = start(db)) {
            String a = baseUrl(first);
            String b = baseUrl(second);

            WebLearner onA = WebLearner.register(a);
            List<WebLearner.Acknowledged> answers = new ArrayList<>();
            answers.add(onA.answerNext(QUIZ).orElseThrow());
            answers.add(onA.answerNext(QUIZ).orElseThrow());
            WebLearner onB = onA.movedTo(b);
            answers.add(onB.answerNext(QUIZ).orElseThrow());
            answers.add(onB.answerNext(QUIZ).orElseThrow());
            WebLearner backOnA = onB.movedTo(a);
            answers.add(backOnA.answerNext(QUIZ).orElseThrow());

            assertThat(answers.stream().map(WebLearner.Acknowledged::attemptId).collect(Collectors.toSet()))
                    .as("one attempt, carried on across both instances")
                    .hasSize(1);
            assertThat(answers.stream().map(WebLearner.Acknowledged::questionId).collect(Collectors.toSet()))
                    .as("each instance asked the next question, knowing the answers given on the other")
                    .hasSize(5);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM attempt_response WHERE attempt_id = ?")
                            .param(answers.get(0).attemptId())
                            .query(Long.class)
                            .single())
                    .isEqualTo(5);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM SPRING_SESSION")
                            .query(Long.class)
                            .single())
                    .as("the session is kept in the database")
                    .isPositive();
            assertThat(jdbc.sql("SELECT name FROM shedlock").query(String.class).list())
                    .as("the expiry job took its lock")
                    .contains("attempt-expiry");
        }
    }

    @Test
    void theSessionCookieIsTheServersOwnHttpOnlyAndSameSite() throws Exception {
        try (Postgres.Database db = Postgres.createDatabase("session_cookie");
                ConfigurableApplicationContext instance = start(db)) {
            HttpResponse<Void> login = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(baseUrl(instance) + "/login"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            Optional<String> session = login.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("JSESSIONID="))
                    .findFirst();
            assertThat(session).isPresent();
            assertThat(Set.of(session.get().split(";\\s*"))).contains("HttpOnly", "SameSite=Lax");
        }
    }

    private static ConfigurableApplicationContext start(Postgres.Database db) {
        return new SpringApplicationBuilder(KubequizApplication.class)
                .profiles("postgres")
                .run(
                        "--server.port=0",
                        "--KUBEQUIZ_DB_URL=" + db.url(),
                        "--KUBEQUIZ_DB_USER=" + db.user(),
                        "--KUBEQUIZ_DB_PASSWORD=" + db.password(),
                        "--kubequiz.expiry-interval=PT1S",
                        "--spring.jmx.enabled=false");
    }

    private static String baseUrl(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return "http://127.0.0.1:" + port;
    }
}
