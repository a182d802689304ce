package io.kubequiz.bench;

import io.kubequiz.testing.LearnerCrowd;
import io.kubequiz.testing.ServerProcess;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What {@code WRITE_DELAY=0} (every commit written to the H2 file before the answer is acknowledged) costs: answers
 * per second acknowledged to 40 learners answering through the HTML forms of a server in its own process, with the
 * application's URL and with H2's default write delay (1 s). Prints the figures, asserts nothing about time.
 */
class H2WriteDelayBenchmark {

    private static final int LEARNERS = 40;
    private static final long WARM_UP_MILLIS = 5_000;
    private static final long MEASURED_MILLIS = 20_000;

    @Test
    void answersPerSecondWithAndWithoutWriteDelay() throws Exception {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("learners", LEARNERS);
        figures.put("answers_per_s_write_delay_0", answersPerSecond(Map.of()));
        Path defaults = dataDir("default");
        figures.put(
                "answers_per_s_h2_default",
                answersPerSecond(Map.of(
                        "SPRING_DATASOURCE_URL",
                        "jdbc:h2:file:" + defaults.toAbsolutePath() + "/kubequiz;DB_CLOSE_ON_EXIT=FALSE")));
        BenchFigures.report("h2-write-delay", figures);
    }

    private static long answersPerSecond(Map<String, String> environment) throws Exception {
        ServerProcess server = ServerProcess.start(dataDir("run"), environment);
        try {
            LearnerCrowd crowd = LearnerCrowd.start(server.baseUrl(), LEARNERS, "chapter-review");
            Thread.sleep(WARM_UP_MILLIS);
            int before = crowd.acknowledgedCount();
            Thread.sleep(MEASURED_MILLIS);
            int answers = crowd.acknowledgedCount() - before;
            crowd.stop();
            if (!crowd.failures().isEmpty()) {
                throw new IllegalStateException(
                        "failure under load", crowd.failures().get(0));
            }
            return Math.round(answers * 1000.0 / MEASURED_MILLIS);
        } finally {
            server.stop();
        }
    }

    private static Path dataDir(String name) {
        return Path.of(
                "target",
                "bench",
                "write-delay-" + name + "-" + UUID.randomUUID().toString().substring(0, 8));
    }
}
