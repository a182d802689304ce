package io.kubequiz.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.TrueFalseBody;
import io.kubequiz.testing.Learner;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Item statistics end to end: learners answer an assignment through the real forms, the trainer reads the page and
 * the JSON API, and the figures are the ones worked out by hand below for that small data set.
 *
 * <p>The quiz is "golden-rules": 11 questions, each attempt has all of them, maximum 1 each. q1 is a single choice
 * (right option {@code localhost}), q2 a true/false, q3 a single choice; the learners leave the other 8 unanswered, so
 * they score 0 in every attempt.
 *
 * <pre>
 *   learner / attempt   q1              q2     q3   | total   finished
 *   L1 #1               1 (localhost)   1      –    |  2      yes
 *   L1 #2               1 (localhost)   1      1    |  3      yes
 *   L2 #1               1 (localhost)   0      –    |  1      yes
 *   L2 #2               0 (node-nat)    –      –    |  0      yes
 *   L3 #1               0 (node-nat)    0      –    |  0      yes
 *   L3 #2               1 (localhost)   –      –    |  –      no: in progress, never counted
 * </pre>
 */
@SpringBootTest
@AutoConfigureMockMvc
class ItemStatisticsFlowTest {

    private static final Offset<Double> EPS = within(1e-9);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String QUIZ = "golden-rules";
    private static final int P = 11;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuestionBank bank;

    private StatisticsScenario scenario;
    private Learner trainer;
    private long classId;
    private long assignmentId;
    private String q1;
    private String q2;
    private String q3;

    @BeforeEach
    void learnersAnswer() throws Exception {
        scenario = new StatisticsScenario(mvc, jdbc, bank);
        List<String> quiz = bank.quiz(QUIZ).orElseThrow().questionIds();
        assertThat(quiz).hasSize(P);
        q1 = quiz.get(0);
        q2 = quiz.get(1);
        q3 = quiz.get(2);
        assertThat(q1).isEqualTo("s71-sidecar-localhost");
        assertThat(scenario.question(q2).body()).isInstanceOf(TrueFalseBody.class);

        trainer = scenario.trainer().inEnglish();
        classId = scenario.createClass(trainer, "Stats group");
        assignmentId = scenario.assign(trainer, classId, QUIZ);
        Learner l1 = scenario.learnerIn(classId);
        Learner l2 = scenario.learnerIn(classId);
        Learner l3 = scenario.learnerIn(classId);

        UUID a = scenario.start(l1, assignmentId);
        scenario.pick(l1, a, q1, "localhost");
        scenario.right(l1, a, q2);
        scenario.submit(l1, a);
        a = scenario.start(l1, assignmentId);
        scenario.pick(l1, a, q1, "localhost");
        scenario.right(l1, a, q2);
        scenario.right(l1, a, q3);
        scenario.submit(l1, a);

        a = scenario.start(l2, assignmentId);
        scenario.pick(l2, a, q1, "localhost");
        scenario.wrong(l2, a, q2);
        scenario.submit(l2, a);
        a = scenario.start(l2, assignmentId);
        scenario.pick(l2, a, q1, "node-nat");
        scenario.submit(l2, a);

        a = scenario.start(l3, assignmentId);
        scenario.pick(l3, a, q1, "node-nat");
        scenario.wrong(l3, a, q2);
        scenario.submit(l3, a);
        a = scenario.start(l3, assignmentId);
        scenario.pick(l3, a, q1, "localhost"); // left in progress
    }

    private String api(String attempts) {
        return "/api/v1/classes/" + classId + "/assignments/" + assignmentId + "/item-statistics"
                + (attempts == null ? "" : "?attempts=" + attempts);
    }

    private String page(String attempts) {
        return "/classes/" + classId + "/assignments/" + assignmentId + "/statistics"
                + (attempts == null ? "" : "?attempts=" + attempts);
    }

    private JsonNode json(String attempts) throws Exception {
        MvcResult result = trainer.get(api(attempts));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("application/json");
        return JSON.readTree(result.getResponse().getContentAsString());
    }

    private static JsonNode question(JsonNode report, String id) {
        for (JsonNode q : report.get("questions")) {
            if (q.get("questionId").asString().equals(id)) {
                return q;
            }
        }
        throw new AssertionError("no question " + id);
    }

