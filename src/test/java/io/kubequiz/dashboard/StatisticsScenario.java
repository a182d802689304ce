package io.kubequiz.dashboard;

import static io.kubequiz.testing.Learner.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.attempt.StatisticsFormAnswers;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuizCatalog;
import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

/**
 * A trainer, a class, an assignment and learners who answer through the real forms, for the item statistics tests.
 * Everything goes through HTTP; the database is only read (ids, seeds, the questions an attempt drew).
 */
final class StatisticsScenario {

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final Function<String, Optional<Question>> questions;

    StatisticsScenario(MockMvc mvc, JdbcClient jdbc, QuestionBank bank) {
        this(mvc, jdbc, bank::question);
    }

    /** For quizzes outside the bank: imported question sets. */
    StatisticsScenario(MockMvc mvc, JdbcClient jdbc, QuizCatalog catalog) {
        this(mvc, jdbc, catalog::question);
    }

    private StatisticsScenario(MockMvc mvc, JdbcClient jdbc, Function<String, Optional<Question>> questions) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.questions = questions;
    }

    /** A new trainer account, created by the admin, signed in. */
    Learner trainer() throws Exception {
        return Classes.trainer(mvc);
    }

    long createClass(Learner trainer, String name) throws Exception {
        return Classes.createClass(trainer, name);
    }

    /** Assigns a quiz through the trainer's form: practice, open since 2020, unlimited attempts, feedback at once. */
    long assign(Learner trainer, long classId, String quizId) throws Exception {
        return Classes.assigned(
                trainer,
                jdbc,
                classId,
                quizId,
                "PRACTICE",
                "opensAt",
                "2020-01-01T08:00",
                "reviewTiming",
                "IMMEDIATELY");
    }

    /** A new learner who joined the class with its code. */
    Learner learnerIn(long classId) throws Exception {
        return Classes.learnerIn(mvc, jdbc, classId).inEnglish();
    }

    UUID start(Learner learner, long assignmentId) throws Exception {
        MvcResult started = learner.post("/assignments/" + assignmentId + "/start", none());
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/attempts/");
        return UUID.fromString(location.substring("/attempts/".length()));
    }

    /** The questions the attempt drew, in its order. */
    List<String> questions(UUID attempt) {
        return jdbc.sql("SELECT question_id FROM attempt_item WHERE attempt_id = ? ORDER BY item_index")
                .param(attempt)
                .query(String.class)
                .list();
    }

    Question question(String id) {
        return questions.apply(id).orElseThrow();
    }

    private long seed(UUID attempt) {
        return jdbc.sql("SELECT seed FROM attempt WHERE id = ?")
                .param(attempt)
                .query(Long.class)
                .single();
    }

    void right(Learner learner, UUID attempt, String questionId) throws Exception {
        post(learner, attempt, questionId, StatisticsFormAnswers.right(question(questionId), seed(attempt)));
    }

    void wrong(Learner learner, UUID attempt, String questionId) throws Exception {
        post(learner, attempt, questionId, StatisticsFormAnswers.wrong(question(questionId), seed(attempt)));
    }

    void pick(Learner learner, UUID attempt, String questionId, String optionId) throws Exception {
        post(
                learner,
                attempt,
                questionId,
                StatisticsFormAnswers.picking(question(questionId), seed(attempt), optionId));
    }

    private static void post(Learner learner, UUID attempt, String questionId, MultiValueMap<String, String> answer)
            throws Exception {
        MvcResult posted = learner.post("/attempts/" + attempt + "/questions/" + questionId, answer);
        assertThat(posted.getResponse().getStatus()).as(questionId).isEqualTo(302);
    }

    void submit(Learner learner, UUID attempt) throws Exception {
        MvcResult submitted = learner.post("/attempts/" + attempt + "/submit", none());
        assertThat(submitted.getResponse().getRedirectedUrl()).isEqualTo("/attempts/" + attempt + "/summary");
    }
}
