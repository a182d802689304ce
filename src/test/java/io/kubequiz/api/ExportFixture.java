package io.kubequiz.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Classes for the export tests: the trainer, the class and its assignments through the real pages; learners, attempts,
 * answers and progress written straight into the tables, with the exact scores and times a test needs (the exports
 * only read them); API calls with a token, waiting for a streamed CSV body.
 */
final class ExportFixture {

    private static final Pattern TOKEN = Pattern.compile("kq_[A-Za-z0-9_-]{43}");
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private int learners;

    ExportFixture(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** A learner in the class, written straight into the tables; returns their id. */
    long learner(long classId, String displayName) {
        String username = "exp-" + UUID.randomUUID().toString().substring(0, 8) + "-" + (++learners);
        jdbc.sql("INSERT INTO app_user (username, display_name, password_hash, role, created_at)"
                        + " VALUES (?, ?, '{noop}x', 'STUDENT', ?)")
                .params(username, displayName, Timestamp.from(Instant.now()))
                .update();
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO enrolment (classroom_id, user_id, joined_at) VALUES (?, ?, ?)")
                .params(classId, id, Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    String username(long userId) {
        return jdbc.sql("SELECT username FROM app_user WHERE id = ?")
                .param(userId)
                .query(String.class)
                .single();
    }

    void remove(long classId, long userId) {
        jdbc.sql("UPDATE enrolment SET removed_at = ? WHERE classroom_id = ? AND user_id = ?")
                .params(Timestamp.from(Instant.now()), classId, userId)
                .update();
    }

    /** An attempt at an assignment; {@code finishedAt} null for one in progress. */
    UUID attempt(
            long userId,
            long assignmentId,
            int number,
            String state,
            boolean immediateFeedback,
            double score,
            int questionCount,
            Instant startedAt,
            Instant finishedAt) {
        UUID id = UUID.randomUUID();
        String quizId = jdbc.sql("SELECT quiz_id FROM assignment WHERE id = ?")
                .param(assignmentId)
                .query(String.class)
                .single();
        jdbc.sql("INSERT INTO attempt (id, user_id, quiz_id, assignment_id, attempt_number, seed, question_count,"
                        + " answered_count, score, started_at, finished_at, attempt_mode, attempt_state,"
                        + " immediate_feedback, lock_version) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        id,
                        userId,
                        quizId,
                        assignmentId,
                        number,
                        questionCount,
                        questionCount,
                        score,
                        Timestamp.from(startedAt),
                        finishedAt == null ? null : Timestamp.from(finishedAt),
                        immediateFeedback ? "PRACTICE" : "ASSESSED",
                        state,
                        immediateFeedback)
                .update();
        return id;
    }

    /** A recorded answer; returns its id. */
    long response(UUID attempt, String questionId, String version, String answer, double score, Instant at) {
        jdbc.sql("INSERT INTO attempt_response (attempt_id, question_id, question_version, answer_text, score,"
                        + " answered_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(attempt, questionId, version, answer, score, Timestamp.from(at))
                .update();
        return jdbc.sql("SELECT id FROM attempt_response WHERE attempt_id = ? AND question_id = ?")
                .params(attempt, questionId)
                .query(Long.class)
                .single();
    }

    /** A learner's latest score on a question, as the progress module keeps it. */
    void state(long userId, String questionId, double score, Instant at) {
        jdbc.sql("INSERT INTO progress_question_state (user_id, question_id, last_score, last_answered_at,"
                        + " answer_count, correct_count) VALUES (?, ?, ?, ?, 1, ?)")
                .params(userId, questionId, score, Timestamp.from(at), score >= 1 ? 1 : 0)
                .update();
    }

    /** A token of this trainer, created as JSON from their session. */
    String token(Learner trainer) throws Exception {
        String created = trainer.perform(post("/api/v1/tokens")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"export " + UUID.randomUUID() + "\"}")
                        .with(csrf().asHeader()))
                .getResponse()
                .getContentAsString();
        Matcher token = TOKEN.matcher(created);
        assertThat(token.find()).as(created).isTrue();
        return token.group();
    }

    /** A GET with the token and headers given as name/value pairs; a streamed body is waited for. */
    MockHttpServletResponse get(String token, String url, String... headers) throws Exception {
        MockHttpServletRequestBuilder request =
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return complete(mvc.perform(request).andReturn());
    }

    /** A GET in a trainer's browser session. */
    MockHttpServletResponse inSession(Learner trainer, String url, String... headers) throws Exception {
        MockHttpServletRequestBuilder request =
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return complete(trainer.perform(request));
    }

    private MockHttpServletResponse complete(MvcResult result) throws Exception {
        if (result.getRequest().isAsyncStarted()) {
            return mvc.perform(asyncDispatch(result)).andReturn().getResponse();
        }
        return result.getResponse();
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }

    /** A JSON export read page by page with this limit: every item once, in order. */
    List<JsonNode> allPages(String token, String url, int limit) throws Exception {
        List<JsonNode> items = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String page = url + (url.contains("?") ? "&" : "?") + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode body = json(get(token, page));
            body.path("items").forEach(items::add);
            assertThat(body.path("items").size()).isLessThanOrEqualTo(limit);
            cursor = body.path("nextCursor").isNull()
                    ? null
                    : body.path("nextCursor").asString();
            if (cursor != null) {
                assertThat(body.path("items").size()).isEqualTo(limit);
            }
            assertThat(++pages).isLessThan(1_000);
        } while (cursor != null);
        return items;
    }

    static Learner trainer(MockMvc mvc) throws Exception {
        return Classes.trainer(mvc);
    }
}
