package io.kubequiz.dashboard;

import static io.kubequiz.testing.Learner.form;
import static io.kubequiz.testing.Learner.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.NumericBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.RichText;
import io.kubequiz.content.ShortTextBody;
import io.kubequiz.content.TrueFalseBody;
import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Builds classes through the real flows: the admin creates a trainer, the trainer a class and an assignment (the
 * trainer's form), learners register and join with the code, start attempts at the assignment and answer through
 * the question forms, reading the option positions off the question page as a person would.
 */
final class DashboardFixture {

    private static final Pattern CHOICE_LABEL = Pattern.compile("for=\"choice-(\\d+)\">(.*?)</label>", Pattern.DOTALL);

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final QuestionBank bank;

    DashboardFixture(MockMvc mvc, JdbcClient jdbc, QuestionBank bank) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.bank = bank;
    }

    Learner trainer() throws Exception {
        return Classes.trainer(mvc).inEnglish();
    }

    long createClass(Learner trainer, String name) throws Exception {
        return Classes.createClass(trainer, name);
    }

    /** A new learner who joins the class with its code. */
    Learner learnerIn(long classId) throws Exception {
        return Classes.learnerIn(mvc, jdbc, classId);
    }

    long userId(Learner learner) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                .param(learner.username())
                .query(Long.class)
                .single();
    }

    /** A practice assignment of the quiz, open since an hour ago, graded by the highest attempt. */
    long assign(Learner trainer, long classId, String quizId) throws Exception {
        return Classes.assigned(
                trainer,
                jdbc,
                classId,
                quizId,
                "PRACTICE",
                "opensAt",
                Classes.inMinutes(-60),
                "reviewTiming",
                "IMMEDIATELY");
    }

    UUID start(Learner learner, long assignmentId) throws Exception {
        MvcResult started = learner.post("/assignments/" + assignmentId + "/start", none());
        String location = started.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/attempts/");
        return UUID.fromString(location.substring("/attempts/".length()));
    }

    Question question(String id) {
        return bank.question(id).orElseThrow();
    }

    /** Answers right (single/multiple choice, true/false, short text, numeric). */
    void right(Learner learner, UUID attempt, String questionId) throws Exception {
        Question q = question(questionId);
        MultiValueMap<String, String> answer = new LinkedMultiValueMap<>();
        if (q.body() instanceof ChoiceBody) {
            answer = choose(learner, attempt, q, ChoiceBody.Option::correct);
        } else if (q.body() instanceof TrueFalseBody body) {
            answer.add("choice", Boolean.toString(body.answer()));
        } else if (q.body() instanceof ShortTextBody body) {
            answer.add("text", body.accepted().get(0));
        } else if (q.body() instanceof NumericBody body) {
            answer.add("text", body.modelAnswer().text());
        } else {
            throw new IllegalArgumentException("not answered by this fixture: " + q.type());
        }
        post(learner, attempt, questionId, answer);
    }

    /** Picks the option with this id (a choice question). */
    void pick(Learner learner, UUID attempt, String questionId, String optionId) throws Exception {
        post(
                learner,
                attempt,
                questionId,
                choose(learner, attempt, question(questionId), o -> o.id().equals(optionId)));
    }

    void type(Learner learner, UUID attempt, String questionId, String text) throws Exception {
        post(learner, attempt, questionId, form("text", text));
    }

    void submit(Learner learner, UUID attempt) throws Exception {
        assertThat(learner.post("/attempts/" + attempt + "/submit", none())
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/attempts/" + attempt + "/summary");
    }

    private void post(Learner learner, UUID attempt, String questionId, MultiValueMap<String, String> answer)
            throws Exception {
        MvcResult posted = learner.post(url(attempt, questionId), answer);
        assertThat(posted.getResponse().getStatus()).as(questionId).isEqualTo(302);
    }

    /** The display positions of the wanted options, read off the question page (the learner's language is French). */
    private MultiValueMap<String, String> choose(
            Learner learner, UUID attempt, Question q, Predicate<ChoiceBody.Option> wanted) throws Exception {
        String page = learner.get(url(attempt, q.id())).getResponse().getContentAsString();
        Map<String, String> positionByLabel = new HashMap<>();
        Matcher m = CHOICE_LABEL.matcher(page);
        while (m.find()) {
            positionByLabel.put(m.group(2).strip(), m.group(1));
        }
        MultiValueMap<String, String> answer = new LinkedMultiValueMap<>();
        for (ChoiceBody.Option option : ((ChoiceBody) q.body()).options()) {
            if (wanted.test(option)) {
                String position =
                        positionByLabel.get(RichText.inlineHtml(option.text().fr()));
                assertThat(position)
                        .as("option %s on the page of %s", option.id(), q.id())
                        .isNotNull();
                answer.add("choice", position);
            }
        }
        return answer;
    }

    private static String url(UUID attempt, String questionId) {
        return "/attempts/" + attempt + "/questions/" + questionId;
    }
}
