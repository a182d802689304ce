package io.kubequiz.api;

import static io.kubequiz.testing.Learner.form;
import static io.kubequiz.testing.Learner.none;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Personal API tokens: shown once, stored hashed, reading only the trainer's own classes, refused once expired or
 * revoked, never writing; and the JSON way to create one from a browser session.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTest {

    private static final Pattern TOKEN = Pattern.compile("kq_[A-Za-z0-9_-]{43}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String createOnPage(Learner trainer, String name) throws Exception {
        MvcResult created = trainer.post("/account/tokens", form("name", name, "expiresInDays", "30"));
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/account/tokens");
        Matcher token = TOKEN.matcher(trainer.follow(created).getResponse().getContentAsString());
        assertThat(token.find()).as("the new token is on the page once").isTrue();
        return token.group();
    }

    private MockHttpServletResponse withToken(String method, String url, String token) throws Exception {
        var request = "GET".equals(method)
                ? get(url)
                : post(url).contentType(MediaType.APPLICATION_JSON).content("{}");
        return mvc.perform(request.header("Authorization", "Bearer " + token).header("Accept-Language", "en"))
                .andReturn()
                .getResponse();
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndReadsOnlyItsTrainersClasses() throws Exception {
        Learner trainer = Classes.trainer(mvc);
        long mine = Classes.createClass(trainer, "Classe à jeton");
        Learner other = Classes.trainer(mvc);
        long theirs = Classes.createClass(other, "Classe d’un autre");
        long theirAssignment = Classes.assigned(other, jdbc, theirs, "golden-rules", "PRACTICE");

        String token = createOnPage(trainer, "Import Moodle");

        assertThat(trainer.get("/account/tokens").getResponse().getContentAsString())
                .contains("Import Moodle")
                .doesNotContain(token);
        String stored = jdbc.sql("SELECT token_hash FROM api_token WHERE name = 'Import Moodle'")
                .query(String.class)
                .single();
        assertThat(stored).hasSize(64).isNotEqualTo(token).doesNotContain(token.substring(3));
        MockHttpServletResponse classes = withToken("GET", "/api/v1/classes", token);
        assertThat(classes.getStatus()).isEqualTo(200);
        assertThat(classes.getContentAsString()).contains("\"id\":" + mine).doesNotContain("\"id\":" + theirs + ",");
        assertThat(withToken(
                                "GET",
                                "/api/v1/classes/" + theirs + "/assignments/" + theirAssignment + "/item-statistics",
                                token)
                        .getStatus())
                .isEqualTo(404);
        MvcResult apiCall = mvc.perform(get("/api/v1/classes").header("Authorization", "Bearer " + token))
                .andReturn();
        assertThat(apiCall.getRequest().getSession(false))
                .as("a token keeps no session")
                .isNull();
    }

    @Test
    void anUnknownExpiredOrRevokedTokenIsA401AndATokenNeverWrites() throws Exception {
        Learner trainer = Classes.trainer(mvc);
        String expiring = createOnPage(trainer, "Expire");
        String revoked = createOnPage(trainer, "Révoqué");
        jdbc.sql("UPDATE api_token SET expires_at = created_at - INTERVAL '1' DAY WHERE name = 'Expire'")
                .update();
        long revokedId = jdbc.sql("SELECT id FROM api_token WHERE name = 'Révoqué'")
                .query(Long.class)
                .single();

        assertThat(trainer.post("/account/tokens/" + revokedId + "/revoke", none())
                        .getFlashMap()
                        .get("flash"))
                .isEqualTo("token.revoked");

        for (String bad : new String[] {expiring, revoked, "kq_not-a-token", "nonsense"}) {
            MockHttpServletResponse response = withToken("GET", "/api/v1/classes", bad);
            assertThat(response.getStatus()).as(bad).isEqualTo(401);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString()).contains("unknown, expired or revoked");
        }
        String good = createOnPage(trainer, "Lecture");
        MockHttpServletResponse write = withToken("POST", "/api/v1/tokens", good);
        assertThat(write.getStatus()).isEqualTo(403);
        assertThat(write.getContentAsString()).contains("only reads");
        Learner intruder = Classes.trainer(mvc);
        assertThat(intruder.post("/account/tokens/" + revokedId + "/revoke", none())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aSignedInTrainerCreatesATokenAsJsonWithTheCsrfHeader() throws Exception {
        Learner trainer = Classes.trainer(mvc);
        var json = post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON);

        MockHttpServletResponse created = trainer.perform(json.content("{\"name\":\"CI export\",\"expiresInDays\":7}")
                        .with(csrf().asHeader()))
                .getResponse();
        MockHttpServletResponse withoutCsrf = trainer.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"))
                .getResponse();
        MockHttpServletResponse noName = trainer.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"  \",\"expiresInDays\":7}")
                        .with(csrf().asHeader()))
                .getResponse();
        MockHttpServletResponse tooLong = trainer.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"ok\",\"expiresInDays\":99999}")
                        .with(csrf().asHeader()))
                .getResponse();
        MockHttpServletResponse broken = trainer.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json")
                        .with(csrf().asHeader()))
                .getResponse();

        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("\"name\":\"CI export\"", "\"expiresAt\":", "\"id\":");
        Matcher token = TOKEN.matcher(created.getContentAsString());
        assertThat(token.find()).isTrue();
        assertThat(withToken("GET", "/api/v1/classes", token.group()).getStatus())
                .isEqualTo(200);
        assertThat(withoutCsrf.getStatus()).isEqualTo(403);
        assertThat(noName.getStatus()).isEqualTo(400);
        assertThat(noName.getContentAsString()).contains("\"parameter\":\"name\"");
        assertThat(tooLong.getContentAsString()).contains("\"parameter\":\"expiresInDays\"");
        assertThat(broken.getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE name IN ('x', 'ok')")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aStudentCannotMakeTokens() throws Exception {
        Learner student = Learner.register(mvc);
        assertThat(student.get("/account/tokens").getResponse().getStatus()).isEqualTo(403);
        assertThat(student.post("/account/tokens", form("name", "x"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
