package io.kubequiz.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.testing.Learner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LanguageSwitchTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String page(String url, Learner browser, String acceptLanguage) throws Exception {
        return browser.acceptLanguage(acceptLanguage).get(url).getResponse().getContentAsString();
    }

    @Test
    void theBrowserLanguageDecidesUntilTheLearnerSwitches() throws Exception {
        Learner session = Learner.visitor(mvc);
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

        Learner fresh = Learner.visitor(mvc).acceptLanguage("fr-FR");
        fresh.post("/login", Learner.form("username", learner.username(), "password", Learner.PASSWORD));
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
