package io.kubequiz.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.account.AccountUser;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.dashboard.ClassExports;
import io.kubequiz.dashboard.DashboardStatementCounter;
import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An export costs the same number of SQL statements with 2 learners or 12, 4 answers or 120: no question, learner or
 * attempt is read row by row. Counted at the data source (every statement, Hibernate's and JDBC's alike), for a JSON
 * page over HTTP and for a whole CSV read.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DashboardStatementCounter.class)
class ExportStatementsTest {

    /** The token and its trainer (the sign-in), the class with its learner count and its assignments (the access). */
    static final int SIGN_IN_AND_SCOPE = 2 + 3;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuestionBank bank;

    @Autowired
    ClassExports exports;

    @Autowired
    UserDetailsService users;

    private record Built(Learner trainer, long classId, String token) {}

    private Built classOf(ExportFixture fixture, int learners) throws Exception {
        Learner trainer = Classes.trainer(mvc);
        long classId = Classes.createClass(trainer, "Of " + learners);
        long first = Classes.assigned(trainer, jdbc, classId, "golden-rules", "PRACTICE");
        long second = Classes.assigned(trainer, jdbc, classId, "dns-names", "PRACTICE");
        List<Question> questions = new ArrayList<>(bank.questions()).subList(0, 5);
        for (int l = 0; l < learners; l++) {
            long learner = fixture.learner(classId, "L" + l);
            for (long assignment : new long[] {first, second}) {
                UUID attempt =
                        fixture.attempt(learner, assignment, 1, "SUBMITTED", false, 1, 5, Instant.EPOCH, Instant.EPOCH);
                for (Question q : questions) {
                    fixture.response(attempt, q.id(), q.version(), "x", 0, Instant.EPOCH);
                }
            }
            for (Question q : questions) {
                fixture.state(learner, q.id(), 0.5, Instant.EPOCH);
            }
        }
        return new Built(trainer, classId, fixture.token(trainer));
    }

    private static List<String> statements(ExportFixture fixture, Built built, String export) throws Exception {
        DashboardStatementCounter.start();
        int status = fixture.get(built.token(), "/api/v1/classes/" + built.classId() + "/" + export + "?limit=5000")
                .getStatus();
        List<String> statements = DashboardStatementCounter.stop();
        assertThat(status).isEqualTo(200);
        return statements;
    }

    /** The whole CSV read of a class, run in the test's thread (over HTTP it runs in the server's async thread). */
    private List<String> streamed(Built built, String export) {
        AccountUser trainer =
                (AccountUser) users.loadUserByUsername(built.trainer().username());
        ClassExports.Scope scope = exports.scope(built.classId(), null, null, trainer);
        DashboardStatementCounter.start();
        long[] rows = {0};
        switch (export) {
            case "scores" -> exports.allScores(scope, r -> rows[0]++);
            case "responses" -> exports.allResponses(scope, Locale.ENGLISH, r -> rows[0]++);
            default -> exports.allMastery(scope, r -> rows[0]++);
        }
        List<String> statements = DashboardStatementCounter.stop();
        assertThat(rows[0]).isPositive();
        return statements;
    }

    @Test
    void anExportCostsTheSameWhateverTheClassSize() throws Exception {
        ExportFixture fixture = new ExportFixture(mvc, jdbc);
        Built small = classOf(fixture, 2);
        Built large = classOf(fixture, 12);

        for (String export : List.of("scores", "responses", "mastery")) {
            int own = export.equals("responses") ? 2 : 1; // responses: the class's learners, then the answers
            List<String> largePage = statements(fixture, large, export);
            assertThat(largePage).as(export + " page, 12 learners").hasSize(SIGN_IN_AND_SCOPE + own);
            assertThat(statements(fixture, small, export))
                    .as(export + " page, 2 learners")
                    .hasSize(largePage.size());
            assertThat(streamed(large, export))
                    .as(export + " whole, 12 learners")
                    .hasSize(own);
            assertThat(streamed(small, export))
                    .as(export + " whole, 2 learners")
                    .hasSize(own);
        }
    }
}
