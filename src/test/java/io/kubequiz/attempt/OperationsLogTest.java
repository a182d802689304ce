package io.kubequiz.attempt;

import static io.kubequiz.testing.Learner.form;
import static io.kubequiz.testing.Learner.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuestionType;
import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What the logs say while people register, sign in, answer and create API tokens: never a password, a token or a
 * typed answer; and each line logged during a request carries that request's id.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class OperationsLogTest {

    private static final Pattern TOKEN = Pattern.compile("kq_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionBank bank;

    @Autowired
    AttemptRepository attempts;

    @Test
    void logsCarryTheRequestIdAndNoPasswordTokenOrAnswer(CapturedOutput output) throws Exception {
        Learner learner = Learner.register(mvc);
        learner.logInAgain();
        String typed = "secret-typed-answer-" + UUID.randomUUID();
        answerShortText(learner, typed);
        Learner trainer = Classes.trainer(mvc);
        MvcResult created = trainer.post("/account/tokens", form("name", "Logs", "expiresInDays", "30"));
        Matcher token = TOKEN.matcher(trainer.follow(created).getResponse().getContentAsString());
        assertThat(token.find()).isTrue();

        assertThat(output.getAll())
                .doesNotContain(Learner.PASSWORD)
                .doesNotContain(Classes.TRAINER_PASSWORD)
                .doesNotContain(token.group())
                .doesNotContain(token.group().substring(3))
                .doesNotContain(typed);
        String requestId = created.getResponse().getHeader("X-Request-Id");
        assertThat(requestId).isNotBlank();
        assertThat(output.getAll().lines().filter(line -> line.contains("API token ")))
                .as("the token's creation, logged with the id of the request that created it")
                .anySatisfy(line -> assertThat(line).contains("[" + requestId + "]"));
        assertThat(output.getAll().lines().filter(line -> line.contains("Account '" + learner.username())))
                .as("the registration, logged with a request id")
                .singleElement()
                .satisfies(line -> assertThat(line).containsPattern("\\[[0-9a-f-]{36}\\]"));
    }

    private void answerShortText(Learner learner, String typed) throws Exception {
        for (String quizId : List.of("section-7-1", "section-7-2", "section-7-3", "section-7-4", "section-7-5")) {
            MvcResult started = learner.post("/quizzes/" + quizId + "/start", none());
            String location = started.getResponse().getRedirectedUrl();
            Attempt attempt = attempts.findWithItems(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
                    .orElseThrow();
            for (AttemptItem item : attempt.items()) {
                Question q = bank.question(item.questionId()).orElseThrow();
                if (q.type() == QuestionType.SHORT_TEXT) {
                    MvcResult answered =
                            learner.post("/attempts/" + attempt.id() + "/questions/" + q.id(), form("text", typed));
                    assertThat(answered.getResponse().getStatus()).isEqualTo(302);
                    return;
                }
            }
        }
        throw new IllegalStateException("no short-text question in chapter 7's sections");
    }
}
