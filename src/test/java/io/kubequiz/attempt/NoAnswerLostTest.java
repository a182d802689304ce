package io.kubequiz.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.testing.LearnerCrowd;
import io.kubequiz.testing.Postgres;
import io.kubequiz.testing.ServerProcess;
import io.kubequiz.testing.WebLearner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No acknowledged answer is lost: 40 learners answer a practice quiz through the real forms of a server running as
 * its own process, which is killed (SIGKILL) or stopped (SIGTERM) in the middle. Every answer that got its redirect
 * must be in the database afterwards, once.
 */
@Tag("own-database") // chooses its databases itself: runs once, not again in the PostgreSQL run
class NoAnswerLostTest {

    private static final Logger log = LoggerFactory.getLogger(NoAnswerLostTest.class);
    private static final int LEARNERS = 40;
    private static final int ACKNOWLEDGED_BEFORE_STOP = 150;
    private static final String QUIZ = "chapter-review";

    /** Where the answers are and how to read them with plain JDBC. */
    private record Store(Map<String, String> environment, String url, String user, String password) {}

    @Test
    void killedH2ServerKeepsEveryAcknowledgedAnswer() throws Exception {
        Path data = freshDataDir("kill-h2");
        killMidLoad(data, new Store(Map.of(), h2Url(data), "sa", ""));
    }

    @Test
    @ExtendWith(Postgres.Required.class)
    void killedPostgresServerKeepsEveryAcknowledgedAnswer() throws Exception {
        try (Postgres.Database db = Postgres.createDatabase("kill")) {
            killMidLoad(freshDataDir("kill-pg"), postgres(db));
        }
    }

    @Test
    void terminatedH2ServerFinishesRequestsInFlight() throws Exception {
        Path data = freshDataDir("term-h2");
        terminateMidLoad(data, new Store(Map.of(), h2Url(data), "sa", ""));
    }

    @Test
    @ExtendWith(Postgres.Required.class)
    void terminatedPostgresServerFinishesRequestsInFlight() throws Exception {
        try (Postgres.Database db = Postgres.createDatabase("term")) {
            terminateMidLoad(freshDataDir("term-pg"), postgres(db));
        }
    }

    private void killMidLoad(Path data, Store store) throws Exception {
        ServerProcess server = ServerProcess.start(data, store.environment());
        LearnerCrowd load = LearnerCrowd.start(server.baseUrl(), LEARNERS, QUIZ);
        load.awaitAcknowledged(ACKNOWLEDGED_BEFORE_STOP);
        server.kill();
        load.stop();

        server.restart().stop(); // it starts again on what the kill left
        assertThat(load.failures())
                .as("errors other than a refused connection or a cut response")
                .isEmpty();
        assertStored(load, store, "SIGKILL"); // a kill may cut a response mid-body: that answer was not acknowledged
    }

    private void terminateMidLoad(Path data, Store store) throws Exception {
        ServerProcess server = ServerProcess.start(data, store.environment());
        LearnerCrowd load = LearnerCrowd.start(server.baseUrl(), LEARNERS, QUIZ);
        load.awaitAcknowledged(ACKNOWLEDGED_BEFORE_STOP);
        server.terminate();
        int exit = server.awaitExit(Duration.ofSeconds(60));
        load.stop();

        assertThat(load.cut()).as("responses cut mid-body").isEmpty();
        assertThat(load.failures()).as("errors other than a refused connection").isEmpty();
        assertThat(exit).as("exit code after SIGTERM").isIn(0, 143);
        assertThat(Files.readString(server.log())).contains("Graceful shutdown complete");
        assertStored(load, store, "SIGTERM");
    }

    private static void assertStored(LearnerCrowd load, Store store, String how) throws SQLException {
        Map<WebLearner.Acknowledged, Integer> stored = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(store.url(), store.user(), store.password());
                ResultSet rows = connection
                        .createStatement()
                        .executeQuery("SELECT attempt_id, question_id, COUNT(*) FROM attempt_response"
                                + " GROUP BY attempt_id, question_id")) {
            while (rows.next()) {
                stored.put(
                        new WebLearner.Acknowledged(rows.getObject(1, UUID.class), rows.getString(2)), rows.getInt(3));
            }
        }
        List<WebLearner.Acknowledged> acknowledged = load.acknowledged();
        log.info(
                "{}: {} answers acknowledged, {} stored ({} learners; at the stop {} connections refused, {} requests"
                        + " dropped before a response, {} responses cut mid-body)",
                how,
                acknowledged.size(),
                stored.values().stream().mapToInt(Integer::intValue).sum(),
                LEARNERS,
                load.refused(),
                load.dropped().size(),
                load.cut().size());
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_STOP);
        assertThat(acknowledged).doesNotHaveDuplicates();
        for (WebLearner.Acknowledged answer : acknowledged) {
            assertThat(stored.get(answer)).as("rows for " + answer).isEqualTo(1);
        }
    }

    private static Store postgres(Postgres.Database db) {
        return new Store(
                Map.of(
                        "SPRING_PROFILES_ACTIVE", "postgres",
                        "KUBEQUIZ_DB_URL", db.url(),
                        "KUBEQUIZ_DB_USER", db.user(),
                        "KUBEQUIZ_DB_PASSWORD", db.password()),
                db.url(),
                db.user(),
                db.password());
    }

    private static String h2Url(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath() + "/kubequiz";
    }

    private static Path freshDataDir(String name) throws IOException {
        Path dir = Path.of(
                "target",
                "no-answer-lost",
                name + "-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectories(dir);
        return dir;
    }
}
