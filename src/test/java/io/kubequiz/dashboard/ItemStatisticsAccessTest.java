package io.kubequiz.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.kubequiz.content.QuestionBank;
import io.kubequiz.testing.Learner;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who reaches the item statistics: the class's trainer and admins; another trainer gets 404 (page and API), a learner
 * 403, nobody signed in 401 on the API (problem+json, not a redirect); bad parameters are 400s that say which.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ItemStatisticsAccessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuestionBank bank;

    private StatisticsScenario scenario;
    private Learner owner;
    private Learner learner;
    private long classId;
    private long assignmentId;

    @BeforeEach
    void aClassWithOneFinishedAttempt() throws Exception {
        scenario = new StatisticsScenario(mvc, jdbc, bank);
        owner = scenario.trainer().inEnglish();
        classId = scenario.createClass(owner, "Access group");
        assignmentId = scenario.assign(owner, classId, "golden-rules");
        learner = scenario.learnerIn(classId);
        UUID attempt = scenario.start(learner, assignmentId);
        scenario.right(learner, attempt, "s71-sidecar-localhost");
        scenario.submit(learner, attempt);
    }

    private String page() {
        return "/classes/" + classId + "/assignments/" + assignmentId + "/statistics";
    }

    private String api() {
        return "/api/v1/classes/" + classId + "/assignments/" + assignmentId + "/item-statistics";
    }

    /** The response is an RFC 9457 problem with this status; returns its body. */
    private static JsonNode problem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(response.getContentAsString());
        assertThat(body.get("status").intValue()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("detail").asString()).isNotBlank();
        return body;
    }

    @Test
    void theOwnerAndAnAdminSeeThePageAndTheJson() throws Exception {
        assertThat(owner.get(page()).getResponse().getStatus()).isEqualTo(200);
        assertThat(owner.get(api()).getResponse().getStatus()).isEqualTo(200);
        Learner admin = Learner.logIn(mvc, "admin", "admin-pass-2026");
        assertThat(admin.get(page()).getResponse().getStatus()).isEqualTo(200);
        assertThat(admin.get(api()).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void anotherTrainerGetsNotFoundOnThePageAndTheApiEvenWithABadParameter() throws Exception {
        Learner other = scenario.trainer().inEnglish();

        assertThat(other.get(page()).getResponse().getStatus()).isEqualTo(404);
        assertThat(other.get(page() + "?attempts=often").getResponse().getStatus())
                .isEqualTo(404);
        JsonNode body = problem(other.get(api()).getResponse(), 404);
        assertThat(body.get("instance").asString()).isEqualTo(api());
        problem(other.get(api() + "?attempts=often").getResponse(), 404);
        JsonNode classes =
                JSON.readTree(other.get("/api/v1/classes").getResponse().getContentAsString());
        assertThat(classes).isEmpty();
    }

    @Test
    void anAssignmentReachedThroughAnotherClassOfTheSameTrainerIsNotFound() throws Exception {
        long otherClass = scenario.createClass(owner, "Second group");
        String wrongPath = "/api/v1/classes/" + otherClass + "/assignments/" + assignmentId + "/item-statistics";

        problem(owner.get(wrongPath).getResponse(), 404);
        problem(
                owner.get("/api/v1/classes/" + classId + "/assignments/999999/item-statistics")
                        .getResponse(),
                404);
        assertThat(owner.get("/classes/" + otherClass + "/assignments/" + assignmentId + "/statistics")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aLearnerIsForbiddenWithAProblem() throws Exception {
        assertThat(learner.get(page()).getResponse().getStatus()).isEqualTo(403);
        problem(learner.get(api()).getResponse(), 403);
        problem(learner.get("/api/v1/classes").getResponse(), 403);
    }

    @Test
    void withoutASessionTheApiAnswers401NotARedirect() throws Exception {
        MvcResult anonymous =
                mvc.perform(get(api()).header("Accept-Language", "en")).andReturn();
        MockHttpServletResponse response = anonymous.getResponse();
        JsonNode body = problem(response, 401);
        assertThat(anonymous.getRequest().getSession(false))
                .as("an API call keeps no session")
                .isNull();
        assertThat(body.get("detail").asString()).contains("Sign in");
        assertThat(response.getRedirectedUrl()).isNull();
        problem(mvc.perform(get("/api/v1/classes")).andReturn().getResponse(), 401);
        // The page, for a browser, still leads to the login form; the public catalogue stays public.
        assertThat(mvc.perform(get(page())).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(mvc.perform(get("/api/v1/quizzes")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(mvc.perform(get("/api/v1/objectives"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void anUnknownAttemptsValueIsA400WithAMessageOnThePageAndAProblemNamingItOnTheApi() throws Exception {
        MockHttpServletResponse page = owner.get(page() + "?attempts=often").getResponse();
        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString())
                .contains("“often” is not a choice of attempts")
                .contains("<select id=\"attempts\" name=\"attempts\" class=\"form-select is-invalid\"")
                .doesNotContain("The test as a whole");
        Learner french = Learner.logIn(mvc, owner.username(), "trainer-pass-1");
        assertThat(french.get(page() + "?attempts=").getResponse().getContentAsString())
                .contains("«\u00a0\u00a0» n’est pas un choix de tentatives");

        JsonNode body = problem(owner.get(api() + "?attempts=often").getResponse(), 400);
        assertThat(body.get("parameter").asString()).isEqualTo("attempts");
        assertThat(body.get("detail").asString()).contains("attempts").contains("often");
        JsonNode typed = problem(
                owner.get("/api/v1/classes/" + classId + "/assignments/abc/item-statistics")
                        .getResponse(),
                400);
        assertThat(typed.get("parameter").asString()).isEqualTo("assignmentId");
    }

    @Test
    void theSelectionIsReadInAnyCase() throws Exception {
        JsonNode report =
                JSON.readTree(owner.get(api() + "?attempts=ALL").getResponse().getContentAsString());
        assertThat(report.get("attemptSelection").asString()).isEqualTo("all");
        assertThat(report.get("test").get("attempts").intValue()).isEqualTo(1);
    }
}
