package io.kubequiz.attempt;

import static io.kubequiz.testing.Classes.assigned;
import static io.kubequiz.testing.Classes.inMinutes;
import static io.kubequiz.testing.Learner.form;
import static io.kubequiz.testing.Learner.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

/**
 * Assessed attempts through the real pages: answers saved as the learner moves and changed until submission, no
 * right answer before the review opens, a server-side deadline with its grace, expiry when the learner never comes
 * back, one result for two submissions, and the assignment's dates and attempt limit.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssessedAttemptTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionBank bank;

    @Autowired
    AttemptRepository attempts;

    @Autowired
    AttemptService service;

    @Autowired
    JdbcClient jdbc;

    Learner trainer;
    long classId;

    @BeforeEach
    void aClass() throws Exception {
        trainer = Classes.trainer(mvc);
        classId = Classes.createClass(trainer, "Groupe du matin");
    }

    private long assessed(String... overrides) throws Exception {
        return assigned(trainer, jdbc, classId, "golden-rules", "ASSESSED", overrides);
    }

    private UUID start(Learner learner, long assignmentId) throws Exception {
        MvcResult started = learner.post("/assignments/" + assignmentId + "/start", none());
        assertThat(started.getResponse().getStatus()).isEqualTo(302);
        String location = started.getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private Attempt attempt(UUID id) {
        return attempts.findWithItems(id).orElseThrow();
    }

    private Question question(Attempt attempt, int position) {
        return bank.question(attempt.items().get(position).questionId()).orElseThrow();
    }

    private static String url(Attempt attempt, Question q) {
        return "/attempts/" + attempt.id() + "/questions/" + q.id();
    }

    private static MultiValueMap<String, String> going(MultiValueMap<String, String> answer, String go) {
        answer.add("go", go);
        return answer;
    }

    private void deadlineAgo(UUID attemptId, int seconds) {
        jdbc.sql("UPDATE attempt SET deadline = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(seconds)), attemptId)
                .update();
    }

    private long responses(UUID attemptId) {
        return jdbc.sql("SELECT COUNT(*) FROM attempt_response WHERE attempt_id = ?")
                .param(attemptId)
                .query(Long.class)
                .single();
    }

    @Test
    void answersAreSavedAsTheLearnerMovesAndChangeUntilSubmissionWithoutFeedback() throws Exception {
        long assignmentId = assessed("attemptsAllowed", "1", "timeLimitMinutes", "20");
        Learner learner = Classes.learnerIn(mvc, jdbc, classId);
        assertThat(learner.get("/quizzes").getResponse().getContentAsString())
                .contains("Mes devoirs", "Groupe du matin", "Évalué");

        Attempt attempt = attempt(start(learner, assignmentId));
        assertThat(attempt.mode()).isEqualTo(AttemptMode.ASSESSED);
        assertThat(attempt.deadline())
                .isBetween(Instant.now().plusSeconds(19 * 60), Instant.now().plusSeconds(1200));
        Question first = question(attempt, 0);
        Question second = question(attempt, 1);

        MultiValueMap<String, String> rightAnswer = FormAnswers.right(first, attempt.seed());
        String typed = rightAnswer.getFirst("text");
        MvcResult saved = learner.post(url(attempt, first), going(rightAnswer, second.id()));
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(url(attempt, second));
        String again = learner.get(url(attempt, first)).getResponse().getContentAsString();
        assertThat(again)
                .contains("Enregistrer et suivante", "data-deadline")
                .doesNotContain("verdict", "class=\"explanation\"");
        // The saved answer is shown again, whatever the question's type (the attempt's order is random).
        if (typed != null) {
            assertThat(again).contains("value=\"" + typed + "\"");
        } else {
            assertThat(again).containsAnyOf("checked", "selected");
        }

        learner.post(url(attempt, first), going(FormAnswers.wrong(first, attempt.seed()), first.id()));
        assertThat(responses(attempt.id())).isEqualTo(1);
        assertThat(attempt(attempt.id()).score()).isZero();
        learner.post(url(attempt, first), going(FormAnswers.right(first, attempt.seed()), "finish"));
        assertThat(attempt(attempt.id()).score()).isEqualTo(1.0);
        assertThat(learner.get("/attempts/" + attempt.id() + "/finish")
                        .getResponse()
                        .getContentAsString())
                .contains("Vous avez répondu à 1 questions sur " + attempt.questionCount());

        MvcResult submitted = learner.post("/attempts/" + attempt.id() + "/submit", none());
        MvcResult twice = learner.post("/attempts/" + attempt.id() + "/submit", none());

        assertThat(submitted.getFlashMap().get("flash")).isNull();
        assertThat(twice.getFlashMap().get("flash")).isEqualTo("attempt.alreadySubmitted");
        assertThat(learner.follow(twice).getResponse().getContentAsString())
                .contains("Cette tentative était déjà envoyée");
        Attempt finished = attempt(attempt.id());
        assertThat(finished.state()).isEqualTo(AttemptState.SUBMITTED);
        assertThat(finished.score()).isEqualTo(1.0);
        assertThat(learner.get(url(attempt, first)).getResponse().getContentAsString())
                .as("the review opens after submission")
                .contains("class=\"explanation\"");
        assertThat(jdbc.sql("SELECT answer_count FROM progress_question_state WHERE user_id = ? AND question_id = ?")
                        .params(finished.userId(), first.id())
                        .query(Integer.class)
                        .single())
                .as("progress hears of the final answer once, at submission")
                .isEqualTo(1);

        MvcResult refused = learner.post("/assignments/" + assignmentId + "/start", none());
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(refused.getResponse().getContentAsString()).contains("toutes les tentatives");
    }

    @Test
    void anAnswerWithinTheGraceCountsAndOneAfterItIsRefusedAndTheAttemptEndsAsItStood() throws Exception {
        long assignmentId = assessed("timeLimitMinutes", "5");
        Learner learner = Classes.learnerIn(mvc, jdbc, classId);
        Attempt attempt = attempt(start(learner, assignmentId));
        Question first = question(attempt, 0);
        Question second = question(attempt, 1);
        Question third = question(attempt, 2);
        learner.post(url(attempt, first), going(FormAnswers.right(first, attempt.seed()), second.id()));

        deadlineAgo(attempt.id(), 10);
        MvcResult inGrace =
                learner.post(url(attempt, second), going(FormAnswers.right(second, attempt.seed()), third.id()));
        assertThat(inGrace.getResponse().getStatus()).isEqualTo(302);

        deadlineAgo(attempt.id(), 45);
        MvcResult late = learner.post(url(attempt, third), going(FormAnswers.right(third, attempt.seed()), "finish"));

        assertThat(late.getResponse().getStatus()).isEqualTo(409);
        assertThat(late.getResponse().getContentAsString()).contains("arrivée après l’échéance");
        Attempt ended = attempt(attempt.id());
        assertThat(ended.state()).isEqualTo(AttemptState.EXPIRED);
        assertThat(ended.finishedAt()).isEqualTo(ended.deadline());
        assertThat(ended.score()).isEqualTo(2.0);
        assertThat(responses(attempt.id())).isEqualTo(2);
        MvcResult submitLate = learner.post("/attempts/" + attempt.id() + "/submit", none());
        assertThat(submitLate.getFlashMap().get("flash")).isEqualTo("attempt.alreadySubmitted");
        assertThat(attempt(attempt.id()).score()).isEqualTo(2.0);
    }

    @Test
    void anAttemptWhoseTimeRanOutEndsEvenIfTheLearnerNeverComesBack() throws Exception {
        long assignmentId = assessed("timeLimitMinutes", "5");
        Learner learner = Classes.learnerIn(mvc, jdbc, classId);
        Attempt attempt = attempt(start(learner, assignmentId));
        Question first = question(attempt, 0);
        learner.post(url(attempt, first), going(FormAnswers.right(first, attempt.seed()), first.id()));
        deadlineAgo(attempt.id(), 31);

        assertThat(service.expireOverdue()).isGreaterThanOrEqualTo(1);

        Attempt ended = attempt(attempt.id());
        assertThat(ended.state()).isEqualTo(AttemptState.EXPIRED);
        assertThat(ended.score()).isEqualTo(1.0);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM progress_question_state WHERE user_id = ?")
                        .param(ended.userId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        MvcResult summary = learner.get("/attempts/" + attempt.id() + "/summary");
        assertThat(summary.getResponse().getContentAsString()).contains("Le temps s’est écoulé");
    }

    @Test
    void submittingAfterTheDeadlineEndsTheAttemptAsItStoodAtTheDeadline() throws Exception {
        long assignmentId = assessed("timeLimitMinutes", "5");
        Learner learner = Classes.learnerIn(mvc, jdbc, classId);
        Attempt attempt = attempt(start(learner, assignmentId));
        deadlineAgo(attempt.id(), 40);

        MvcResult submitted = learner.post("/attempts/" + attempt.id() + "/submit", none());

        assertThat(submitted.getFlashMap().get("flashError")).isEqualTo("attempt.expired");
        assertThat(attempt(attempt.id()).state()).isEqualTo(AttemptState.EXPIRED);
    }

    @Test
    void answersStayHiddenUntilTheClosingDateWhenTheTrainerSaysSoAndClosingEndsAttemptsInProgress() throws Exception {
        long assignmentId = assessed("closesAt", inMinutes(60), "reviewTiming", "AFTER_CLOSE");
        Learner learner = Classes.learnerIn(mvc, jdbc, classId);
        Learner other = Classes.learnerIn(mvc, jdbc, classId);
        Attempt attempt = attempt(start(learner, assignmentId));
        Attempt unfinished = attempt(start(other, assignmentId));
        assertThat(unfinished.deadline()).as("the closing date is the deadline").isNotNull();
        Question first = question(attempt, 0);
        learner.post(url(attempt, first), going(FormAnswers.right(first, attempt.seed()), "finish"));
        learner.post("/attempts/" + attempt.id() + "/submit", none());

        String summary = learner.get("/attempts/" + attempt.id() + "/summary")
                .getResponse()
                .getContentAsString();
        assertThat(summary).contains("après la fermeture").doesNotContain("Revoir les questions");
        assertThat(learner.get(url(attempt, first)).getResponse().getRedirectedUrl())
                .isEqualTo("/attempts/" + attempt.id() + "/summary");

        trainer.post("/classes/" + classId + "/assignments/" + assignmentId + "/close", none());

        assertThat(learner.get(url(attempt, first)).getResponse().getContentAsString())
                .contains("class=\"explanation\"");
        assertThat(attempt(unfinished.id()).deadline()).isBefore(Instant.now().plusSeconds(1));
        deadlineAgo(unfinished.id(), 31);
        service.expireOverdue();
        assertThat(attempt(unfinished.id()).state()).isEqualTo(AttemptState.EXPIRED);
        MvcResult closed = other.post("/assignments/" + assignmentId + "/start", none());
        assertThat(closed.getResponse().getStatus()).isEqualTo(409);
        assertThat(closed.getResponse().getContentAsString()).contains("Ce devoir est fermé");
    }

    @Test
    void anAssignmentOpensAtItsDateAndOnlyForTheClassLearners() throws Exception {
        long later = assessed("opensAt", inMinutes(24 * 60));
        long now = assessed();
        Learner learner = Classes.learnerIn(mvc, jdbc, classId);
        Learner stranger = Learner.register(mvc);

        MvcResult notYet = learner.post("/assignments/" + later + "/start", none());
        assertThat(notYet.getResponse().getStatus()).isEqualTo(409);
        assertThat(notYet.getResponse().getContentAsString()).contains("pas encore ouvert");
        assertThat(stranger.post("/assignments/" + now + "/start", none())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(stranger.get("/quizzes").getResponse().getContentAsString()).doesNotContain("Mes devoirs");
        UUID first = start(learner, now);
        assertThat(start(learner, now)).as("starting again resumes").isEqualTo(first);
    }

    @Test
    void practiceAssignmentsGiveFeedbackAtOnceAndNeverMixWithFreePractice() throws Exception {
        long assignmentId = assigned(trainer, jdbc, classId, "golden-rules", "PRACTICE", "attemptsAllowed", "1");
        Learner learner = Classes.learnerIn(mvc, jdbc, classId);
        Attempt assignedAttempt = attempt(start(learner, assignmentId));
        assertThat(assignedAttempt.immediateFeedback()).isTrue();
        assertThat(assignedAttempt.deadline()).isNull();
        MvcResult free = learner.post("/quizzes/golden-rules/start", none());
        assertThat(free.getResponse().getRedirectedUrl())
                .doesNotContain(assignedAttempt.id().toString());

        Question first = question(assignedAttempt, 0);
        MvcResult answered =
                learner.post(url(assignedAttempt, first), FormAnswers.right(first, assignedAttempt.seed()));
        assertThat(learner.follow(answered).getResponse().getContentAsString()).contains("verdict-correct");
        learner.post("/attempts/" + assignedAttempt.id() + "/submit", none());
        assertThat(start(learner, assignmentId))
                .as("practice has no attempt limit")
                .isNotEqualTo(assignedAttempt.id());
    }

    @Test
    void theTrainerFormRefusesBadRulesWithMessagesAndStoresNothing() throws Exception {
        long before =
                jdbc.sql("SELECT COUNT(*) FROM assignment").query(Long.class).single();

        MvcResult closesFirst = Classes.assign(
                trainer, classId, "golden-rules", "ASSESSED", "opensAt", inMinutes(60), "closesAt", inMinutes(10));
        MvcResult noQuiz = Classes.assign(trainer, classId, "no-such-quiz", "ASSESSED");
        MvcResult zeroAttempts = Classes.assign(trainer, classId, "golden-rules", "ASSESSED", "attemptsAllowed", "0");
        MvcResult notANumber = Classes.assign(trainer, classId, "golden-rules", "ASSESSED", "timeLimitMinutes", "abc");
        MvcResult reviewWithoutClose =
                Classes.assign(trainer, classId, "golden-rules", "ASSESSED", "reviewTiming", "AFTER_CLOSE");

        assertThat(closesFirst.getResponse().getStatus()).isEqualTo(400);
        assertThat(closesFirst.getResponse().getContentAsString())
                .contains("La fermeture doit venir après l’ouverture.");
        assertThat(noQuiz.getResponse().getContentAsString()).contains("Ce quiz n’existe pas.");
        assertThat(zeroAttempts.getResponse().getContentAsString()).contains("Entre 1 et 100 tentatives");
        assertThat(notANumber.getResponse().getStatus()).isEqualTo(400);
        assertThat(notANumber.getResponse().getContentAsString()).contains("Indiquez un nombre entier.");
        assertThat(reviewWithoutClose.getResponse().getContentAsString()).contains("demande une date de fermeture");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void aRemovedLearnerNoLongerSeesOrStartsTheClassAssignments() throws Exception {
        long assignmentId = assessed();
        Learner learner = Classes.learnerIn(mvc, jdbc, classId);
        long learnerId = jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                .param(learner.username())
                .query(Long.class)
                .single();

        trainer.post("/classes/" + classId + "/learners/" + learnerId + "/remove", none());

        assertThat(learner.get("/quizzes").getResponse().getContentAsString()).doesNotContain("Mes devoirs");
        assertThat(learner.post("/assignments/" + assignmentId + "/start", none())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void anotherTrainerCannotSeeOrChangeTheAssignment() throws Exception {
        long assignmentId = assessed();
        Learner intruder = Classes.trainer(mvc);
        String base = "/classes/" + classId + "/assignments";

        assertThat(intruder.get(base + "/new").getResponse().getStatus()).isEqualTo(404);
        assertThat(intruder.get(base + "/" + assignmentId + "/edit")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(intruder.post(base + "/" + assignmentId + "/close", none())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(Classes.assign(intruder, classId, "golden-rules", "PRACTICE")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(trainer.postWithoutCsrf(base + "/" + assignmentId + "/close", form())
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
