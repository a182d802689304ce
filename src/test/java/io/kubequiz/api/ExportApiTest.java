package io.kubequiz.api;

import static io.kubequiz.api.ExportFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.account.AccountUser;
import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.dashboard.ClassDashboard;
import io.kubequiz.dashboard.ClassDashboardView;
import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The three exports in JSON and CSV over figures worked out by hand: grades by each grading method (and the class
 * page's mean grade), answers as text (also for an older version of a question and a question outside the bank), the
 * heat map's mastery, the filters, and paging that gives every row once, in order.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ExportApiTest {

    static final Instant T0 = Instant.parse("2026-10-01T08:00:00Z");
    static final String SIDECAR = "s71-sidecar-localhost";
    static final String TRUE_FALSE = "s71-no-nat-between-nodes";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuestionBank bank;

    @Autowired
    ClassDashboard dashboard;

    @Autowired
    UserDetailsService users;

    private static Instant hours(int h) {
        return T0.plus(Duration.ofHours(h));
    }

    /** CSV text as rows of cells, read back by Jackson's CSV parser (RFC 4180). */
    static List<List<String>> csv(String text, char separator) throws Exception {
        CsvMapper mapper =
                CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> it =
                mapper.readerFor(String[].class).with(schema).readValues(text)) {
            while (it.hasNext()) {
                rows.add(List.of(it.next()));
            }
        }
        return rows;
    }

    private AccountUser account(Learner trainer) {
        return (AccountUser) users.loadUserByUsername(trainer.username());
    }

    @Test
    void scoresGradeEachAssignmentByItsGradingMethodLikeTheClassPage() throws Exception {
        ExportFixture fixture = new ExportFixture(mvc, jdbc);
        Learner trainer = Classes.trainer(mvc);
        long classId = Classes.createClass(trainer, "Scores");
        Map<String, Long> byMethod = new java.util.LinkedHashMap<>();
        for (String[] quizAndMethod : new String[][] {
            {"golden-rules", "HIGHEST"}, {"service-types", "AVERAGE"}, {"dns-names", "FIRST"}, {"section-7-1", "LAST"}
        }) {
            byMethod.put(
                    quizAndMethod[1],
                    Classes.assigned(
                            trainer, jdbc, classId, quizAndMethod[0], "ASSESSED", "gradingMethod", quizAndMethod[1]));
        }
        long ann = fixture.learner(classId, "Ann");
        long bob = fixture.learner(classId, "Bob");
        long gone = fixture.learner(classId, "Gone");
        for (long assignment : byMethod.values()) {
            // 40 %, 80 % (time ran out), 60 %, then one in progress at 100 % that counts for nothing but attempts
            fixture.attempt(ann, assignment, 1, "SUBMITTED", false, 2, 5, hours(0), hours(1));
            fixture.attempt(ann, assignment, 2, "EXPIRED", false, 4, 5, hours(2), hours(3));
            fixture.attempt(ann, assignment, 3, "SUBMITTED", false, 3, 5, hours(4), hours(5));
            fixture.attempt(ann, assignment, 4, "IN_PROGRESS", false, 5, 5, hours(6), null);
            fixture.attempt(gone, assignment, 1, "SUBMITTED", false, 5, 5, hours(0), hours(1));
        }
        fixture.remove(classId, gone);
        String token = fixture.token(trainer);
        String url = "/api/v1/classes/" + classId + "/scores";

        JsonNode items = json(fixture.get(token, url)).path("items");

        assertThat(items).hasSize(8);
        Map<String, Double> expected = Map.of("HIGHEST", 80.0, "AVERAGE", 60.0, "FIRST", 40.0, "LAST", 60.0);
        List<Long> assignments = byMethod.values().stream().sorted().toList();
        for (int i = 0; i < 4; i++) {
            JsonNode row = items.get(i);
            long assignmentId = assignments.get(i);
            String method = byMethod.entrySet().stream()
                    .filter(e -> e.getValue() == assignmentId)
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            assertThat(row.path("username").asString()).isEqualTo(fixture.username(ann));
            assertThat(row.path("displayName").asString()).isEqualTo("Ann");
            assertThat(row.path("assignmentId").asLong()).isEqualTo(assignmentId);
            assertThat(row.path("attempts").asInt()).isEqualTo(4);
            assertThat(row.path("grade").asDouble()).as(method).isCloseTo(expected.get(method), within());
            assertThat(row.path("bestGrade").asDouble()).isCloseTo(80.0, within());
            assertThat(row.path("lastGrade").asDouble()).isCloseTo(60.0, within());
            assertThat(row.path("firstSubmittedAt").asString()).isEqualTo(hours(1).toString());
            assertThat(row.path("lastSubmittedAt").asString()).isEqualTo(hours(5).toString());
            assertThat(row.path("completed").asBoolean()).isTrue();
            JsonNode nobody = items.get(4 + i);
            assertThat(nobody.path("displayName").asString()).isEqualTo("Bob");
            assertThat(nobody.path("assignmentId").asLong()).isEqualTo(assignmentId);
            assertThat(nobody.path("attempts").asInt()).isZero();
            assertThat(nobody.path("grade").isNull()).isTrue();
            assertThat(nobody.path("bestGrade").isNull()).isTrue();
            assertThat(nobody.path("firstSubmittedAt").isNull()).isTrue();
            assertThat(nobody.path("completed").asBoolean()).isFalse();
        }
        assertThat(json(fixture.get(token, url)).path("nextCursor").isNull()).isTrue();

        // The class page's mean grade of each assignment is Ann's grade: the same method over the same attempts.
        ClassDashboardView view = dashboard.load(classId, account(trainer), Locale.ENGLISH);
        for (ClassDashboardView.AssignmentResult result : view.assignments()) {
            String method = byMethod.entrySet().stream()
                    .filter(e -> e.getValue() == result.id())
                    .findFirst()
                    .orElseThrow()
                    .getKey();
            assertThat(result.mean()).isCloseTo(expected.get(method), within());
        }

        MockHttpServletResponse csv = fixture.get(token, url, "Accept", "text/csv");
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"kubequiz-class-" + classId + "-scores.csv\"");
        List<List<String>> rows = csv(csv.getContentAsString(), ',');
        assertThat(rows.get(0))
                .containsExactly(
                        "username",
                        "displayName",
                        "assignmentId",
                        "quizId",
                        "attempts",
                        "grade",
                        "bestGrade",
                        "lastGrade",
                        "firstSubmittedAt",
                        "lastSubmittedAt",
                        "completed");
        assertThat(rows).hasSize(9);
        assertThat(rows.get(1).get(0)).isEqualTo(fixture.username(ann));
        assertThat(Double.parseDouble(rows.get(1).get(5))).isCloseTo(80.0, within());
        assertThat(rows.get(1).subList(8, 11)).containsExactly(hours(1).toString(), hours(5).toString(), "true");
        assertThat(rows.get(5).subList(4, 11)).containsExactly("0", "", "", "", "", "", "false");
        assertThat(csv.getContentAsString()).contains("\r\n").doesNotContain("Gone");

        JsonNode onlyAverage = json(fixture.get(token, url + "?assignmentId=" + byMethod.get("AVERAGE")))
                .path("items");
        assertThat(onlyAverage).hasSize(2);
        assertThat(onlyAverage.get(0).path("grade").asDouble()).isCloseTo(60.0, within());
        // since: only the rows with an attempt started or finished since then
        jdbc.sql("UPDATE attempt SET started_at = ?, finished_at = ? WHERE user_id = ? AND assignment_id = ?"
                        + " AND attempt_number = 3")
                .params(
                        java.sql.Timestamp.from(hours(48)),
                        java.sql.Timestamp.from(hours(49)),
                        ann,
                        byMethod.get("FIRST"))
                .update();
        JsonNode recent = json(fixture.get(token, url + "?since=" + hours(24))).path("items");
        assertThat(recent).hasSize(1);
        assertThat(recent.get(0).path("assignmentId").asLong()).isEqualTo(byMethod.get("FIRST"));
        assertThat(recent.get(0).path("grade").asDouble()).isCloseTo(40.0, within());
        assertThat(recent.get(0).path("attempts").asInt()).isEqualTo(4);
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    @Test
    void responsesGiveFinalAnswersAsTextWithTheVersionShown() throws Exception {
        ExportFixture fixture = new ExportFixture(mvc, jdbc);
        Learner trainer = Classes.trainer(mvc);
        long classId = Classes.createClass(trainer, "Responses");
        long assignment = Classes.assigned(trainer, jdbc, classId, "golden-rules", "ASSESSED");
        long ann = fixture.learner(classId, "Ann");
        Question sidecar = bank.question(SIDECAR).orElseThrow();
        Question trueFalse = bank.question(TRUE_FALSE).orElseThrow();
        String older = olderVersion(sidecar);
        importedQuestion(sidecar);

        UUID submitted = fixture.attempt(ann, assignment, 1, "SUBMITTED", false, 1.5, 3, hours(0), hours(1));
        long r1 = fixture.response(submitted, SIDECAR, sidecar.version(), "localhost", 1, hours(0));
        long r2 = fixture.response(submitted, TRUE_FALSE, trueFalse.version(), "false", 0, hours(0));
        long r3 = fixture.response(submitted, "imported-q1", "imp1", "node-nat", 0.5, hours(0));
        UUID inProgress = fixture.attempt(ann, assignment, 2, "IN_PROGRESS", false, 1, 3, hours(2), null);
        fixture.response(inProgress, SIDECAR, sidecar.version(), "localhost", 1, hours(2));
        UUID practice = fixture.attempt(ann, assignment, 3, "IN_PROGRESS", true, 0, 3, hours(3), null);
        long r4 = fixture.response(practice, SIDECAR, older, "isolated", 0, hours(3));
        String token = fixture.token(trainer);
        String url = "/api/v1/classes/" + classId + "/responses";

        JsonNode items = json(fixture.get(token, url, "Accept-Language", "en")).path("items");

        assertThat(items).extracting(i -> i.path("responseId").asLong()).containsExactly(r1, r2, r3, r4);
        JsonNode first = items.get(0);
        assertThat(first.path("attemptId").asString()).isEqualTo(submitted.toString());
        assertThat(first.path("username").asString()).isEqualTo(fixture.username(ann));
        assertThat(first.path("assignmentId").asLong()).isEqualTo(assignment);
        assertThat(first.path("quizId").asString()).isEqualTo("golden-rules");
        assertThat(first.path("attemptNumber").asInt()).isEqualTo(1);
        assertThat(first.path("questionId").asString()).isEqualTo(SIDECAR);
        assertThat(first.path("questionVersion").asString()).isEqualTo(sidecar.version());
        assertThat(first.path("objectiveIds"))
                .extracting(JsonNode::asString)
                .containsExactlyElementsOf(sidecar.objectives());
        assertThat(first.path("answer").asString()).isEqualTo(optionText(sidecar, "localhost", Locale.ENGLISH));
        assertThat(first.path("storedAnswer").asString()).isEqualTo("localhost");
        assertThat(first.path("score").asDouble()).isEqualTo(1.0);
        assertThat(first.path("correct").asBoolean()).isTrue();
        assertThat(first.path("answeredAt").asString()).isEqualTo(hours(0).toString());
        assertThat(items.get(1).path("answer").asString()).isEqualTo("False");
        assertThat(items.get(1).path("correct").asBoolean()).isFalse();
        JsonNode imported = items.get(2);
        assertThat(imported.path("objectiveIds")).extracting(JsonNode::asString).containsExactly("imported-objective");
        assertThat(imported.path("correct").asBoolean()).as("partial credit").isFalse();
        assertThat(items.get(3).path("questionVersion").asString()).isEqualTo(older);
        assertThat(items.get(3).path("answer").asString()).isEqualTo("Isolated in an older version");

        JsonNode french = json(fixture.get(token, url, "Accept-Language", "fr")).path("items");
        assertThat(french.get(0).path("answer").asString()).isEqualTo(optionText(sidecar, "localhost", Locale.FRENCH));
        assertThat(french.get(1).path("answer").asString()).isEqualTo("Faux");

        // since: answers final since then (the submitted attempt's when it ended, the practice one's when given)
        assertThat(json(fixture.get(token, url + "?since=" + hours(2))).path("items"))
                .extracting(i -> i.path("responseId").asLong())
                .containsExactly(r4);
        assertThat(json(fixture.get(token, url + "?since=" + hours(1))).path("items"))
                .hasSize(4);

        List<List<String>> rows = csv(
                fixture.get(token, url + "?format=csv", "Accept-Language", "en").getContentAsString(), ',');
        assertThat(rows.get(0))
                .containsExactly(
                        "responseId",
                        "attemptId",
                        "username",
                        "assignmentId",
                        "quizId",
                        "attemptNumber",
                        "questionId",
                        "questionVersion",
                        "objectiveIds",
                        "answer",
                        "storedAnswer",
                        "score",
                        "correct",
                        "answeredAt");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1).get(8)).isEqualTo(String.join("|", sidecar.objectives()));
        assertThat(rows.get(1).get(9)).isEqualTo(optionText(sidecar, "localhost", Locale.ENGLISH));
        assertThat(rows.get(3).subList(8, 13))
                .containsExactly(
                        "imported-objective",
                        optionText(sidecar, "node-nat", Locale.ENGLISH),
                        "node-nat",
                        "0.5",
                        "false");
    }

    private static String optionText(Question question, String optionId, Locale locale) {
        return ((ChoiceBody) question.body())
                .options().stream()
                        .filter(o -> o.id().equals(optionId))
                        .findFirst()
                        .orElseThrow()
                        .text()
                        .in(locale)
                        .replace("`", "");
    }

    /** Stores an older version of a question, whose option "isolated" read differently. */
    private String olderVersion(Question question) {
        String content = storedContent(question);
        String changed =
                content.replace(optionTextRaw(question, "isolated", Locale.ENGLISH), "Isolated in an older version");
        assertThat(changed).isNotEqualTo(content);
        jdbc.sql("INSERT INTO question_version (question_id, version, content, created_at) VALUES (?, ?, ?, ?)")
                .params(question.id(), "old00001", changed, java.sql.Timestamp.from(T0))
                .update();
        return "old00001";
    }

    /** A question outside the bank (as an imported one), known only by its stored version. */
    private void importedQuestion(Question model) {
        String content = storedContent(model)
                .replace("\"" + model.id() + "\"", "\"imported-q1\"")
                .replaceAll("\"objectives\":\\[[^]]*]", "\"objectives\":[\"imported-objective\"]");
        jdbc.sql("INSERT INTO question_version (question_id, version, content, created_at) VALUES (?, ?, ?, ?)")
                .params("imported-q1", "imp1", content, java.sql.Timestamp.from(T0))
                .update();
    }

    private String storedContent(Question question) {
        return jdbc.sql("SELECT content FROM question_version WHERE question_id = ? AND version = ?")
                .params(question.id(), question.version())
                .query(String.class)
                .single();
    }

    private static String optionTextRaw(Question question, String optionId, Locale locale) {
        return ((ChoiceBody) question.body())
                .options().stream()
                        .filter(o -> o.id().equals(optionId))
                        .findFirst()
                        .orElseThrow()
                        .text()
                        .in(locale);
    }

    @Test
    void masteryIsTheHeatMapsFigure() throws Exception {
        ExportFixture fixture = new ExportFixture(mvc, jdbc);
        Learner trainer = Classes.trainer(mvc);
        long classId = Classes.createClass(trainer, "Mastery");
        long assignment = Classes.assigned(trainer, jdbc, classId, "dns-names", "PRACTICE");
        long ann = fixture.learner(classId, "Ann");
        long bob = fixture.learner(classId, "Bob");
        List<Question> questions = new ArrayList<>(bank.questions());
        for (int i = 0; i < questions.size(); i += 3) {
            fixture.state(ann, questions.get(i).id(), i % 2 == 0 ? 1 : 0.5, hours(i % 5));
        }
        fixture.state(bob, questions.get(1).id(), 1, hours(30));
        String token = fixture.token(trainer);
        String url = "/api/v1/classes/" + classId + "/mastery";

        JsonNode items = json(fixture.get(token, url + "?limit=5000")).path("items");

        ClassDashboardView view = dashboard.load(classId, account(trainer), Locale.ENGLISH);
        Map<String, Integer> heat = new HashMap<>();
        for (ClassDashboardView.HeatRow row : view.heatMap()) {
            row.cells().forEach(c -> heat.put(row.username() + "/" + c.objectiveId(), c.percent()));
        }
        int objectives = bank.objectives().size();
        assertThat(items).hasSize(2 * objectives);
        for (JsonNode row : items) {
            assertThat(row.path("mastery").asInt())
                    .as(row.toString())
                    .isEqualTo(heat.get(row.path("username").asString() + "/"
                            + row.path("objectiveId").asString()));
        }
        assertThat(items)
                .extracting(i -> i.path("objectiveId").asString())
                .startsWith(view.heatMap().get(0).cells().stream()
                        .map(ClassDashboardView.HeatCell::objectiveId)
                        .toArray(String[]::new));
        assertThat(heat.values()).anyMatch(p -> p > 0);
        JsonNode bobsFirst = items.get(objectives);
        assertThat(bobsFirst.path("displayName").asString()).isEqualTo("Bob");

        // assignmentId: only the objectives its quiz covers; since: only those with an answer since then
        List<String> covered = bank.quiz("dns-names").orElseThrow().objectiveIds();
        JsonNode ofQuiz =
                json(fixture.get(token, url + "?assignmentId=" + assignment)).path("items");
        assertThat(ofQuiz).hasSize(2 * covered.size());
        assertThat(ofQuiz).allMatch(i -> covered.contains(i.path("objectiveId").asString()));
        JsonNode recent = json(fixture.get(token, url + "?since=" + hours(24))).path("items");
        assertThat(recent)
                .isNotEmpty()
                .allMatch(i -> i.path("displayName").asString().equals("Bob"));
        assertThat(recent)
                .extracting(i -> i.path("objectiveId").asString())
                .containsExactlyInAnyOrderElementsOf(questions.get(1).objectives());
        assertThat(recent.get(0).path("lastAnsweredAt").asString())
                .isEqualTo(hours(30).toString());

        List<List<String>> rows =
                csv(fixture.get(token, url + "?format=csv&sep=;").getContentAsString(), ';');
        assertThat(rows.get(0))
                .containsExactly(
                        "username", "displayName", "objectiveId", "mastery", "answered", "questions", "lastAnsweredAt");
        assertThat(rows).hasSize(1 + 2 * objectives);
        assertThat(rows.get(1).get(3)).isEqualTo(items.get(0).path("mastery").asString());
    }

    @Test
    void pagesGiveEveryRowOnceInOrder() throws Exception {
        ExportFixture fixture = new ExportFixture(mvc, jdbc);
        Learner trainer = Classes.trainer(mvc);
        long classId = Classes.createClass(trainer, "Pages");
        long first = Classes.assigned(trainer, jdbc, classId, "golden-rules", "PRACTICE");
        long second = Classes.assigned(trainer, jdbc, classId, "dns-names", "PRACTICE");
        Question sidecar = bank.question(SIDECAR).orElseThrow();
        List<Question> questions = new ArrayList<>(bank.questions()).subList(0, 4);
        for (int l = 0; l < 7; l++) {
            long learner = fixture.learner(classId, "Learner " + l);
            UUID attempt = fixture.attempt(learner, l % 2 == 0 ? first : second, 1, "SUBMITTED", false, 1, 2, T0, T0);
            fixture.response(attempt, sidecar.id(), sidecar.version(), "localhost", 1, hours(l));
            fixture.response(attempt, TRUE_FALSE, "v", "true", 1, hours(l));
            for (Question q : questions) {
                fixture.state(learner, q.id(), 1, hours(l));
            }
        }
        // a removed learner's answers sit between the others' and must not shorten a page
        long gone = fixture.learner(classId, "Gone");
        UUID goneAttempt = fixture.attempt(gone, first, 1, "SUBMITTED", false, 1, 2, T0, T0);
        fixture.response(goneAttempt, sidecar.id(), sidecar.version(), "localhost", 1, hours(1));
        fixture.remove(classId, gone);
        jdbc.sql("UPDATE attempt_response SET question_version = ? WHERE question_id = ?")
                .params(bank.question(TRUE_FALSE).orElseThrow().version(), TRUE_FALSE)
                .update();
        String token = fixture.token(trainer);

        for (String export : List.of("scores", "responses", "mastery")) {
            String url = "/api/v1/classes/" + classId + "/" + export;
            List<JsonNode> whole = new ArrayList<>();
            json(fixture.get(token, url + "?limit=5000")).path("items").forEach(whole::add);
            assertThat(whole).as(export).hasSizeGreaterThan(10);
            for (int limit : new int[] {1, 3, 4}) {
                assertThat(fixture.allPages(token, url, limit))
                        .as(export + " by " + limit)
                        .isEqualTo(whole);
            }
            List<List<String>> rows =
                    csv(fixture.get(token, url + "?format=csv").getContentAsString(), ',');
            assertThat(rows).as(export + " as CSV").hasSize(whole.size() + 1);
        }
        assertThat(fixture.allPages(token, "/api/v1/classes/" + classId + "/responses", 3))
                .hasSize(14)
                .noneMatch(i -> i.path("displayName").asString().equals("Gone"));
    }

    @Test
    void csvOverHttpNeutralisesFormulaNamesWithTheSeparatorAndBomAskedFor() throws Exception {
        ExportFixture fixture = new ExportFixture(mvc, jdbc);
        Learner trainer = Classes.trainer(mvc);
        long classId = Classes.createClass(trainer, "Formulas");
        Classes.assigned(trainer, jdbc, classId, "golden-rules", "PRACTICE");
        List<String> names = List.of(
                "=HYPERLINK(\"http://evil.example\",\"clic\")",
                "+cmd",
                "@SUM(A1:A3)",
                "-1+2",
                "\tTab",
                "\rReturn",
                "Dupont; \"Jo\", le\nretour",
                "Zoé");
        for (String name : names) {
            fixture.learner(classId, name);
        }
        String token = fixture.token(trainer);

        MockHttpServletResponse response = fixture.get(
                token,
                "/api/v1/classes/" + classId + "/scores?format=csv&sep=;&bom=true",
                "Accept",
                "application/json");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=");
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("username;displayName;assignmentId;quizId;attempts;grade;");
        List<List<String>> rows = csv(text, ';');
        assertThat(rows.subList(1, rows.size()))
                .extracting(row -> row.get(1))
                .containsExactly(
                        "'=HYPERLINK(\"http://evil.example\",\"clic\")",
                        "'+cmd",
                        "'@SUM(A1:A3)",
                        "'-1+2",
                        "'\tTab",
                        "'\rReturn",
                        "Dupont; \"Jo\", le\nretour",
                        "Zoé");
        assertThat(text).contains("\"Dupont; \"\"Jo\"\", le\nretour\"");
    }
}
