package io.kubequiz.attempt;

import static io.kubequiz.testing.Learner.form;
import static io.kubequiz.testing.Learner.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuestionType;
import io.kubequiz.testing.Learner;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

/** The practice path through the real web layer: question pages, grading, feedback, replays and access rules. */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionBank bank;

    @Autowired
    AttemptRepository attempts;

    @Autowired
    JdbcClient jdbc;

    private UUID start(Learner learner, String quizId) throws Exception {
        MvcResult started = learner.post("/quizzes/" + quizId + "/start", none());
        assertThat(started.getResponse().getStatus()).isEqualTo(302);
        String location = started.getResponse().getRedirectedUrl();
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    private Attempt attempt(UUID id) {
        return attempts.findWithItems(id).orElseThrow();
    }

    private String questionUrl(UUID attemptId, String questionId) {
        return "/attempts/" + attemptId + "/questions/" + questionId;
    }

    private Question question(Attempt attempt, int position) {
        return bank.question(attempt.items().get(position).questionId()).orElseThrow();
    }

    private long responses(UUID attemptId) {
        return jdbc.sql("SELECT COUNT(*) FROM attempt_response WHERE attempt_id = ?")
                .param(attemptId)
                .query(Long.class)
                .single();
    }

    @Test
    void questionPageShowsNoAnswerBeforeGrading() throws Exception {
        Learner learner = Learner.register(mvc);
        Attempt attempt = attempt(start(learner, "chapter-review"));
        for (int i = 0; i < attempt.questionCount(); i++) {
            Question q = question(attempt, i);
            String html =
                    learner.get(questionUrl(attempt.id(), q.id())).getResponse().getContentAsString();
            assertThat(html)
                    .as(q.id())
                    .doesNotContain("is-right", "verdict", "bonne réponse", "explanation")
                    .doesNotContain(firstWords(q.explanation().fr()));
            for (String optionId : QuestionLayout.of(q, attempt.seed()).choiceIds()) {
                assertThat(html).as("option ids never reach the page").doesNotContain("value=\"" + optionId + "\"");
            }
        }
    }

    private static String firstWords(String text) {
        String plain = text.replaceAll("[`*_]", "");
        return plain.substring(0, Math.min(40, plain.length()));
    }

    @Test
    void everyQuestionTypeIsGradedThroughTheFormsAndShowsFeedback() throws Exception {
        Learner learner = Learner.register(mvc);
        Map<QuestionType, Integer> seen = new EnumMap<>(QuestionType.class);
        for (String quizId : List.of("section-7-1", "section-7-2", "section-7-3")) {
            Attempt attempt = attempt(start(learner, quizId));
            for (int i = 0; i < attempt.questionCount(); i++) {
                Question q = question(attempt, i);
                boolean right = seen.merge(q.type(), 1, Integer::sum) % 2 == 1;
                MultiValueMap<String, String> answer =
                        right ? FormAnswers.right(q, attempt.seed()) : FormAnswers.wrong(q, attempt.seed());
                MvcResult posted = learner.post(questionUrl(attempt.id(), q.id()), answer);
                assertThat(posted.getResponse().getStatus()).as(q.id()).isEqualTo(302);
                String feedback = learner.follow(posted).getResponse().getContentAsString();
                assertThat(feedback).as(q.id()).contains(right ? "verdict-correct" : "verdict-wrong");
                assertThat(feedback).as(q.id()).contains("class=\"explanation\"");
            }
        }
        assertThat(seen.keySet()).containsAll(Arrays.asList(QuestionType.values()));
    }

    @Test
    void postingTheSameAnswerTwiceRecordsItOnce() throws Exception {
        Learner learner = Learner.register(mvc);
        Attempt attempt = attempt(start(learner, "golden-rules"));
        Question q = question(attempt, 0);
        learner.post(questionUrl(attempt.id(), q.id()), FormAnswers.right(q, attempt.seed()));
        MvcResult replay = learner.post(questionUrl(attempt.id(), q.id()), FormAnswers.wrong(q, attempt.seed()));

        assertThat(replay.getResponse().getStatus()).isEqualTo(302);
        assertThat(responses(attempt.id())).isEqualTo(1);
        Attempt after = attempt(attempt.id());
        assertThat(after.answeredCount()).isEqualTo(1);
        assertThat(after.score()).isEqualTo(1.0);
        assertThat(learner.follow(replay).getResponse().getContentAsString()).contains("verdict-correct");
    }

    @Test
    void malformedNumberShowsTheQuestionAgainWithAMessageAndRecordsNothing() throws Exception {
        Learner learner = Learner.register(mvc);
        Attempt attempt = attempt(start(learner, "section-7-1"));
        int position = positionOf(attempt, QuestionType.NUMERIC);
        Question q = question(attempt, position);

        MvcResult result = learner.post(questionUrl(attempt.id(), q.id()), form("text", "deux cents"));

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString())
                .contains("«\u00a0deux cents\u00a0» n’est pas un nombre")
                .contains("value=\"deux cents\"");
        assertThat(responses(attempt.id())).isZero();
    }

    @Test
    void blankAnswerAsksForAnAnswerInTheLearnersLanguage() throws Exception {
        Learner learner = Learner.register(mvc).inEnglish();
        Attempt attempt = attempt(start(learner, "golden-rules"));
        Question q = question(attempt, 0);

        MvcResult result = learner.post(questionUrl(attempt.id(), q.id()), none());

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains("Give an answer before checking it.");
        assertThat(responses(attempt.id())).isZero();
    }

    @Test
    void overLongAnswerIsABadRequest() throws Exception {
        Learner learner = Learner.register(mvc);
        Attempt attempt = attempt(start(learner, "dns-names"));
        Question q = question(attempt, 0);

        MvcResult result = learner.post(questionUrl(attempt.id(), q.id()), form("text", "a".repeat(5000)));

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(responses(attempt.id())).isZero();
    }

    @Test
    void anotherLearnersAttemptIsNotFound() throws Exception {
        Learner owner = Learner.register(mvc);
        Learner intruder = Learner.register(mvc);
        Attempt attempt = attempt(start(owner, "golden-rules"));
        Question q = question(attempt, 0);
        String base = "/attempts/" + attempt.id();

        assertThat(intruder.get(base).getResponse().getStatus()).isEqualTo(404);
        assertThat(intruder.get(questionUrl(attempt.id(), q.id())).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(intruder.post(questionUrl(attempt.id(), q.id()), FormAnswers.right(q, attempt.seed()))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(intruder.post(base + "/submit", none()).getResponse().getStatus())
                .isEqualTo(404);
        assertThat(intruder.get(base + "/summary").getResponse().getStatus()).isEqualTo(404);
        assertThat(responses(attempt.id())).isZero();
        assertThat(attempt(attempt.id()).inProgress()).isTrue();
    }

    @Test
    void questionOutsideTheAttemptAndUnknownQuizAreNotFound() throws Exception {
        Learner learner = Learner.register(mvc);
        Attempt attempt = attempt(start(learner, "golden-rules"));
        String outside = bank.quiz("section-7-5").orElseThrow().questionIds().get(0);

        assertThat(learner.post(questionUrl(attempt.id(), outside), form("choice", "1"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(learner.post("/quizzes/no-such-quiz/start", none())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(learner.get("/attempts/" + UUID.randomUUID()).getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() throws Exception {
        Learner learner = Learner.register(mvc);
        Attempt attempt = attempt(start(learner, "golden-rules"));
        Question q = question(attempt, 0);

        MvcResult result =
                learner.postWithoutCsrf(questionUrl(attempt.id(), q.id()), FormAnswers.right(q, attempt.seed()));

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(responses(attempt.id())).isZero();
    }

    @Test
    void anInProgressAttemptResumesAfterLoggingInAgainWithTheSameOrder() throws Exception {
        Learner learner = Learner.register(mvc);
        UUID first = start(learner, "section-7-2");
        Attempt attempt = attempt(first);
        Question q = question(attempt, 0);
        String before = learner.get(questionUrl(first, q.id())).getResponse().getContentAsString();

        learner.logInAgain();

        assertThat(start(learner, "section-7-2")).isEqualTo(first);
        String after = learner.get(questionUrl(first, q.id())).getResponse().getContentAsString();
        assertThat(stemAndOptions(after)).isEqualTo(stemAndOptions(before));
    }

    private static String stemAndOptions(String html) {
        int stem = html.indexOf("id=\"stem\"");
        return html.substring(stem, html.indexOf("</form>", stem)).replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    @Test
    void finishingTwiceCountsOnceAndAnsweringAfterwardsIsRefused() throws Exception {
        Learner learner = Learner.register(mvc);
        Attempt attempt = attempt(start(learner, "golden-rules"));
        Question first = question(attempt, 0);
        Question second = question(attempt, 1);
        learner.post(questionUrl(attempt.id(), first.id()), FormAnswers.right(first, attempt.seed()));

        assertThat(learner.post("/attempts/" + attempt.id() + "/submit", none())
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/summary");
        assertThat(learner.post("/attempts/" + attempt.id() + "/submit", none())
                        .getResponse()
                        .getRedirectedUrl())
                .endsWith("/summary");
        MvcResult late =
                learner.post(questionUrl(attempt.id(), second.id()), FormAnswers.right(second, attempt.seed()));

        assertThat(late.getResponse().getStatus()).isEqualTo(409);
        assertThat(responses(attempt.id())).isEqualTo(1);
        String summary = learner.get("/attempts/" + attempt.id() + "/summary")
                .getResponse()
                .getContentAsString();
        int expected = (int) Math.round(100.0 / attempt.questionCount());
        assertThat(summary).contains(expected + "\u00a0%");
        assertThat(start(learner, "golden-rules"))
                .as("a new attempt after a finished one")
                .isNotEqualTo(attempt.id());
    }

    private int positionOf(Attempt attempt, QuestionType type) {
        for (int i = 0; i < attempt.questionCount(); i++) {
            if (question(attempt, i).type() == type) {
                return i;
            }
        }
        throw new IllegalStateException("no " + type + " in " + attempt.quizId());
    }
}
