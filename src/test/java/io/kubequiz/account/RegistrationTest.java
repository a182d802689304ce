package io.kubequiz.account;

import static io.kubequiz.testing.Learner.form;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kubequiz.testing.Learner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

/** Registration and login through the real security chain: bad input shows the form again and creates nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserRepository users;

    @Autowired
    org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

    private MvcResult register(String language, String username, String displayName, String password) throws Exception {
        MultiValueMap<String, String> fields =
                form("username", username, "displayName", displayName, "password", password);
        return mvc.perform(post("/register").params(fields).with(csrf()).header("Accept-Language", language))
                .andReturn();
    }

    private void assertRefused(MvcResult result, String message) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains(message).contains("is-invalid");
    }

    @Test
    void aNewLearnerIsSignedInAsAStudentWithAHashedPassword() throws Exception {
        MvcResult result = register("fr", "  Nadia.K ", "Nadia", "kube-net-42");

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/quizzes");
        User user = users.findByUsername("nadia.k").orElseThrow();
        assertThat(user.role()).isEqualTo(Role.STUDENT);
        assertThat(user.passwordHash()).startsWith("{bcrypt}").doesNotContain("kube-net-42");
        assertThat(passwordEncoder.matches("kube-net-42", user.passwordHash())).isTrue();
        Learner browser = Learner.visitor(mvc);
        browser.post(
                "/register", Learner.form("username", "Lina.B", "displayName", "Lina", "password", Learner.PASSWORD));
        assertThat(browser.get("/quizzes").getResponse().getStatus())
                .as("signed in after registering")
                .isEqualTo(200);
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() throws Exception {
        Learner existing = Learner.register(mvc);
        long before = users.count();

        assertRefused(
                register("fr", existing.username().toUpperCase(), "Other", "another-pass-9"),
                "Cet identifiant est déjà pris.");
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void emptyFieldsAreNamedInEnglish() throws Exception {
        long before = users.count();
        MvcResult result = register("en-GB", "", "", "");

        assertRefused(result, "Choose a username.");
        assertThat(result.getResponse().getContentAsString())
                .contains("Enter the name to display.")
                .contains("Choose a password.");
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void tooLongValuesAreRefused() throws Exception {
        long before = users.count();
        MvcResult result = register("fr", "u".repeat(33), "d".repeat(61), "p1".repeat(65));

        assertRefused(result, "Un identifiant compte de 3 à 32 caractères.");
        assertThat(result.getResponse().getContentAsString())
                .contains("Un nom affiché compte au plus 60 caractères.")
                .contains("Un mot de passe compte de 8 à 128 caractères.");
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void weakPasswordsAreRefusedWithTheReason() throws Exception {
        long before = users.count();
        assertRefused(register("fr", "weakling1", "W", "onlyletters"), "Utilisez au moins une lettre et un chiffre");
        assertRefused(register("fr", "weakling2", "W", "12345678"), "Utilisez au moins une lettre et un chiffre");
        assertRefused(register("en", "weakling3", "W", "xweakling3x!"), "must not contain your username");
        assertRefused(register("en", "weakling4", "W", "Password123"), "too common");
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void usernamesWithOddCharactersAreRefused() throws Exception {
        long before = users.count();
        assertRefused(register("en", "<script>", "X", "kube-net-42"), "Use only letters, digits");
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void theFormDoesNotEchoThePassword() throws Exception {
        MvcResult result = register("fr", "", "Someone", "secret-value-77");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("secret-value-77");
    }

    @Test
    void wrongPasswordSendsBackToLoginWithAMessage() throws Exception {
        Learner learner = Learner.register(mvc);
        MvcResult result = mvc.perform(post("/login")
                        .params(form("username", learner.username(), "password", "not-the-password1"))
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        String page = mvc.perform(get("/login?error").header("Accept-Language", "fr"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Identifiant ou mot de passe incorrect.");
    }

    @Test
    void pagesOtherThanThePublicOnesNeedALogin() throws Exception {
        for (String url : new String[] {"/quizzes", "/progress", "/attempts/00000000-0000-0000-0000-000000000000"}) {
            MvcResult result = mvc.perform(get(url)).andReturn();
            assertThat(result.getResponse().getRedirectedUrl()).as(url).endsWith("/login");
        }
        for (String url : new String[] {"/", "/login", "/register", "/api/v1/quizzes", "/css/kubequiz.css"}) {
            assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus())
                    .as(url)
                    .isEqualTo(200);
        }
    }
}
