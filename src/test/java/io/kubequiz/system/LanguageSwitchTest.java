package io.kubequiz.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class LanguageSwitchTest {

    @Autowired
    MockMvc mvc;

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
}
