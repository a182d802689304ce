package io.kubequiz.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.QuestionBank;
import io.kubequiz.testing.Learner;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The statistics of an assignment cost a fixed number of SQL statements, whatever the number of learners and
 * attempts: the access check (class, its learner count, the assignment) and ONE streamed query. Counted at the
 * connection, so that JDBC statements are counted as well as Hibernate's, on H2 and on PostgreSQL alike.
 */
@SpringBootTest
@Import(DashboardStatementCounter.class)
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

    /** SQL queries and updates the request runs (not transaction control), except the expiry job's. */
    private long statements(Request request) throws Exception {
        DashboardStatementCounter.start();
        List<String> statements;
        try {
            request.run();
        } finally {
            statements = DashboardStatementCounter.stop();
        }
        return statements.stream()
                .map(sql -> sql.strip().toUpperCase(Locale.ROOT))
                .filter(sql -> sql.matches("^(SELECT|INSERT|UPDATE|DELETE|WITH)\\b.*") && !sql.contains("DEADLINE"))
                .count();
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
