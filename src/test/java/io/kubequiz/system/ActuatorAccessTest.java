package io.kubequiz.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who reaches the actuator: health (with its liveness and readiness groups) and info for anyone, without details;
 * details, metrics and the Prometheus scrape for admins only; nothing else exposed, and no H2 console.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActuatorAccessTest {

    private static final String ADMIN_PASSWORD = "admin-pass-2026";

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse anonymous(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    @Test
    void healthProbesAndInfoArePublicWithoutDetails() throws Exception {
        for (String url :
                new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            MockHttpServletResponse health = anonymous(url);
            assertThat(health.getStatus()).as(url).isEqualTo(200);
            assertThat(health.getContentAsString())
                    .as(url)
                    .contains("\"status\":\"UP\"")
                    .doesNotContain("components", "details", "H2");
        }
        assertThat(anonymous("/actuator/info").getStatus()).isEqualTo(200);
        assertThat(Learner.register(mvc).get("/actuator/health").getResponse().getContentAsString())
                .as("a student sees no details either")
                .doesNotContain("components");
    }

    @Test
    void anAdminSeesHealthDetailsAndTheReadinessGroupChecksTheDatabase() throws Exception {
        Learner admin = Learner.logIn(mvc, "admin", ADMIN_PASSWORD);
        assertThat(admin.get("/actuator/health").getResponse().getContentAsString())
                .contains("\"components\"", "\"db\"", "\"database\"");
        assertThat(admin.get("/actuator/health/readiness").getResponse().getContentAsString())
                .contains("\"db\"", "\"readinessState\"");
    }

    @Test
    void metricsAndPrometheusAreForAdminsOnly() throws Exception {
        for (String url : new String[] {"/actuator/metrics", "/actuator/prometheus"}) {
            MockHttpServletResponse anonymous = anonymous(url);
            assertThat(anonymous.getStatus()).as(url).isEqualTo(302);
            assertThat(anonymous.getRedirectedUrl()).as(url).endsWith("/login");
            assertThat(Learner.register(mvc).get(url).getResponse().getStatus())
                    .as("student " + url)
                    .isEqualTo(403);
            assertThat(Classes.trainer(mvc).get(url).getResponse().getStatus())
                    .as("trainer " + url)
                    .isEqualTo(403);
        }
        Learner admin = Learner.logIn(mvc, "admin", ADMIN_PASSWORD);
        MockHttpServletResponse scrape = admin.get("/actuator/prometheus").getResponse();
        assertThat(scrape.getStatus()).isEqualTo(200);
        assertThat(scrape.getContentAsString())
                .contains(
                        "kubequiz_answers_submitted_total{application=\"kubequiz\",outcome=\"correct\"}",
                        "kubequiz_attempts_started_total{application=\"kubequiz\",mode=\"assessed\"}",
                        "kubequiz_attempts_submitted_total",
                        "kubequiz_attempts_expired_total",
                        "kubequiz_grading_seconds_count",
                        "kubequiz_export_rows_total{application=\"kubequiz\",export=\"responses\"}");
        assertThat(admin.get("/actuator/metrics/kubequiz.grading").getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void noOtherEndpointAndNoH2Console() throws Exception {
        Learner admin = Learner.logIn(mvc, "admin", ADMIN_PASSWORD);
        for (String url : new String[] {"/actuator/env", "/actuator/beans", "/actuator/heapdump", "/h2-console"}) {
            assertThat(admin.get(url).getResponse().getStatus()).as(url).isEqualTo(404);
            assertThat(anonymous(url).getStatus()).as("anonymous " + url).isEqualTo(302);
        }
    }
}
