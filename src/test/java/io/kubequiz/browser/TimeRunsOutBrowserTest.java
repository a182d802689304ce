package io.kubequiz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenario 3: an assessed attempt whose time runs out keeps the answers given and refuses later ones. */
class TimeRunsOutBrowserTest extends BrowserTest {

    @Test
    void assessedAttemptKeepsAnswersGivenInTimeAndRefusesALaterOneWithAMessage() throws Exception {
        Learner trainer = Classes.trainer(mvc);
        long classId = Classes.createClass(trainer, "Évaluation réseau");
        long assignment = Classes.assigned(
                trainer, jdbc, classId, "section-7-1", "ASSESSED", "timeLimitMinutes", "1", "attemptsAllowed", "1");

        Tab student = person("3-time-runs-out");
        Page page = student.page();
        registers(student, Classes.joinCode(jdbc, classId));
        student.leadsTo(
                "question-1",
                () -> page.locator("form[action$='/assignments/" + assignment + "/start'] button")
                        .click());
        String attempt = student.path().split("/")[2];
        assertThat(page.locator("[data-deadline] .timer-announce").getAttribute("aria-live"))
                .as("the countdown is announced politely")
                .isEqualTo("polite");

        String first = student.path().substring(student.path().lastIndexOf('/') + 1);
        Questions.fill(page);
        student.leadsTo("question-2", () -> saveAndNext(page));

        // The minute is over (and its grace): the deadline is moved to the past rather than waited for.
        jdbc.sql("UPDATE attempt SET deadline = ? WHERE id = CAST(? AS UUID)")
                .params(OffsetDateTime.now().minusMinutes(5), attempt)
                .update();
        Questions.fill(page);
        student.leadsTo("refused", () -> saveAndNext(page));

        // The late answer gets a page that says so, and leads to the results.
        assertThat(page.getByText("this answer arrived after the deadline and was not saved")
                        .isVisible())
                .isTrue();
        student.leadsTo(
                "summary",
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the results"))
                        .click());
        assertThat(student.path()).isEqualTo("/attempts/" + attempt + "/summary");
        List<String> kept = jdbc.sql("SELECT question_id FROM attempt_response WHERE attempt_id = CAST(? AS UUID)")
                .param(attempt)
                .query(String.class)
                .list();
        assertThat(kept).as("the answer given in time, and only it").containsExactly(first);
        assertThat(jdbc.sql("SELECT attempt_state FROM attempt WHERE id = CAST(? AS UUID)")
                        .param(attempt)
                        .query(String.class)
                        .single())
                .isNotEqualTo("IN_PROGRESS");
    }

    private static void saveAndNext(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and next"))
                .click();
    }
}
