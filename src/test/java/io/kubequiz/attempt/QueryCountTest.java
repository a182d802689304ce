package io.kubequiz.attempt;

import static io.kubequiz.testing.Learner.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.testing.Learner;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * One question page and one answer cost a fixed number of SQL statements, whatever the attempt's size or how far
 * the learner has gone: no N+1 on the practice path.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QueryCountTest {

    /** Attempt with its questions, and its answers. */
    static final int QUESTION_PAGE_STATEMENTS = 2;

    /**
     * Row lock, questions, check for an earlier answer, insert answer, progress read and insert, attempt update: the
     * form is read under the lock, with no snapshot of the attempt and its answers before.
     */
    static final int ANSWER_STATEMENTS = 7;

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionBank bank;

    @Autowired
    AttemptRepository attempts;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void questionPagesAndAnswersCostAConstantNumberOfStatements() throws Exception {
        Learner learner = Learner.register(mvc);
        MvcResult started = learner.post("/quizzes/chapter-review/start", none());
        String location = started.getResponse().getRedirectedUrl();
        Attempt attempt = attempts.findWithItems(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
                .orElseThrow();
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        List<Long> pages = new ArrayList<>();
        List<Long> answers = new ArrayList<>();

        for (int i = 0; i < attempt.questionCount(); i++) {
            Question q = bank.question(attempt.items().get(i).questionId()).orElseThrow();
            String url = "/attempts/" + attempt.id() + "/questions/" + q.id();

            statistics.clear();
            assertThat(learner.get(url).getResponse().getStatus()).isEqualTo(200);
            pages.add(statistics.getPrepareStatementCount());

            statistics.clear();
            assertThat(learner.post(url, FormAnswers.right(q, attempt.seed()))
                            .getResponse()
                            .getStatus())
                    .isEqualTo(302);
            answers.add(statistics.getPrepareStatementCount());
        }

        assertThat(pages).as("statements per question page").containsOnly((long) QUESTION_PAGE_STATEMENTS);
        assertThat(answers).as("statements per answer").containsOnly((long) ANSWER_STATEMENTS);
    }
}
