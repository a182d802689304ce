package io.kubequiz.dashboard;

import static io.kubequiz.testing.Learner.none;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.testing.Learner;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The trainer's class dashboard, live fragment and learner page over a class built through the real flows, with
 * figures worked out by hand: a practice assignment of "golden-rules" (11 questions, graded by the highest attempt).
 *
 * <ul>
 *   <li>A answers the 10 questions that are not a matching one right: 10/11 = 90.9 %;
 *   <li>B picks "node-nat" on the sidecar question (0 %), then in a second attempt gets the 3 true/false right
 *       (27.3 %): grade 27.3;
 *   <li>C picks "node-nat" on the sidecar question and gets the 5 other single-choice questions right: 45.5 %;
 *   <li>D picks "isolated" on the sidecar question and does not finish.
 * </ul>
 *
 * So completion is 3 of 4, mean (90.9 + 27.3 + 45.5) / 3 = 54.5, median 45.5, grades in the bins 20–29, 40–49 and
 * 90–100, and the sidecar question has 4 answers (3 wrong) with a mean of 25 %.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DashboardStatementCounter.class)
class ClassDashboardFlowTest {

    static final String QUIZ = "golden-rules";
    static final String SIDECAR = "s71-sidecar-localhost";
    static final List<String> TRUE_FALSE =
            List.of("s71-no-nat-between-nodes", "s71-golden-rules-naming", "s71-hostnetwork-no-nat");
    static final List<String> OTHER_SINGLE = List.of(
            "s71-node-agents-scope",
            "s71-fourth-rule-status",
            "s71-wide-output-direct-ip",
            "s71-same-port-two-containers",
            "s71-golden-rules-list");
    static final String MULTIPLE = "s71-model-statements";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    QuestionBank bank;

    DashboardFixture fixture;
    Learner trainer;
    long classId;
    long assignmentId;
    Learner a;
    Learner b;
    Learner c;
    Learner d;

    @BeforeEach
    void buildTheClass() throws Exception {
        fixture = new DashboardFixture(mvc, jdbc, bank);
        trainer = fixture.trainer();
        classId = fixture.createClass(trainer, "Dashboard group");
        assignmentId = fixture.assign(trainer, classId, QUIZ);
        a = fixture.learnerIn(classId);
        b = fixture.learnerIn(classId);
        c = fixture.learnerIn(classId);
        d = fixture.learnerIn(classId);

        UUID attemptA = fixture.start(a, assignmentId);
        fixture.right(a, attemptA, SIDECAR);
        for (String q : TRUE_FALSE) {
            fixture.right(a, attemptA, q);
        }
        for (String q : OTHER_SINGLE) {
            fixture.right(a, attemptA, q);
        }
        fixture.right(a, attemptA, MULTIPLE);
        fixture.submit(a, attemptA);

        UUID firstB = fixture.start(b, assignmentId);
        fixture.pick(b, firstB, SIDECAR, "node-nat");
        fixture.submit(b, firstB);
        UUID secondB = fixture.start(b, assignmentId);
        for (String q : TRUE_FALSE) {
            fixture.right(b, secondB, q);
        }
        fixture.submit(b, secondB);

        UUID attemptC = fixture.start(c, assignmentId);
        fixture.pick(c, attemptC, SIDECAR, "node-nat");
        for (String q : OTHER_SINGLE) {
            fixture.right(c, attemptC, q);
        }
        fixture.submit(c, attemptC);

        UUID attemptD = fixture.start(d, assignmentId);
        fixture.pick(d, attemptD, SIDECAR, "isolated");
    }

