package io.kubequiz.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The layout's links follow who is looking ({@link Viewer}): a visitor, a student, a trainer, an admin. */
@SpringBootTest
@AutoConfigureMockMvc
class LayoutLinksTest {

    private static final List<String> STUDENT = List.of("/quizzes", "/progress", "/my-classes");
    private static final List<String> TRAINER =
            List.of("/quizzes", "/progress", "/dashboard", "/classes", "/question-sets", "/account/tokens");
    private static final List<String> ADMIN = List.of("/admin/users", "/admin/backup");

    @Autowired
    MockMvc mvc;

    private static String page(Learner viewer, String path) throws Exception {
        return viewer.get(path).getResponse().getContentAsString();
    }

    private static List<String> navLinks(String html) {
        String nav = html.substring(html.indexOf("<nav"), html.indexOf("</nav>"));
        return java.util.regex.Pattern.compile("href=\"([^\"?]+)\"")
                .matcher(nav)
                .results()
                .map(m -> m.group(1))
                .filter(href -> !href.startsWith("/img/"))
                .toList();
    }

    @Test
    void aVisitorIsOfferedToSignInOrRegister() throws Exception {
        String home = page(Learner.visitor(mvc), "/login");
        assertThat(navLinks(home)).containsExactly("/", "/login", "/register");
        assertThat(home).doesNotContain("action=\"/logout\"");
    }

    @Test
    void aStudentSeesTheirOwnLinksOnly() throws Exception {
        Learner student = Learner.register(mvc);
        String html = page(student, "/quizzes");
        assertThat(navLinks(html)).containsAll(STUDENT).doesNotContainAnyElementsOf(TRAINER.subList(2, 6));
        assertThat(navLinks(html)).doesNotContainAnyElementsOf(ADMIN).doesNotContain("/login", "/register");
        assertThat(html).contains("action=\"/logout\"").contains("Learner " + student.username());
    }

    @Test
    void aTrainerSeesTheClassLinksButNotTheAdminOnes() throws Exception {
        List<String> links = navLinks(page(Classes.trainer(mvc), "/classes"));
        assertThat(links).containsAll(TRAINER).doesNotContain("/my-classes");
        assertThat(links).doesNotContainAnyElementsOf(ADMIN);
    }

    @Test
    void anAdminSeesEverythingATrainerDoesAndTheAccounts() throws Exception {
        List<String> links = navLinks(page(Learner.logIn(mvc, "admin", "admin-pass-2026"), "/classes"));
        assertThat(links).containsAll(TRAINER).containsAll(ADMIN);
    }
}
