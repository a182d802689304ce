package io.kubequiz.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * GIFT export over the API: a trainer's download holds the answers, so nobody else gets it; bad parameters are
 * problems naming them; and what Kubequiz writes, Kubequiz reads back.
 */
@SpringBootTest
@AutoConfigureMockMvc
class GiftApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aTrainerDownloadsABuiltInQuizInEitherLanguage() throws Exception {
        Learner trainer = Classes.trainer(mvc).inEnglish();
        MockHttpServletResponse english =
                trainer.get("/api/v1/quizzes/dns-names/gift?lang=en").getResponse();
        assertThat(english.getStatus()).isEqualTo(200);
        assertThat(english.getContentType()).isEqualTo("text/plain;charset=UTF-8");
        assertThat(english.getHeader("Content-Disposition"))
                .contains("attachment")
                .contains("dns-names-en.gift");
        String gift = english.getContentAsString(StandardCharsets.UTF_8);
        assertThat(gift).contains("$CATEGORY:").contains("::s73-name-service-fqdn::[markdown]");

        String french =
                trainer.get("/api/v1/quizzes/dns-names/gift").getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(french).isNotEqualTo(gift).contains("::s73-name-service-fqdn::[markdown]");
    }

    @Test
    void whatKubequizWritesItReadsBack() throws Exception {
        Learner trainer = Classes.trainer(mvc).inEnglish();
        byte[] gift = trainer.get("/api/v1/quizzes/chapter-exam/gift?lang=en")
                .getResponse()
                .getContentAsByteArray();
        MvcResult preview = trainer.upload("/question-sets/preview", "file", "chapter-exam-en.gift", gift);
        assertThat(preview.getResponse().getStatus()).isEqualTo(200);
        String page = preview.getResponse().getContentAsString();
        assertThat(page).contains("questions can be imported; none is left out.");
    }

    @Test
    void badParametersAndOtherPeopleGetProblems() throws Exception {
        Learner trainer = Classes.trainer(mvc).inEnglish();
        MockHttpServletResponse badLang =
                trainer.get("/api/v1/quizzes/dns-names/gift?lang=de").getResponse();
        assertThat(badLang.getStatus()).isEqualTo(400);
        assertThat(badLang.getContentType()).startsWith("application/problem+json");
        assertThat(badLang.getContentAsString()).contains("\"parameter\":\"lang\"");

        MockHttpServletResponse unknown =
                trainer.get("/api/v1/quizzes/no-such-quiz/gift").getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentType()).startsWith("application/problem+json");

        MockHttpServletResponse anonymous =
                mvc.perform(get("/api/v1/quizzes/dns-names/gift")).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getContentType()).startsWith("application/problem+json");

        Learner student = Learner.register(mvc).inEnglish();
        assertThat(student.get("/api/v1/quizzes/dns-names/gift").getResponse().getStatus())
                .as("the file holds the answers")
                .isEqualTo(403);
    }
}