    private static double pickRate(JsonNode question, String optionId) {
        for (JsonNode o : question.get("options")) {
            if (o.get("optionId").asString().equals(optionId)) {
                return o.get("pickRate").doubleValue();
            }
        }
        throw new AssertionError("no option " + optionId);
    }

    /** The field is in the JSON, as null (not dropped, not 0). */
    private static void assertNull(JsonNode node, String field) {
        assertThat(node.has(field)).as(field + " present").isTrue();
        assertThat(node.get(field).isNull()).as(field + " is null").isTrue();
    }

    private String rightTrueFalse() {
        return Boolean.toString(((TrueFalseBody) scenario.question(q2).body()).answer());
    }

    private String wrongTrueFalse() {
        return Boolean.toString(!((TrueFalseBody) scenario.question(q2).body()).answer());
    }

    @Test
    void firstAttemptsByDefaultAsJsonWithTheHandComputedFigures() throws Exception {
        JsonNode report = json(null);

        /*
         * First finished attempts: L1 #1 (1, 1, 0, …), L2 #1 (1, 0, 0, …), L3 #1 (0, 0, 0, …); totals (2, 1, 0).
         * q1 = (1, 1, 0): facility 200/3; mean 2/3, dev (1/3, 1/3, −2/3), var = (6/9)/2 = 1/3 → SD 100/√3
         *   rest = (1, 0, 0): var 1/3; Σ cross = 2/9 − 1/9 + 2/9 = 1/3 → cov 1/6 → r = (1/6)/(1/3) = .5 → 50
         *   sorted (0, 1, 1) and (0, 0, 1): Σ cross = 1/3 → cov_max 1/6 → efficiency 100
         * q2 = (1, 0, 0): facility 100/3, SD 100/√3; rest = (1, 1, 0): the same reasoning → 50 and 100
         * q3 … q11 = 0 everywhere: facility 0 (flagged: below 20), SD 0, discrimination and efficiency null
         * totals (2, 1, 0) of 11: mean 1 → 100/11; median 1 → 100/11; var 1 → SD 100/11
         *   Σ var = 1/3 + 1/3 = 2/3; alpha = 100 × 11/10 × (1 − (2/3)/1) = 110/3 = 36.667
         *   error ratio = 100 √(1 − 11/30) = 100 √(19/30); standard error = (100/11) √(19/30)
         */
        assertThat(report.get("attemptSelection").asString()).isEqualTo("first");
        assertThat(report.get("quizId").asString()).isEqualTo(QUIZ);
        JsonNode test = report.get("test");
        assertThat(test.get("attempts").intValue()).isEqualTo(3);
        assertThat(test.get("mean").doubleValue()).isCloseTo(100.0 / 11, EPS);
        assertThat(test.get("median").doubleValue()).isCloseTo(100.0 / 11, EPS);
        assertThat(test.get("standardDeviation").doubleValue()).isCloseTo(100.0 / 11, EPS);
        assertThat(test.get("cronbachAlpha").doubleValue()).isCloseTo(110.0 / 3, EPS);
        assertThat(test.get("errorRatio").doubleValue()).isCloseTo(100 * Math.sqrt(19.0 / 30), EPS);
        assertThat(test.get("standardError").doubleValue()).isCloseTo(100.0 / 11 * Math.sqrt(19.0 / 30), EPS);
        assertThat(test.get("sameQuestions").booleanValue()).isTrue();

        JsonNode questions = report.get("questions");
        assertThat(questions).hasSize(P);
        JsonNode first = questions.get(0);
        assertThat(first.get("questionId").asString()).isEqualTo(q1);
        assertThat(first.get("position").intValue()).isEqualTo(1);
        assertThat(first.get("type").asString()).isEqualTo("SINGLE_CHOICE");
        assertThat(first.get("attempts").intValue()).isEqualTo(3);
        assertThat(first.get("facilityIndex").doubleValue()).isCloseTo(200.0 / 3, EPS);
        assertThat(first.get("standardDeviation").doubleValue()).isCloseTo(100 / Math.sqrt(3), EPS);
        assertThat(first.get("discriminationIndex").doubleValue()).isCloseTo(50, EPS);
        assertThat(first.get("discriminativeEfficiency").doubleValue()).isCloseTo(100, EPS);
        assertThat(first.get("flagged").booleanValue()).isFalse();
        assertThat(first.get("flagReasons")).isEmpty();
        // q1's options: localhost picked 2 times in 3, node-nat once, the others never; localhost is the right one.
        assertThat(pickRate(first, "localhost")).isCloseTo(2.0 / 3, EPS);
        assertThat(pickRate(first, "node-nat")).isCloseTo(1.0 / 3, EPS);
        assertThat(pickRate(first, "container-ip")).isZero();
        assertThat(pickRate(first, "isolated")).isZero();
        for (JsonNode option : first.get("options")) {
            assertThat(option.get("correct").booleanValue())
                    .isEqualTo(option.get("optionId").asString().equals("localhost"));
        }

        JsonNode second = question(report, q2);
        assertThat(second.get("position").intValue()).isEqualTo(2);
        assertThat(second.get("type").asString()).isEqualTo("TRUE_FALSE");
        assertThat(second.get("facilityIndex").doubleValue()).isCloseTo(100.0 / 3, EPS);
        assertThat(second.get("discriminationIndex").doubleValue()).isCloseTo(50, EPS);
        assertThat(second.get("discriminativeEfficiency").doubleValue()).isCloseTo(100, EPS);
        assertThat(pickRate(second, rightTrueFalse())).isCloseTo(1.0 / 3, EPS);
        assertThat(pickRate(second, wrongTrueFalse())).isCloseTo(2.0 / 3, EPS);

        JsonNode third = question(report, q3);
        assertThat(third.get("facilityIndex").doubleValue()).isZero();
        assertThat(third.get("standardDeviation").doubleValue()).isZero();
        assertNull(third, "discriminationIndex");
        assertNull(third, "discriminativeEfficiency");
        assertThat(third.get("flagged").booleanValue()).isTrue();
        assertThat(third.get("flagReasons").get(0).asString()).isEqualTo("FACILITY_BELOW_20");
        assertThat(third.get("options")).isNotEmpty().allSatisfy(option -> {
            assertThat(option.get("picks").intValue()).isZero(); // nobody answered q3 in a first attempt
            assertThat(option.get("pickRate").doubleValue()).isZero();
        });

        assertThat(json("first").toString()).isEqualTo(report.toString());
    }

