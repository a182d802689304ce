package io.kubequiz.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kubequiz.testing.Learner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LanguageSwitchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String page(String url, MockHttpSession session, String acceptLanguage) throws Exception {
        return mvc.perform(get(url).session(session).header("Accept-Language", acceptLanguage))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theBrowserLanguageDecidesUntilTheLearnerSwitches() throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(page("/", session, "fr-FR")).contains("<html lang=\"fr\"").contains("Créer mon compte");

        assertThat(page("/?lang=en", session, "fr-FR"))
                .contains("<html lang=\"en\"")
                .contains("Create my account");
        assertThat(page("/login", session, "fr-FR"))
                .as("remembered for the session")
                .contains("Log in");

        assertThat(page("/register?lang=fr", session, "en")).contains("Créer mon compte");
        assertThat(page("/?lang=xx", session, "en"))
                .as("unknown languages are ignored")
                .contains("Créer mon compte");
    }

    @Test
    void theLanguageChosenIsKeptOnTheAccountForTheNextSignIn() throws Exception {
        Learner learner = Learner.register(mvc); // registered from a French browser
        assertThat(language(learner.username())).isEqualTo("fr");

        learner.get("/progress?lang=en");
        assertThat(language(learner.username())).isEqualTo("en");

        MockHttpSession fresh = (MockHttpSession) mvc.perform(post("/login")
                        .param("username", learner.username())
                        .param("password", Learner.PASSWORD)
                        .header("Accept-Language", "fr-FR")
                        .with(csrf()))
                .andReturn()
                .getRequest()
                .getSession(false);
        assertThat(page("/progress", fresh, "fr-FR"))
                .as("a French browser, but the account says English")
                .contains("<html lang=\"en\"");
    }

    private String language(String username) {
        return jdbc.sql("SELECT preferred_language FROM app_user WHERE username = ?")
                .param(username)
                .query(String.class)
                .single();
    }
}
