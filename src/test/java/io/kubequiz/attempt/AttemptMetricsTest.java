package io.kubequiz.attempt;

import static io.kubequiz.testing.Classes.assigned;
import static io.kubequiz.testing.Learner.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The operational meters move with what learners and trainers do: attempts started, submitted and expired by mode,
 * answers by outcome, the grading timer, and the rows the exports give out.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AttemptMetricsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MeterRegistry registry;

    @Autowired
    QuestionBank bank;

    @Autowired
    AttemptRepository attempts;

    @Autowired
    AttemptService service;

    @Autowired
    JdbcClient jdbc;

    private double count(String name, String tag, String value) {
        return registry.get(name).tag(tag, value).counter().count();
    }

    private long graded() {
        return registry.get("kubequiz.grading").timer().count();
    }

    private static UUID attemptId(MvcResult started) {
        String location = started.getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void practiceCountsItsStartAnswersAndSubmission() throws Exception {
        double started = count("kubequiz.attempts.started", "mode", "practice");
        double submitted = count("kubequiz.attempts.submitted", "mode", "practice");
        double correct = count("kubequiz.answers.submitted", "outcome", "correct");
        double wrong = count("kubequiz.answers.submitted", "outcome", "wrong");
        long timed = graded();

        Learner learner = Learner.register(mvc);
        Attempt attempt = attempts.findWithItems(attemptId(learner.post("/quizzes/section-7-1/start", none())))
                .orElseThrow();
        Question first = bank.question(attempt.items().get(0).questionId()).orElseThrow();
        Question second = bank.question(attempt.items().get(1).questionId()).orElseThrow();
        learner.post(
                "/attempts/" + attempt.id() + "/questions/" + first.id(), FormAnswers.right(first, attempt.seed()));
        learner.post(
                "/attempts/" + attempt.id() + "/questions/" + second.id(), FormAnswers.wrong(second, attempt.seed()));
        learner.post("/attempts/" + attempt.id() + "/submit", none());

        assertThat(count("kubequiz.attempts.started", "mode", "practice")).isEqualTo(started + 1);
        assertThat(count("kubequiz.answers.submitted", "outcome", "correct")).isEqualTo(correct + 1);
        assertThat(count("kubequiz.answers.submitted", "outcome", "wrong")).isEqualTo(wrong + 1);
        assertThat(graded()).isEqualTo(timed + 2);
        assertThat(count("kubequiz.attempts.submitted", "mode", "practice")).isEqualTo(submitted + 1);
    }

    @Test
    void anAssessedAttemptThatRunsOutCountsAsExpiredAndExportsCountTheirRows() throws Exception {
        Learner trainer = Classes.trainer(mvc);
        long classId = Classes.createClass(trainer, "Mesures");
        long assignmentId = assigned(trainer, jdbc, classId, "golden-rules", "ASSESSED", "timeLimitMinutes", "5");
        Learner learner = Classes.learnerIn(mvc, jdbc, classId);
        double started = count("kubequiz.attempts.started", "mode", "assessed");
        double expired = count("kubequiz.attempts.expired", "mode", "assessed");

        UUID attempt = attemptId(learner.post("/assignments/" + assignmentId + "/start", none()));
        jdbc.sql("UPDATE attempt SET deadline = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), attempt)
                .update();
        service.expireOverdue();

        assertThat(count("kubequiz.attempts.started", "mode", "assessed")).isEqualTo(started + 1);
        assertThat(count("kubequiz.attempts.expired", "mode", "assessed")).isEqualTo(expired + 1);

        double scores = count("kubequiz.export.rows", "export", "scores");
        MvcResult page = trainer.get("/api/v1/classes/" + classId + "/scores");
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(count("kubequiz.export.rows", "export", "scores"))
                .as("one learner × one assignment")
                .isEqualTo(scores + 1);
    }
}