    @Test
    void allFinishedAttemptsAsJsonWithTheHandComputedFigures() throws Exception {
        JsonNode report = json("all");

        /*
         * Every finished attempt (the one in progress is not): A = L1 #1 (1, 1, 0), B = L1 #2 (1, 1, 1),
         * C = L2 #1 (1, 0, 0), D = L2 #2 (0, 0, 0), E = L3 #1 (0, 0, 0); totals (2, 3, 1, 0, 0).
         * q1 = (1, 1, 1, 0, 0): facility 60; dev (.4, .4, .4, −.6, −.6), Σ² = 1.2, var .3 → SD 100√.3
         *   rest = (1, 2, 0, 0, 0), mean .6, dev (.4, 1.4, −.6, −.6, −.6), Σ² = 3.2, var .8
         *   Σ cross = .16 + .56 − .24 + .36 + .36 = 1.2, cov .3 → r = .3/√(.3 × .8) = √(3/8) → 100√(3/8) = 61.237
         *   sorted (0, 0, 1, 1, 1) and (0, 0, 0, 1, 2): Σ cross = .36 + .36 − .24 + .16 + .56 = 1.2 → efficiency 100
         * q2 = (1, 1, 0, 0, 0): facility 40, var .3 → SD 100√.3
         *   rest = (1, 2, 1, 0, 0), mean .8, dev (.2, 1.2, .2, −.8, −.8), Σ² = 2.8, var .7
         *   Σ cross = .12 + .72 − .08 + .32 + .32 = 1.4, cov .35 → r = .35/√.21 = √(7/12) → 76.376
         *   sorted (0, 0, 0, 1, 1) and (0, 0, 1, 1, 2): Σ cross = .32 + .32 − .08 + .12 + .72 = 1.4 → efficiency 100
         * q3 = (0, 1, 0, 0, 0): facility exactly 20 (not flagged: the threshold is strict); dev (−.2, .8, −.2, −.2, −.2),
         *   Σ² = .8, var .2 → SD 100√.2; rest = (2, 2, 1, 0, 0), mean 1, var 1
         *   Σ cross = −.2 + .8 + 0 + .2 + .2 = 1, cov .25 → r = .25/√.2 = √(5/16) → 25√5 = 55.902
         *   sorted (0, 0, 0, 0, 1) and (0, 0, 1, 2, 2): Σ cross = .2 + .2 + 0 − .2 + .8 = 1 → efficiency 100
         * totals (2, 3, 1, 0, 0) of 11: mean 1.2 → 120/11; median 1 → 100/11
         *   dev (.8, 1.8, −.2, −1.2, −1.2), Σ² = 6.8, var 1.7 → SD 100√1.7/11
         *   Σ var = .3 + .3 + .2 = .8; alpha = 100 × 11/10 × (1 − .8/1.7) = 110 × 9/17 = 990/17 = 58.235
         *   error ratio = 100 √(1 − 99/170) = 100 √(71/170); standard error = √(71/170) × 100√1.7/11 = 100√.71/11
         */
        JsonNode test = report.get("test");
        assertThat(test.get("attempts").intValue()).isEqualTo(5);
        assertThat(test.get("mean").doubleValue()).isCloseTo(120.0 / 11, EPS);
        assertThat(test.get("median").doubleValue()).isCloseTo(100.0 / 11, EPS);
        assertThat(test.get("standardDeviation").doubleValue()).isCloseTo(100 * Math.sqrt(1.7) / 11, EPS);
        assertThat(test.get("cronbachAlpha").doubleValue()).isCloseTo(990.0 / 17, EPS);
        assertThat(test.get("errorRatio").doubleValue()).isCloseTo(100 * Math.sqrt(71.0 / 170), EPS);
        assertThat(test.get("standardError").doubleValue()).isCloseTo(100 * Math.sqrt(0.71) / 11, EPS);

        JsonNode first = question(report, q1);
        assertThat(first.get("attempts").intValue()).isEqualTo(5);
        assertThat(first.get("facilityIndex").doubleValue()).isCloseTo(60, EPS);
        assertThat(first.get("standardDeviation").doubleValue()).isCloseTo(100 * Math.sqrt(0.3), EPS);
        assertThat(first.get("discriminationIndex").doubleValue()).isCloseTo(100 * Math.sqrt(3.0 / 8), EPS);
        assertThat(first.get("discriminativeEfficiency").doubleValue()).isCloseTo(100, EPS);
        // localhost in A, B, C; node-nat in D, E.
        assertThat(pickRate(first, "localhost")).isCloseTo(0.6, EPS);
        assertThat(pickRate(first, "node-nat")).isCloseTo(0.4, EPS);

        JsonNode second = question(report, q2);
        assertThat(second.get("facilityIndex").doubleValue()).isCloseTo(40, EPS);
        assertThat(second.get("discriminationIndex").doubleValue()).isCloseTo(100 * Math.sqrt(7.0 / 12), EPS);
        assertThat(second.get("discriminativeEfficiency").doubleValue()).isCloseTo(100, EPS);
        // right in A and B, wrong in C and E, unanswered in D: the rates need not add up to 1.
        assertThat(pickRate(second, rightTrueFalse())).isCloseTo(0.4, EPS);
        assertThat(pickRate(second, wrongTrueFalse())).isCloseTo(0.4, EPS);

        JsonNode third = question(report, q3);
        assertThat(third.get("facilityIndex").doubleValue()).isEqualTo(20.0);
        assertThat(third.get("standardDeviation").doubleValue()).isCloseTo(100 * Math.sqrt(0.2), EPS);
        assertThat(third.get("discriminationIndex").doubleValue()).isCloseTo(25 * Math.sqrt(5), EPS);
        assertThat(third.get("discriminativeEfficiency").doubleValue()).isCloseTo(100, EPS);
        assertThat(third.get("flagged").booleanValue()).isFalse();
    }

