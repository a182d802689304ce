package io.kubequiz.api;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.kubequiz.content.Chapter;
import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.Difficulty;
import io.kubequiz.content.LocalizedText;
import io.kubequiz.content.Objective;
import io.kubequiz.content.ObjectiveKind;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.Quiz;
import io.kubequiz.content.Section;
import io.kubequiz.content.TrueFalseBody;
import io.kubequiz.system.SecurityConfiguration;
import io.kubequiz.system.WebConfiguration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** The catalogue API alone, over a two-question bank: shape, language, public access. */
@WebMvcTest(CatalogueApi.class)
@Import({SecurityConfiguration.class, WebConfiguration.class, CatalogueApiTest.TinyBank.class})
class CatalogueApiTest {

    @TestConfiguration
    static class TinyBank {
        @Bean
        QuestionBank questionBank() {
            LocalizedText text = new LocalizedText("Texte", "Text");
            Question choice = new Question(
                    "q-choice",
                    "1.1",
                    List.of("obj-a"),
                    Set.of(),
                    Difficulty.EASY,
                    text,
                    text,
                    new ChoiceBody(
                            false,
                            List.of(
                                    new ChoiceBody.Option("yes", text, true, 1, null),
                                    new ChoiceBody.Option("no", text, false, -1, null))),
                    "0123456789abcdef");
            Question trueFalse = new Question(
                    "q-tf",
                    "1.2",
                    List.of("obj-a", "obj-b"),
                    Set.of(),
                    Difficulty.HARD,
                    text,
                    text,
                    new TrueFalseBody(true),
                    "fedcba9876543210");
            Quiz quiz = new Quiz(
                    "quiz-1",
                    "ch1",
                    "1.1",
                    new LocalizedText("Premier quiz", "First quiz"),
                    text,
                    List.of("q-choice", "q-tf"),
                    0,
                    List.of("obj-a", "obj-b"));
            Chapter chapter = new Chapter(
                    "ch1",
                    text,
                    List.of(new Section("1.1", text), new Section("1.2", text)),
                    List.of(
                            new Objective(
                                    "obj-a", "ch1", ObjectiveKind.THEORY, new LocalizedText("Objectif A", "Goal A")),
                            new Objective(
                                    "obj-b", "ch1", ObjectiveKind.PRACTICE, new LocalizedText("Objectif B", "Goal B"))),
                    List.of(quiz));
            return new QuestionBank(List.of(chapter), List.of(choice, trueFalse));
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void listsQuizzesInFrenchByDefaultWithoutLogin() throws Exception {
        mvc.perform(get("/api/v1/quizzes"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value("quiz-1"))
                .andExpect(jsonPath("$[0].title").value("Premier quiz"))
                .andExpect(jsonPath("$[0].section").value("1.1"))
                .andExpect(jsonPath("$[0].objectives", contains("obj-a", "obj-b")))
                .andExpect(jsonPath("$[0].questionIds", contains("q-choice", "q-tf")))
                .andExpect(jsonPath("$[0].questionTypes", contains("SINGLE_CHOICE", "TRUE_FALSE")));
    }

    @Test
    void titlesFollowAcceptLanguage() throws Exception {
        mvc.perform(get("/api/v1/quizzes").header("Accept-Language", "en-US,en;q=0.8"))
                .andExpect(jsonPath("$[0].title").value("First quiz"));
        mvc.perform(get("/api/v1/quizzes").header("Accept-Language", "de-DE"))
                .andExpect(jsonPath("$[0].title").value("First quiz"));
        mvc.perform(get("/api/v1/quizzes").header("Accept-Language", "fr-CA,en;q=0.5"))
                .andExpect(jsonPath("$[0].title").value("Premier quiz"));
    }

    @Test
    void listsObjectivesWithTheirQuestionCount() throws Exception {
        mvc.perform(get("/api/v1/objectives").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value("obj-a"))
                .andExpect(jsonPath("$[0].title").value("Goal A"))
                .andExpect(jsonPath("$[0].questionCount").value(2))
                .andExpect(jsonPath("$[1].id").value("obj-b"))
                .andExpect(jsonPath("$[1].section").value("1.2"))
                .andExpect(jsonPath("$[1].questionCount").value(1));
    }
}
