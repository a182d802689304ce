package io.kubequiz.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.account.AccountUser;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.dashboard.ClassDashboard;
import io.kubequiz.dashboard.ItemStatisticsReport;
import io.kubequiz.dashboard.ItemStatisticsReport.AttemptSelection;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Times the class page data and the item statistics of one assessed assignment with 1,000 learners × 60 questions ×
 * 3 attempts (180,000 responses) on an H2 file database, as in production. Before each timed call a row is written,
 * which keeps H2 from serving a cached result of the same query: either without changing the figures, or (the
 * "after answer" figures) as when an answer arrives, so that nothing the application keeps can be reused. Prints
 * the figures and writes them to {@code target/bench/dashboard.json}; asserts nothing about time.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:file:./target/bench/dashboard-${random.uuid}",
            "spring.jpa.properties.hibernate.generate_statistics=false",
            "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=off"
        })
class DashboardBenchmark {

    private static final int LEARNERS = 1_000;
    private static final int ATTEMPTS_EACH = 3;
    private static final int WARM_UP = 10;
    private static final int RUNS = 60;
    private static final IntConsumer NO_CHANGE = i -> {};

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QuestionBank bank;

    @Autowired
    UserDetailsService users;

    @Autowired
    ClassDashboard classDashboard;

    @Autowired
    ItemStatisticsReport itemStatistics;

    @Test
    void classPageDataAndItemStatisticsAt180000Responses() throws IOException {
        long start = System.nanoTime();
        ClassData.Made made = new ClassData(jdbc, bank).make("chapter-exam", LEARNERS, ATTEMPTS_EACH);
        long generationMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(made.responses()).isEqualTo(180_000);
        AccountUser trainer = (AccountUser) users.loadUserByUsername("bench-trainer");
        long classId = made.classId();
        long assignmentId = made.assignmentId();

        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("responses", made.responses());
        figures.put("generation_ms", generationMs);
        timings(figures, "class_page", NO_CHANGE, () -> classDashboard.load(classId, trainer, Locale.FRENCH));
        AnswerArrivals arrivals = new AnswerArrivals(jdbc, bank, assignmentId);
        timings(
                figures,
                "class_page_after_answer",
                arrivals::next,
                () -> classDashboard.load(classId, trainer, Locale.FRENCH));
        timings(
                figures,
                "item_statistics_first",
                NO_CHANGE,
                () -> itemStatistics.compute(classId, assignmentId, AttemptSelection.FIRST, trainer));
        timings(
                figures,
                "item_statistics_all",
                NO_CHANGE,
                () -> itemStatistics.compute(classId, assignmentId, AttemptSelection.ALL, trainer));

        BenchFigures.report("dashboard", figures);
    }

    /**
     * Warm-up calls, then timed calls, each after a write: {@code change} (an answer that arrives) or, for
     * {@link #NO_CHANGE}, a row written without changing the class's figures. p50, p95 and max in milliseconds.
     */
    private void timings(Map<String, Object> figures, String name, IntConsumer change, Supplier<Object> call) {
        double[] millis = new double[RUNS];
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            if (change == NO_CHANGE) {
                jdbc.update("UPDATE attempt_response SET answered_at = answered_at WHERE id = ?", i + 1);
            } else {
                change.accept(i);
            }
            long start = System.nanoTime();
            assertThat(call.get()).isNotNull();
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(millis);
        figures.put(name + "_p50_ms", round(millis[RUNS / 2]));
        figures.put(name + "_p95_ms", round(millis[(int) Math.ceil(RUNS * 0.95) - 1]));
        figures.put(name + "_max_ms", round(millis[RUNS - 1]));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