    @Test
    void lastAndBestAttemptsPickTheirOwnAttempts() throws Exception {
        /*
         * last: L1 #2 (1, 1, 1), L2 #2 (0, 0, 0), L3 #1 (0, 0, 0) → q1 facility 100/3, q3 100/3;
         *   q1 picks: localhost once, node-nat twice.
         * best: L1 #2 (3 of 11), L2 #1 (1 of 11, better than #2), L3 #1 (its only finished one)
         *   → (1, 1, 1), (1, 0, 0), (0, 0, 0): q1 facility 200/3, q2 100/3, q3 100/3.
         */
        JsonNode last = json("last");
        assertThat(last.get("test").get("attempts").intValue()).isEqualTo(3);
        assertThat(question(last, q1).get("facilityIndex").doubleValue()).isCloseTo(100.0 / 3, EPS);
        assertThat(question(last, q3).get("facilityIndex").doubleValue()).isCloseTo(100.0 / 3, EPS);
        assertThat(pickRate(question(last, q1), "node-nat")).isCloseTo(2.0 / 3, EPS);

        JsonNode best = json("best");
        assertThat(best.get("test").get("attempts").intValue()).isEqualTo(3);
        assertThat(question(best, q1).get("facilityIndex").doubleValue()).isCloseTo(200.0 / 3, EPS);
        assertThat(question(best, q2).get("facilityIndex").doubleValue()).isCloseTo(100.0 / 3, EPS);
        assertThat(question(best, q3).get("facilityIndex").doubleValue()).isCloseTo(100.0 / 3, EPS);
        // Mean of the totals (3, 1, 0) of 11: 100 × (4/3)/11.
        assertThat(best.get("test").get("mean").doubleValue()).isCloseTo(400.0 / 33, EPS);
    }

