package io.kubequiz.attempt;

import static io.kubequiz.testing.Learner.form;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.QuestionBank;
import io.kubequiz.testing.Learner;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** An attempt keeps the version of each question it showed: editing the bank never rewrites it. */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionVersionTest {

    private static final String OLD_VERSION = "0ld0000000000001";

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionBank bank;

    @Autowired
    AttemptRepository attempts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyQuestionOfTheBankIsRegisteredWithItsVersion() {
        long registered = jdbc.sql("SELECT COUNT(*) FROM question_version")
                .query(Long.class)
                .single();
        assertThat(registered).isGreaterThanOrEqualTo(bank.questions().size());
        bank.questions()
                .forEach(q -> assertThat(
                                jdbc.sql("SELECT COUNT(*) FROM question_version WHERE question_id = ? AND version = ?")
                                        .params(q.id(), q.version())
                                        .query(Long.class)
                                        .single())
                        .as(q.id())
                        .isEqualTo(1));
    }

    @Test
    void anAttemptShowsAndGradesTheVersionItWasGiven() throws Exception {
        String questionId =
                bank.quiz("golden-rules").orElseThrow().questionIds().get(0);
        String oldContent = """
                {"answer":false,"difficulty":"EASY","explanation":{"en":"Old explanation (§7.1)",\
                "fr":"Ancienne explication (§7.1)"},"id":"%s","objectives":["th-golden-rules"],"section":"7.1",\
                "stem":{"en":"An older wording of this question","fr":"Une ancienne formulation de cette question"},\
                "type":"TRUE_FALSE"}""".formatted(questionId);
        jdbc.sql("INSERT INTO question_version (question_id, version, content, created_at) VALUES (?, ?, ?, ?)")
                .params(questionId, OLD_VERSION, oldContent, java.sql.Timestamp.from(Instant.now()))
                .update();
        Learner learner = Learner.register(mvc);
        long userId = jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                .param(learner.username())
                .query(Long.class)
                .single();
        Attempt attempt = attempts.save(new Attempt(
                userId,
                "golden-rules",
                AttemptMode.PRACTICE,
                42,
                List.of(new AttemptItem(questionId, OLD_VERSION)),
                Instant.now()));
        String url = "/attempts/" + attempt.id() + "/questions/" + questionId;

        assertThat(learner.get(url).getResponse().getContentAsString())
                .contains("Une ancienne formulation de cette question");
        learner.post(url, form("choice", "false"));

        String feedback = learner.get(url).getResponse().getContentAsString();
        assertThat(feedback).contains("verdict-correct").contains("Ancienne explication");
        assertThat(jdbc.sql("SELECT question_version FROM attempt_response WHERE attempt_id = ?")
                        .param(attempt.id())
                        .query(String.class)
                        .single())
                .isEqualTo(OLD_VERSION);
    }
}
