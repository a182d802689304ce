package io.kubequiz.account;

import static io.kubequiz.testing.Learner.form;
import static io.kubequiz.testing.Learner.none;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubequiz.testing.Learner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The first-start admin, who alone creates trainers and resets passwords. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminTest {

    static final String ADMIN_PASSWORD = "admin-pass-2026";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserRepository users;

    private Learner admin() throws Exception {
        return Learner.logIn(mvc, "admin", ADMIN_PASSWORD);
    }

    @Test
    void theFirstStartCreatedTheAdminWithTheConfiguredPassword() throws Exception {
        User admin = users.findByUsername("admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        String page = admin().get("/admin/users").getResponse().getContentAsString();
        assertThat(page).contains("Nouveau compte formateur").contains("Administrateur");
    }

    @Test
    void anAdminCreatesATrainerWhoCanLogIn() throws Exception {
        MvcResult created = admin().post(
                        "/admin/users",
                        form("username", "trainer-lea", "displayName", "Léa Formatrice", "password", "trainer-pass-1"));

        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(users.findByUsername("trainer-lea").orElseThrow().role()).isEqualTo(Role.TRAINER);
        Learner.logIn(mvc, "trainer-lea", "trainer-pass-1");
    }

    @Test
    void aBadTrainerFormCreatesNothing() throws Exception {
        long before = users.count();
        MvcResult result = admin().post("/admin/users", form("username", "x", "displayName", "", "password", "short"));
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains("is-invalid");
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void anAdminResetsAPassword() throws Exception {
        Learner learner = Learner.register(mvc);
        long id = users.findByUsername(learner.username()).orElseThrow().id();

        MvcResult tooShort = admin().post("/admin/users/" + id + "/password", form("password", "short"));
        assertThat(tooShort.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        admin().post("/admin/users/" + id + "/password", form("password", "brand-new-pass-3"));

        Learner.logIn(mvc, learner.username(), "brand-new-pass-3");
        assertThatThrownBy(() -> Learner.logIn(mvc, learner.username(), Learner.PASSWORD))
                .isInstanceOf(IllegalStateException.class);
        assertThat(admin().post("/admin/users/999999/password", form("password", "brand-new-pass-3"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void nobodyElseReachesTheAdminPages() throws Exception {
        Learner student = Learner.register(mvc);
        assertThat(student.get("/admin/users").getResponse().getStatus()).isEqualTo(403);
        MvcResult attempt = student.post(
                "/admin/users", form("username", "sneaky", "displayName", "S", "password", "sneaky-pass-1"));
        assertThat(attempt.getResponse().getStatus()).isEqualTo(403);
        assertThat(users.findByUsername("sneaky")).isEmpty();
        assertThat(admin().postWithoutCsrf("/admin/users", none()).getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void generatedPasswordsAreLongAndRandom() {
        String one = AdminBootstrap.generate();
        assertThat(one).hasSize(16).doesNotContain("0", "O", "1", "l", "I");
        assertThat(AdminBootstrap.generate()).isNotEqualTo(one);
    }
}
