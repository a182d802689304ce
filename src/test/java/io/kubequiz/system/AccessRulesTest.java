package io.kubequiz.system;

import static io.kubequiz.testing.Learner.none;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access rules over every route the application has, found from its own request mappings so that a new route is
 * covered the day it is added: every state change needs a CSRF token, and every trainer or admin page refuses a
 * student.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessRulesTest {

    /** The HTTP methods that change state. */
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Every path of a given kind, with its path variables filled with values of the right shape. */
    private List<String> paths(Set<String> methods) {
        List<String> paths = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
            boolean wanted = declared.isEmpty()
                    ? methods.contains("GET")
                    : declared.stream().anyMatch(m -> methods.contains(m.name()));
            if (wanted) {
                info.getPatternValues()
                        .forEach(pattern ->
                                paths.add(pattern.replace("{attemptId}", "00000000-0000-0000-0000-000000000001")
                                        .replaceAll("\\{[^}]+}", "1")));
            }
        });
        return paths;
    }

    @Test
    void everyStateChangeNeedsACsrfToken() throws Exception {
        Learner admin = Learner.logIn(mvc, "admin", "admin-pass-2026");
        List<String> posts = paths(STATE_CHANGING);
        assertThat(posts).contains("/classes", "/attempts/00000000-0000-0000-0000-000000000001/submit");
        long users = jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();

        for (String path : posts) {
            assertThat(admin.postWithoutCsrf(path, none()).getResponse().getStatus())
                    .as("POST " + path + " without a CSRF token")
                    .isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single())
                .isEqualTo(users);
    }

    /** The API a student may not call: everything but the public catalogue. */
    private static final java.util.regex.Pattern TRAINER_API =
            java.util.regex.Pattern.compile("/api/v1/(?!quizzes$|objectives$).*");

    @Test
    void aStudentReachesNoTrainerOrAdminPage() throws Exception {
        Learner trainer = Classes.trainer(mvc);
        long classId = Classes.createClass(trainer, "Classe privée");
        Learner student = Classes.learnerIn(mvc, jdbc, classId);
        List<String> trainerPages = paths(Set.of("GET")).stream()
                .filter(p -> p.startsWith("/classes")
                        || p.startsWith("/admin")
                        || p.startsWith("/dashboard")
                        || p.startsWith("/account/tokens")
                        || p.startsWith("/question-sets")
                        || TRAINER_API.matcher(p).matches())
                .map(p -> p.replaceFirst("^/classes/1", "/classes/" + classId))
                .toList();
        assertThat(trainerPages)
                .contains(
                        "/classes",
                        "/classes/" + classId,
                        "/admin/users",
                        "/admin/backup",
                        "/admin/backup/download",
                        "/question-sets",
                        "/api/v1/classes");

        for (String page : trainerPages) {
            assertThat(student.get(page).getResponse().getStatus())
                    .as("GET " + page + " as a student")
                    .isEqualTo(403);
        }
        for (String post : paths(STATE_CHANGING).stream()
                .filter(p -> p.startsWith("/classes")
                        || p.startsWith("/admin")
                        || p.startsWith("/question-sets")
                        || TRAINER_API.matcher(p).matches())
                .map(p -> p.replaceFirst("^/classes/1", "/classes/" + classId))
                .toList()) {
            assertThat(student.post(post, none()).getResponse().getStatus())
                    .as("POST " + post + " as a student")
                    .isEqualTo(403);
        }
    }

    @Test
    void aTrainerReachesNoAdminPage() throws Exception {
        Learner trainer = Classes.trainer(mvc);
        List<String> adminPages = paths(Set.of("GET")).stream()
                .filter(p -> p.startsWith("/admin"))
                .toList();
        assertThat(adminPages).contains("/admin/users", "/admin/backup", "/admin/backup/download");

        for (String page : adminPages) {
            assertThat(trainer.get(page).getResponse().getStatus())
                    .as("GET " + page + " as a trainer")
                    .isEqualTo(403);
        }
    }

    @Test
    void afterSigningInATrainerLandsOnTheDashboardAndALearnerOnTheQuizzes() throws Exception {
        Learner trainer = Classes.trainer(mvc);
        Learner learner = Learner.register(mvc);

        assertThat(signIn(trainer.username(), Classes.TRAINER_PASSWORD)).isEqualTo("/dashboard");
        assertThat(signIn(learner.username(), Learner.PASSWORD)).isEqualTo("/quizzes");
        assertThat(signIn(learner.username(), "wrong-password")).isEqualTo("/login?error");
    }

    private String signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }
}