    private static String row(String html, int position) {
        int start = html.indexOf("id=\"question-" + position + "\"");
        assertThat(start).as("row of question " + position).isPositive();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void thePageShowsTheSameFiguresInEnglishWithDashesFlagsInWordsAndTheRightOption() throws Exception {
        MvcResult result = trainer.get(page(null));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String html = result.getResponse().getContentAsString();

        // The selector is a GET form; "first" is selected by default.
        assertThat(html).contains("<form method=\"get\"").contains("name=\"attempts\"");
        assertThat(html).containsPattern("<option value=\"first\" selected=\"selected\">");
        // Test summary (values of firstAttemptsByDefault…, two decimals).
        assertThat(html)
                .contains(">3</td>")
                .contains("9.09%") // mean, median and SD
                .contains("36.67%") // alpha
                .contains("79.58%") // error ratio: 100 √(19/30) = 79.582
                .contains("7.23%"); // standard error: (100/11) √(19/30) = 7.235
        String first = row(html, 1);
        assertThat(first)
                .contains("In a Pod, the app container listens on port 8080.") // stem excerpt, Markdown removed
                .contains("Single choice")
                .contains("66.67%")
                .contains("57.74%")
                .contains("50.00%")
                .contains("100.00%")
                .contains("picked in 66.67% (2 of 3)")
                .contains("picked in 33.33% (1 of 3)")
                .contains("right answer")
                .contains(">no<");
        // The right answer's badge follows the right option's pick rate.
        assertThat(first).containsPattern("picked in 66.67% \\(2 of 3\\)</span>\\s*<strong[^>]*>right answer");
        String third = row(html, 3);
        assertThat(third)
                .contains("0.00%")
                .contains("Too hard: facility below 20%")
                .contains("title=\"not defined for these attempts\">—</abbr>");
        assertThat(html).contains("What these figures mean");
        assertThat(html).doesNotContain("NaN").doesNotContain("null");
    }

    @Test
    void thePageInFrenchAndWithAllAttempts() throws Exception {
        Learner french = Learner.logIn(mvc, trainer.username(), "trainer-pass-1");
        String html = french.get(page("all")).getResponse().getContentAsString();

        assertThat(html).containsPattern("<option value=\"all\" selected=\"selected\">");
        assertThat(html)
                .contains("Toutes les tentatives terminées")
                .contains("58,24\u00a0%") // alpha 990/17
                .contains("10,91\u00a0%") // mean 120/11
                .contains("Ce que veulent dire ces chiffres");
        String third = row(html, 3);
        assertThat(third).contains("20,00\u00a0%").contains(">non<"); // facility exactly 20: not flagged
        assertThat(row(html, 4)).contains("Trop difficile\u00a0: facilité inférieure à 20\u00a0%");
    }

    @Test
    void bestBreaksTiesByTheEarliestAttempt() throws Exception {
        /*
         * A new class where one learner fails q1 twice with different wrong options, both 0 of 11: "best" keeps the
         * first of the two (node-nat), "last" the second (isolated).
         */
        long otherClass = scenario.createClass(trainer, "Ties");
        long otherAssignment = scenario.assign(trainer, otherClass, QUIZ);
        Learner learner = scenario.learnerIn(otherClass);
        UUID a = scenario.start(learner, otherAssignment);
        scenario.pick(learner, a, q1, "node-nat");
        scenario.submit(learner, a);
        a = scenario.start(learner, otherAssignment);
        scenario.pick(learner, a, q1, "isolated");
        scenario.submit(learner, a);
        String base = "/api/v1/classes/" + otherClass + "/assignments/" + otherAssignment + "/item-statistics";

        JsonNode best =
                JSON.readTree(trainer.get(base + "?attempts=best").getResponse().getContentAsString());
        JsonNode last =
                JSON.readTree(trainer.get(base + "?attempts=last").getResponse().getContentAsString());

        assertThat(pickRate(question(best, q1), "node-nat")).isEqualTo(1.0);
        assertThat(pickRate(question(last, q1), "isolated")).isEqualTo(1.0);
        // One attempt: the means are defined, every spread is null.
        assertThat(best.get("test").get("mean").doubleValue()).isZero();
        assertNull(best.get("test"), "standardDeviation");
        assertNull(best.get("test"), "cronbachAlpha");
        assertNull(question(best, q1), "standardDeviation");
    }

    @Test
    void anAttemptWithEveryQuestionAnsweredContainedExactlyThoseQuestions() throws Exception {
        /*
         * A new class: learner A answers all 11 questions right, learner B answers q1 right and leaves the rest.
         * Both attempts contained the 11 questions (A's from its answers, B's from its items):
         *   q1 = (1, 1): facility 100 (flagged: above 95), SD 0, discrimination null (constant)
         *   q2 … q11 = (1, 0): facility 50, var = .5 → SD 100√.5; rest = (10, 1) moves with it → discrimination 100
         *   totals (11, 1) of 11: mean 6 → 600/11; var = 50 → SD 100√50/11
         *   Σ var = 0 + 10 × .5 = 5; alpha = 100 × 11/10 × (1 − 5/50) = 99; error ratio = 100√.01 = 10;
         *   standard error = 10 × (100√50/11)/100 = 10√50/11
         */
        long otherClass = scenario.createClass(trainer, "Everything answered");
        long other = scenario.assign(trainer, otherClass, QUIZ);
        Learner a = scenario.learnerIn(otherClass);
        UUID attempt = scenario.start(a, other);
        for (String question : scenario.questions(attempt)) {
            scenario.right(a, attempt, question);
        }
        scenario.submit(a, attempt);
        Learner b = scenario.learnerIn(otherClass);
        attempt = scenario.start(b, other);
        scenario.right(b, attempt, q1);
        scenario.submit(b, attempt);

        JsonNode report = JSON.readTree(
                trainer.get("/api/v1/classes/" + otherClass + "/assignments/" + other + "/item-statistics")
                        .getResponse()
                        .getContentAsString());

        assertThat(report.get("questions"))
                .hasSize(P)
                .allSatisfy(q -> assertThat(q.get("attempts").intValue()).isEqualTo(2));
        JsonNode first = question(report, q1);
        assertThat(first.get("facilityIndex").doubleValue()).isCloseTo(100, EPS);
        assertThat(first.get("flagReasons").get(0).asString()).isEqualTo("FACILITY_ABOVE_95");
        assertNull(first, "discriminationIndex");
        JsonNode second = question(report, q2);
        assertThat(second.get("facilityIndex").doubleValue()).isCloseTo(50, EPS);
        assertThat(second.get("standardDeviation").doubleValue()).isCloseTo(100 * Math.sqrt(0.5), EPS);
        assertThat(second.get("discriminationIndex").doubleValue()).isCloseTo(100, EPS);
        JsonNode test = report.get("test");
        assertThat(test.get("sameQuestions").booleanValue()).isTrue();
        assertThat(test.get("mean").doubleValue()).isCloseTo(600.0 / 11, EPS);
        assertThat(test.get("standardDeviation").doubleValue()).isCloseTo(100 * Math.sqrt(50) / 11, EPS);
        assertThat(test.get("cronbachAlpha").doubleValue()).isCloseTo(99, EPS);
        assertThat(test.get("errorRatio").doubleValue()).isCloseTo(10, EPS);
        assertThat(test.get("standardError").doubleValue()).isCloseTo(10 * Math.sqrt(50) / 11, EPS);
    }

    @Test
    void theClassesApiListsTheTrainersClassesWithTheirAssignments() throws Exception {
        MvcResult result = trainer.get("/api/v1/classes");
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode classes = JSON.readTree(result.getResponse().getContentAsString());

        assertThat(classes).hasSize(1);
        JsonNode theClass = classes.get(0);
        assertThat(theClass.get("id").longValue()).isEqualTo(classId);
        assertThat(theClass.get("name").asString()).isEqualTo("Stats group");
        assertThat(theClass.get("archived").booleanValue()).isFalse();
        assertThat(theClass.get("learners").intValue()).isEqualTo(3);
        JsonNode assignment = theClass.get("assignments").get(0);
        assertThat(assignment.get("id").longValue()).isEqualTo(assignmentId);
        assertThat(assignment.get("quizId").asString()).isEqualTo(QUIZ);
        assertThat(assignment.get("mode").asString()).isEqualTo("PRACTICE");
        assertThat(assignment.get("opensAt").asString()).isEqualTo("2020-01-01T07:00:00Z"); // 08:00 in Paris
        assertNull(assignment, "closesAt");
    }

    @Test
    void aQuizThatDrawsItsQuestionsAtRandomCountsEachQuestionOverTheAttemptsThatHadIt() throws Exception {
        long otherClass = scenario.createClass(trainer, "Review");
        long review = scenario.assign(trainer, otherClass, "chapter-review");
        Set<String> union = new HashSet<>();
        int drawn = 0;
        for (int k = 0; k < 2; k++) {
            Learner learner = scenario.learnerIn(otherClass);
            UUID a = scenario.start(learner, review);
            List<String> questions = scenario.questions(a);
            union.addAll(questions);
            drawn += questions.size();
            scenario.right(learner, a, questions.get(0));
            scenario.submit(learner, a);
        }
        assertThat(drawn).isEqualTo(50); // 25 of the 127 questions each
        assertThat(union).hasSizeGreaterThan(25); // two draws of 25 out of 127 are (all but surely) different

        JsonNode report = JSON.readTree(
                trainer.get("/api/v1/classes/" + otherClass + "/assignments/" + review + "/item-statistics")
                        .getResponse()
                        .getContentAsString());

        assertThat(report.get("questions")).hasSize(union.size());
        int asked = 0;
        for (JsonNode q : report.get("questions")) {
            asked += q.get("attempts").intValue();
            if (q.get("attempts").intValue() == 1) {
                assertNull(q, "standardDeviation"); // one attempt had it: no spread, and not 0
            }
        }
        assertThat(asked).isEqualTo(50);
        JsonNode test = report.get("test");
        assertThat(test.get("sameQuestions").booleanValue()).isFalse();
        assertNull(test, "cronbachAlpha");
        assertNull(test, "errorRatio");
        assertNull(test, "standardError");
        // Each learner got 1 of 25: totals 4 % of their own 25 questions, not of the 40-odd in the union.
        assertThat(test.get("mean").doubleValue()).isCloseTo(4, EPS);
        assertThat(test.get("standardDeviation").doubleValue()).isZero();

        String html = trainer.get("/classes/" + otherClass + "/assignments/" + review + "/statistics")
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("did not all have the same questions");
    }
}