    private String page(Learner who, String url) throws Exception {
        var response = who.get(url).getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private String dashboardUrl() {
        return "/classes/" + classId + "/dashboard";
    }

    private String learnerUrl(Learner learner) {
        return "/classes/" + classId + "/learners/" + fixture.userId(learner);
    }

    /** The HTML of the element that has this attribute (up to the end of the first {@code end} tag). */
    private static String element(String html, String attribute, String end) {
        int at = html.indexOf(attribute);
        assertThat(at).as(attribute).isGreaterThanOrEqualTo(0);
        return html.substring(at, html.indexOf(end, at));
    }

    private static String cell(String row, String objective) {
        Matcher m = Pattern.compile("class=\"(heat heat-\\d+)\" data-objective=\"" + objective + "\">([^<]*)</td>")
                .matcher(row);
        assertThat(m.find()).as(objective).isTrue();
        return m.group(1) + " " + m.group(2);
    }

    /** Mastery of an objective worked out from the bank: the share of its questions answered right. */
    private int mastery(String objective, List<String> rightQuestions) {
        long onObjective = bank.questions().stream()
                .filter(q -> q.objectives().contains(objective))
                .count();
        long right = rightQuestions.stream()
                .filter(id -> fixture.question(id).objectives().contains(objective))
                .count();
        return (int) Math.round(100.0 * right / onObjective);
    }

    private static String expectedCell(int percent) {
        return "heat heat-" + Math.min(10, percent / 10) + " " + percent + "%";
    }

    @Test
    void theClassPageShowsCompletionGradesAndTheHistogram() throws Exception {
        String html = page(trainer, dashboardUrl());

        String result = element(html, "data-assignment=\"" + assignmentId + "\"", "</article>");
        assertThat(result)
                .contains("data-figure=\"completion\">3 of 4 finished (75%)</dd>")
                .contains("data-figure=\"mean\">54.5%</dd>")
                .contains("data-figure=\"median\">45.5%</dd>")
                .contains("data-bins=\"0,0,1,0,1,0,0,0,0,1\"")
                .contains("The four golden rules");
        // The same numbers as a table, the chart's alternative and the page without JavaScript.
        String table = element(result, "histogram-table", "</table>");
        assertThat(Pattern.compile("<td class=\"text-center\">(\\d+)</td>")
                        .matcher(table)
                        .results()
                        .map(r -> r.group(1))
                        .toList())
                .containsExactly("0", "0", "1", "0", "1", "0", "0", "0", "0", "1");
        Matcher chart = Pattern.compile("src=\"(/webjars/chart\\.js/[0-9.]+/dist/chart\\.umd\\.js)\"")
                .matcher(html);
        assertThat(chart.find()).isTrue();
        assertThat(trainer.get(chart.group(1)).getResponse().getStatus()).isEqualTo(200);
        assertThat(html).containsPattern("src=\"/js/dashboard-[0-9a-f]{32}\\.js\"");
    }

    @Test
    void theHeatMapShowsEachLearnersMasteryAsTextAndShade() throws Exception {
        String html = page(trainer, dashboardUrl());
        List<String> rightOfA = new java.util.ArrayList<>(List.of(SIDECAR, MULTIPLE));
        rightOfA.addAll(TRUE_FALSE);
        rightOfA.addAll(OTHER_SINGLE);

        String rowA = element(html, "data-heat-learner=\"" + fixture.userId(a) + "\"", "</tr>");
        String rowB = element(html, "data-heat-learner=\"" + fixture.userId(b) + "\"", "</tr>");
        String rowD = element(html, "data-heat-learner=\"" + fixture.userId(d) + "\"", "</tr>");

        assertThat(cell(rowA, "th-golden-rules")).isEqualTo(expectedCell(mastery("th-golden-rules", rightOfA)));
        assertThat(cell(rowA, "th-pod-ip")).isEqualTo(expectedCell(mastery("th-pod-ip", rightOfA)));
        assertThat(cell(rowB, "th-golden-rules")).isEqualTo(expectedCell(mastery("th-golden-rules", TRUE_FALSE)));
        assertThat(cell(rowD, "th-golden-rules")).isEqualTo("heat heat-0 0%");
        assertThat(cell(rowD, "pr-diagnose")).isEqualTo("heat heat-0 0%");
        assertThat(rowA).contains("href=\"" + learnerUrl(a) + "\"");
        assertThat(html).contains("scope=\"colgroup\"").contains("Knowledge").contains("DevOps mindset");
    }

    @Test
    void theStrugglingLearnersAndTheMostMissedQuestionsWithTheirWrongAnswersAsText() throws Exception {
        String html = page(trainer, dashboardUrl());

        String struggling = element(html, "class=\"table table-sm align-middle struggling\"", "</table>");
        List<String> order = Pattern.compile("data-learner=\"(\\d+)\"")
                .matcher(struggling)
                .results()
                .map(r -> r.group(1))
                .toList();
        assertThat(order).hasSize(4);
        assertThat(order.get(0)).isEqualTo(String.valueOf(fixture.userId(d)));
        assertThat(order.get(3)).isEqualTo(String.valueOf(fixture.userId(a)));
        assertThat(element(struggling, "data-learner=\"" + fixture.userId(a) + "\"", "</tr>"))
                .contains("90.9%");

        String missed = element(html, "class=\"table table-sm align-top missed\"", "</table>");
        assertThat(Pattern.compile("data-question=\"([^\"]+)\"")
                        .matcher(missed)
                        .results()
                        .map(r -> r.group(1))
                        .toList())
                .containsExactly(SIDECAR);
        String sidecar = element(missed, "data-question=\"" + SIDECAR + "\"", "</tr>");
        ChoiceBody body = (ChoiceBody) fixture.question(SIDECAR).body();
        String nodeNat = HtmlUtils.htmlEscape(text(body, "node-nat"));
        String isolated = HtmlUtils.htmlEscape(text(body, "isolated"));
        assertThat(sidecar)
                .contains("<td class=\"text-end\">4</td>")
                .contains("25.0%")
                .contains("In a Pod, the app container listens on port 8080.");
        assertThat(sidecar.indexOf(nodeNat)).isPositive().isLessThan(sidecar.indexOf(isolated));
        assertThat(sidecar).contains("given 2 times").contains("given once");
        assertThat(sidecar).doesNotContain(HtmlUtils.htmlEscape(text(body, "localhost")));
    }

    private static String text(ChoiceBody body, String optionId) {
        return body.options().stream()
                .filter(o -> o.id().equals(optionId))
                .findFirst()
                .map(o -> DashboardTexts.plain(o.text().en()))
                .orElseThrow();
    }

    @Test
    void theLiveFragmentIsTheChangingPartAloneAndFollowsNewAnswers() throws Exception {
        String live = page(trainer, dashboardUrl() + "/live");
        assertThat(live)
                .startsWith("<div id=\"live\"")
                .contains("data-live-url=\"/classes/" + classId + "/dashboard/live\"")
                .containsPattern("Updated at \\d\\d:\\d\\d:\\d\\d")
                .contains("3 of 4 finished (75%)")
                .doesNotContain("<html", "<nav");

        // D finishes: the next refresh shows it.
        UUID attemptD = jdbc.sql("SELECT id FROM attempt WHERE user_id = ? AND attempt_state = 'IN_PROGRESS'")
                .param(fixture.userId(d))
                .query(UUID.class)
                .single();
        fixture.submit(d, attemptD);
        assertThat(page(trainer, dashboardUrl() + "/live"))
                .contains("4 of 4 finished (100%)")
                .contains("data-bins=\"1,0,1,0,1,0,0,0,0,1\"");

        // A new wrong answer (immediate feedback: final at once) shows in the most-missed list.
        UUID thirdB = fixture.start(b, assignmentId);
        fixture.pick(b, thirdB, SIDECAR, "isolated");
        String sidecar = element(page(trainer, dashboardUrl() + "/live"), "data-question=\"" + SIDECAR + "\"", "</tr>");
        assertThat(sidecar)
                .contains("<td class=\"text-end\">5</td>")
                .contains("20.0%")
                .doesNotContain("given once");
    }

    @Test
    void theLearnerPageShowsMasteryAttemptsAndAnswersAsText() throws Exception {
        String html = page(trainer, learnerUrl(b));

        assertThat(html).contains("Learner " + b.username()).contains("Dashboard group");
        String goldenRules = element(html, "data-objective=\"th-golden-rules\"", "</li>");
        int percent = mastery("th-golden-rules", TRUE_FALSE);
        assertThat(goldenRules).contains(percent + "%").contains("aria-valuenow=\"" + percent + "\"");
        List<String> attempts = Pattern.compile("The four golden rules — attempt (\\d)")
                .matcher(html)
                .results()
                .map(r -> r.group(1))
                .distinct()
                .toList();
        assertThat(attempts).containsExactly("2", "1");
        assertThat(html).contains("data-figure=\"percent\">27.3%").contains("data-figure=\"percent\">0.0%");
        ChoiceBody body = (ChoiceBody) fixture.question(SIDECAR).body();
        String firstAttempt = html.substring(html.lastIndexOf("class=\"card card-body mb-3 learner-attempt\""));
        String sidecarRow = element(firstAttempt, "data-question=\"" + SIDECAR + "\"", "</tr>");
        assertThat(sidecarRow)
                .contains(HtmlUtils.htmlEscape(text(body, "node-nat")))
                .contains("0%");
        assertThat(element(firstAttempt, "data-question=\"" + TRUE_FALSE.get(0) + "\"", "</tr>"))
                .contains("no answer");
        String secondAttempt = html.substring(
                html.indexOf("class=\"card card-body mb-3 learner-attempt\""),
                html.lastIndexOf("class=\"card card-body mb-3 learner-attempt\""));
        Question tf = fixture.question(TRUE_FALSE.get(0));
        assertThat(element(secondAttempt, "data-question=\"" + tf.id() + "\"", "</tr>"))
                .contains(tf.body().modelAnswer().text().equals("true") ? "True" : "False")
                .contains("100%");
    }

    @Test
    void aRemovedLearnerLeavesTheClassFiguresButKeepsTheirPage() throws Exception {
        trainer.post("/classes/" + classId + "/learners/" + fixture.userId(c) + "/remove", none());

        String html = page(trainer, dashboardUrl());
        assertThat(html).contains("2 of 3 finished (67%)").doesNotContain("data-learner=\"" + fixture.userId(c) + "\"");
        assertThat(page(trainer, learnerUrl(c)))
                .contains("removed from the class")
                .contains("45.5%");
    }

    @Test
    void theTrainerHomeListsTheClassWithItsOpenAssignmentAndTheHomePageLeadsThere() throws Exception {
        String home = page(trainer, "/dashboard");
        String card = element(home, "id=\"class-" + classId + "\"", "</section>");
        assertThat(card)
                .contains("Dashboard group")
                .contains("4 learners")
                .contains("The four golden rules")
                .contains("3 of 4 finished (75%)")
                .contains("href=\"/classes/" + classId + "/dashboard\"");
        assertThat(trainer.get("/").getResponse().getRedirectedUrl()).isEqualTo("/dashboard");
        assertThat(a.get("/").getResponse().getStatus()).isEqualTo(200);
        assertThat(page(trainer, "/classes")).contains("href=\"/dashboard\"");
        assertThat(page(Learner.logIn(mvc, "admin", "admin-pass-2026"), "/dashboard"))
                .contains("Dashboard group");
    }

    @Test
    void anotherTrainerGets404AStudent403AndALearnerOfAnotherClassIsNotFound() throws Exception {
        Learner other = fixture.trainer();
        long otherClass = fixture.createClass(other, "Other group");
        Learner stranger = fixture.learnerIn(otherClass);
        List<String> urls = List.of(dashboardUrl(), dashboardUrl() + "/live", learnerUrl(b));

        for (String url : urls) {
            assertThat(other.get(url).getResponse().getStatus()).as(url).isEqualTo(404);
            assertThat(b.get(url).getResponse().getStatus()).as(url).isEqualTo(403);
        }
        assertThat(b.get("/dashboard").getResponse().getStatus()).isEqualTo(403);
        assertThat(other.get("/dashboard").getResponse().getContentAsString()).doesNotContain("Dashboard group");
        assertThat(trainer.get("/classes/" + classId + "/learners/" + fixture.userId(stranger))
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(trainer.get("/classes/" + classId + "/learners/" + 987654321L)
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(trainer.get("/classes/987654321/dashboard").getResponse().getStatus())
                .isEqualTo(404);
        Learner admin = Learner.logIn(mvc, "admin", "admin-pass-2026");
        for (String url : urls) {
            assertThat(admin.get(url).getResponse().getStatus()).as(url).isEqualTo(200);
        }
    }
}
