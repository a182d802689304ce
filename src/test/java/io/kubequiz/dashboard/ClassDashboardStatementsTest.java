package io.kubequiz.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.QuestionBank;
import io.kubequiz.testing.Learner;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The class page, its live fragment and the learner page cost a fixed number of SQL statements whatever the class
 * size or the number of attempts: counted at the data source, so Hibernate's and JdbcClient's statements alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DashboardStatementCounter.class)
class ClassDashboardStatementsTest {

    /**
     * The class and its learner count ({@code Classrooms.summary}), the learner count again and the assignments
     * ({@code Assignments.ofClass}; the class itself comes from the transaction's persistence context), learners,
     * latest scores, attempts, grouped answers.
     */
    static final int CLASS_PAGE_STATEMENTS = 8;

    /** The same when the class's answers have not changed since the last request: the grouped answers are kept. */
    static final int CLASS_PAGE_STATEMENTS_UNCHANGED = 7;

    /** The class and its learner count, the enrolment, learner count and assignments, latest scores, attempts. */
    static final int LEARNER_PAGE_STATEMENTS = 7;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuestionBank bank;

    private record Built(Learner trainer, long classId, List<Learner> learners) {}

    /** A class whose every learner made two finished attempts, so that the most-missed list has a question. */
    private Built classOf(DashboardFixture fixture, int size) throws Exception {
        Learner trainer = fixture.trainer();
        long classId = fixture.createClass(trainer, "Group of " + size);
        long assignmentId = fixture.assign(trainer, classId, ClassDashboardFlowTest.QUIZ);
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Learner learner = fixture.learnerIn(classId);
            for (int attempt = 0; attempt < 2; attempt++) {
                UUID id = fixture.start(learner, assignmentId);
                fixture.pick(learner, id, ClassDashboardFlowTest.SIDECAR, i % 2 == 0 ? "node-nat" : "isolated");
                fixture.right(learner, id, ClassDashboardFlowTest.TRUE_FALSE.get(attempt));
                fixture.submit(learner, id);
            }
            learners.add(learner);
        }
        return new Built(trainer, classId, learners);
    }

    private static List<String> statements(Learner who, String url) throws Exception {
        DashboardStatementCounter.start();
        int status = who.get(url).getResponse().getStatus();
        List<String> statements = DashboardStatementCounter.stop();
        assertThat(status).as(url).isEqualTo(200);
        return statements;
    }

    private long largeAssignment(Built built) {
        return jdbc.sql("SELECT MAX(id) FROM assignment WHERE classroom_id = ?")
                .param(built.classId())
                .query(Long.class)
                .single();
    }

    @Test
    void theClassPagesCostTheSameWithTwoOrSixLearners() throws Exception {
        DashboardFixture fixture = new DashboardFixture(mvc, jdbc, bank);
        Built small = classOf(fixture, 2);
        Built large = classOf(fixture, 6);

        List<String> smallPage = statements(small.trainer(), "/classes/" + small.classId() + "/dashboard");
        List<String> largePage = statements(large.trainer(), "/classes/" + large.classId() + "/dashboard");
        assertThat(largePage).as("class page, 6 learners").hasSize(CLASS_PAGE_STATEMENTS);
        assertThat(smallPage).as("class page, 2 learners").hasSize(largePage.size());
        assertThat(largePage).anyMatch(sql -> sql.contains("GROUP BY r.question_id"));

        List<String> smallLive = statements(small.trainer(), "/classes/" + small.classId() + "/dashboard/live");
        List<String> largeLive = statements(large.trainer(), "/classes/" + large.classId() + "/dashboard/live");
        assertThat(largeLive).as("live fragment, nothing changed").hasSize(CLASS_PAGE_STATEMENTS_UNCHANGED);
        assertThat(smallLive).as("live fragment, nothing changed").hasSize(largeLive.size());
        assertThat(largeLive).noneMatch(sql -> sql.contains("GROUP BY r.question_id"));

        UUID another = fixture.start(large.learners().get(0), largeAssignment(large));
        fixture.pick(large.learners().get(0), another, ClassDashboardFlowTest.SIDECAR, "localhost");
        assertThat(statements(large.trainer(), "/classes/" + large.classId() + "/dashboard/live"))
                .as("live fragment after a new answer")
                .hasSize(CLASS_PAGE_STATEMENTS);

        String learnerOfSmall = "/classes/" + small.classId() + "/learners/"
                + fixture.userId(small.learners().get(0));
        String learnerOfLarge = "/classes/" + large.classId() + "/learners/"
                + fixture.userId(large.learners().get(5));
        assertThat(statements(small.trainer(), learnerOfSmall)).hasSize(LEARNER_PAGE_STATEMENTS);
        assertThat(statements(large.trainer(), learnerOfLarge)).hasSize(LEARNER_PAGE_STATEMENTS);
        assertThat(statements(large.trainer(), "/dashboard")).as("trainer home").hasSize(2);
    }
}
