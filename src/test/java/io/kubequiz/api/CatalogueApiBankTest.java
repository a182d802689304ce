package io.kubequiz.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.ShortTextBody;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The catalogue of the real bank never carries an answer, an explanation or a question text. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueApiBankTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionBank bank;

    @Test
    void catalogueCarriesNoAnswers() throws Exception {
        String quizzes =
                mvc.perform(get("/api/v1/quizzes")).andReturn().getResponse().getContentAsString();
        String objectives =
                mvc.perform(get("/api/v1/objectives")).andReturn().getResponse().getContentAsString();

        for (String json : new String[] {quizzes, objectives}) {
            assertThat(json).doesNotContain("correct", "accepted", "explanation", "feedback", "§");
        }
        bank.questions().forEach(q -> {
            assertThat(quizzes)
                    .doesNotContain(q.stem()
                            .fr()
                            .substring(0, Math.min(30, q.stem().fr().length())));
            if (q.body() instanceof ShortTextBody body) {
                assertThat(quizzes).doesNotContain("\"" + body.accepted().get(0) + "\"");
            }
            if (q.body() instanceof ChoiceBody body) {
                body.options()
                        .forEach(
                                o -> assertThat(quizzes).doesNotContain(o.text().en()));
            }
        });
        assertThat(quizzes).contains("\"golden-rules\"", "\"chapter-review\"");
    }
}
