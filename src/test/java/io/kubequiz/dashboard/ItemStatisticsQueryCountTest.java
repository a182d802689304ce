package io.kubequiz.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.QuestionBank;
import io.kubequiz.testing.Learner;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statistics of an assignment cost a fixed number of SQL statements, whatever the number of learners and
 * attempts: the access check (class, its learner count, the assignment) and ONE streamed query. Counted with H2's
 * own query statistics, so that JDBC statements are counted as well as Hibernate's.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ItemStatisticsQueryCountTest {

    /** Class, its number of learners, the assignment; then the one streamed query of questions and responses. */
    static final long STATEMENTS = 4;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuestionBank bank;

    /**
     * Executions of SQL queries and updates during the call (not transaction control), except H2's statistics
     * themselves and the expiry job's.
     */
    private long statements(Request request) throws Exception {
        jdbc.sql("SET QUERY_STATISTICS_MAX_ENTRIES 10000").update();
        jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        jdbc.sql("SET QUERY_STATISTICS TRUE").update();
        request.run();
        List<Map<String, Object>> rows = jdbc.sql(
                        "SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")
                .query()
                .listOfRows();
        jdbc.sql("SET QUERY_STATISTICS FALSE").update();
        return rows.stream()
                .filter(row -> {
                    String sql = row.get("SQL_STATEMENT").toString().strip().toUpperCase(Locale.ROOT);
                    return sql.matches("^(SELECT|INSERT|UPDATE|DELETE|WITH)\\b.*")
                            && !sql.contains("QUERY_STATISTICS")
                            && !sql.contains("DEADLINE");
                })
                .mapToLong(row -> ((Number) row.get("EXECUTION_COUNT")).longValue())
                .sum();
    }

    interface Request {
        void run() throws Exception;
    }

    @Test
    void pageAndApiCostTheSameFewStatementsForOneOrManyAttempts() throws Exception {
        StatisticsScenario scenario = new StatisticsScenario(mvc, jdbc, bank);
        Learner trainer = scenario.trainer();
        long classId = scenario.createClass(trainer, "Counted");
        long assignmentId = scenario.assign(trainer, classId, "golden-rules");
        String page = "/classes/" + classId + "/assignments/" + assignmentId + "/statistics?attempts=all";
        String api = "/api/v1/classes/" + classId + "/assignments/" + assignmentId + "/item-statistics?attempts=all";
        answerOnce(scenario, scenario.learnerIn(classId), assignmentId);

        long pageWithOne = statements(
                () -> assertThat(trainer.get(page).getResponse().getStatus()).isEqualTo(200));
        long apiWithOne = statements(
                () -> assertThat(trainer.get(api).getResponse().getStatus()).isEqualTo(200));

        for (int k = 0; k < 3; k++) {
            Learner learner = scenario.learnerIn(classId);
            answerOnce(scenario, learner, assignmentId);
            answerOnce(scenario, learner, assignmentId);
        }
        long pageWithSeven = statements(
                () -> assertThat(trainer.get(page).getResponse().getStatus()).isEqualTo(200));
        long apiWithSeven = statements(
                () -> assertThat(trainer.get(api).getResponse().getStatus()).isEqualTo(200));

        assertThat(List.of(pageWithOne, apiWithOne, pageWithSeven, apiWithSeven))
                .containsOnly(STATEMENTS);
    }

    private static void answerOnce(StatisticsScenario scenario, Learner learner, long assignmentId) throws Exception {
        UUID attempt = scenario.start(learner, assignmentId);
        scenario.right(learner, attempt, "s71-sidecar-localhost");
        scenario.wrong(learner, attempt, "s71-no-nat-between-nodes");
        scenario.submit(learner, attempt);
    }
}
