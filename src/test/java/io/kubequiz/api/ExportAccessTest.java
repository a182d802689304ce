package io.kubequiz.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.QuestionBank;
import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * Who reaches the exports and what a bad request gets: a token or a session of the class's trainer; 401 for no valid
 * token (expired, revoked, unknown), 403 for a learner, 404 for another trainer's class or an assignment not in the
 * class, 400 naming each bad parameter — all {@code application/problem+json}, in JSON or CSV alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExportAccessTest {

    static final List<String> EXPORTS = List.of("scores", "responses", "mastery");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuestionBank bank;

    ExportFixture fixture;
    Learner trainer;
    long classId;
    long assignmentId;
    String token;

    @BeforeEach
    void aClassWithAnAnswer() throws Exception {
        fixture = new ExportFixture(mvc, jdbc);
        trainer = Classes.trainer(mvc);
        classId = Classes.createClass(trainer, "Access");
        assignmentId = Classes.assigned(trainer, jdbc, classId, "golden-rules", "PRACTICE");
        long learner = fixture.learner(classId, "Ann");
        var attempt = fixture.attempt(learner, assignmentId, 1, "SUBMITTED", false, 1, 1, Instant.EPOCH, Instant.EPOCH);
        String version = bank.question("s71-no-nat-between-nodes").orElseThrow().version();
        fixture.response(attempt, "s71-no-nat-between-nodes", version, "true", 1, Instant.EPOCH);
        token = fixture.token(trainer);
    }

    private String url(String export) {
        return "/api/v1/classes/" + classId + "/" + export;
    }

    private static void problem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void theTrainersTokenOrSessionReadsEveryExportInJsonAndCsv() throws Exception {
        for (String export : EXPORTS) {
            assertThat(fixture.get(token, url(export)).getStatus()).as(export).isEqualTo(200);
            MockHttpServletResponse csv = fixture.get(token, url(export), "Accept", "text/csv");
            assertThat(csv.getStatus()).as(export).isEqualTo(200);
            assertThat(csv.getContentType()).startsWith("text/csv");
            MockHttpServletResponse session = fixture.inSession(trainer, url(export) + "?format=csv");
            assertThat(session.getStatus()).as(export).isEqualTo(200);
            assertThat(session.getContentAsString()).isEqualTo(csv.getContentAsString());
        }
        Learner admin = Learner.logIn(mvc, "admin", "admin-pass-2026");
        assertThat(fixture.inSession(admin, url("scores")).getStatus())
                .as("an admin reads every class")
                .isEqualTo(200);
    }

    @Test
    void noValidTokenIsA401AndALearnerA403() throws Exception {
        String expired = fixture.token(trainer);
        jdbc.sql("UPDATE api_token SET expires_at = created_at - INTERVAL '1' DAY WHERE token_hash <> ?")
                .param("none")
                .update();
        String revoked = fixture.token(trainer);
        jdbc.sql("UPDATE api_token SET revoked_at = created_at WHERE expires_at IS NULL")
                .update();
        for (String export : EXPORTS) {
            for (String bad : new String[] {expired, revoked, "kq_unknown"}) {
                problem(fixture.get(bad, url(export), "Accept", "text/csv"), 401);
            }
            problem(fixture.get(null, url(export)), 401);
        }
        Learner student = Classes.learnerIn(mvc, jdbc, classId);
        problem(fixture.inSession(student, url("responses")), 403);
    }

    @Test
    void anotherTrainersClassOrAnAssignmentOutsideTheClassIsA404() throws Exception {
        Learner other = Classes.trainer(mvc);
        long theirs = Classes.createClass(other, "Theirs");
        long theirAssignment = Classes.assigned(other, jdbc, theirs, "golden-rules", "PRACTICE");
        String theirToken = fixture.token(other);
        for (String export : EXPORTS) {
            problem(fixture.get(token, "/api/v1/classes/" + theirs + "/" + export), 404);
            problem(fixture.get(token, "/api/v1/classes/" + theirs + "/" + export + "?format=csv"), 404);
            problem(fixture.get(token, "/api/v1/classes/999999/" + export), 404);
            problem(fixture.get(token, url(export) + "?assignmentId=" + theirAssignment), 404);
            problem(fixture.get(theirToken, url(export)), 404);
            problem(fixture.inSession(other, url(export)), 404);
        }
        assertThat(fixture.get(token, url("scores") + "?assignmentId=" + assignmentId)
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void eachBadParameterIsA400NamingIt() throws Exception {
        String[][] cases = {
            {"limit=0", "limit"},
            {"limit=5001", "limit"},
            {"limit=ten", "limit"},
            {"since=yesterday", "since"},
            {"since=2026-13-01", "since"},
            {"format=xml", "format"},
            {"sep=%7C", "sep"},
            {"bom=yes", "bom"},
            {"assignmentId=first", "assignmentId"},
            {"cursor=not-a-cursor", "cursor"},
            {"cursor=", "cursor"}
        };
        for (String export : EXPORTS) {
            for (String[] bad : cases) {
                MockHttpServletResponse response =
                        fixture.get(token, url(export) + "?" + bad[0], "Accept-Language", "en");
                problem(response, 400);
                JsonNode body = ExportFixture.JSON.readTree(response.getContentAsString());
                assertThat(body.path("parameter").asString())
                        .as(export + "?" + bad[0])
                        .isEqualTo(bad[1]);
                assertThat(body.path("detail").asString()).contains(bad[1]);
            }
        }
    }

    @Test
    void aCursorOnlyContinuesTheQueryItCameFrom() throws Exception {
        fixture.learner(classId, "Bob");
        JsonNode page = ExportFixture.json(fixture.get(token, url("scores") + "?limit=1"));
        String cursor = page.path("nextCursor").asString();
        assertThat(cursor).isNotBlank();
        assertThat(fixture.get(token, url("scores") + "?limit=1&cursor=" + cursor)
                        .getStatus())
                .isEqualTo(200);

        char last = cursor.charAt(cursor.length() - 1);
        String tampered = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');
        int middle = cursor.length() / 2;
        String edited =
                cursor.substring(0, middle) + (cursor.charAt(middle) == 'x' ? 'y' : 'x') + cursor.substring(middle + 1);
        String[] elsewhere = {
            url("scores") + "?cursor=" + tampered,
            url("scores") + "?cursor=" + edited,
            url("mastery") + "?cursor=" + cursor,
            url("scores") + "?assignmentId=" + assignmentId + "&cursor=" + cursor,
            url("scores") + "?since=2026-01-01&cursor=" + cursor
        };
        for (String url : elsewhere) {
            MockHttpServletResponse response = fixture.get(token, url);
            problem(response, 400);
            assertThat(response.getContentAsString()).as(url).contains("\"parameter\":\"cursor\"");
        }
    }

    @Test
    void sinceTakesAnInstantAnOffsetOrADate() throws Exception {
        for (String since : new String[] {
            "2026-11-02T08:00:00Z",
            "2026-11-02T09:00:00+01:00",
            "2026-11-02T09:00:00-05:00",
            "2026-11-02T09:00",
            "2026-11-02"
        }) {
            assertThat(fixture.get(token, url("responses") + "?since=" + since).getStatus())
                    .as(since)
                    .isEqualTo(200);
        }
    }
}
