package io.kubequiz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** Scenario 2: the things people do to a quiz page (reload, double-click, back) record one answer, and it resumes. */
class ResumeBrowserTest extends BrowserTest {

    @Test
    void reloadDoubleClickAndBackRecordOneAnswerAndTheAttemptResumes() {
        Tab student = person("2-reload-double-click-back");
        Page page = student.page();
        registers(student, null);

        student.leadsTo(
                "question-1",
                () -> page.locator("form[action$='/quizzes/section-7-1/start'] button")
                        .click());
        String question = student.path();
        String attempt = question.split("/")[2];

        Questions.fill(page);
        page.reload();
        student.seen("question-1-reloaded");
        assertThat(student.path()).isEqualTo(question);

        Questions.Kind kind = Questions.fill(page);
        student.leadsTo(
                "feedback-1-after-double-click",
                () -> page.locator("#answer-form button[type=submit]").dblclick());
        assertThat(page.locator("section.verdict").isVisible())
                .as("feedback after a %s question", kind)
                .isTrue();

        page.goBack();
        student.seen("back");
        page.reload();
        student.seen("back-reloaded");
        assertThat(answers(attempt))
                .as("answers recorded after reload, double click and back")
                .isEqualTo(1);

        student.open("/quizzes", "catalogue-in-progress");
        student.leadsTo(
                "resumed",
                () -> page.locator("form[action$='/quizzes/section-7-1/start'] button")
                        .click());
        assertThat(student.path()).as("the same attempt").startsWith("/attempts/" + attempt + "/");
        assertThat(page.getByRole(AriaRole.PROGRESSBAR).first().getAttribute("aria-valuenow"))
                .as("answered so far")
                .isEqualTo("1");
        assertThat(answers(attempt)).isEqualTo(1);
    }

    private long answers(String attemptId) {
        return jdbc.sql("SELECT COUNT(*) FROM attempt_response WHERE attempt_id = CAST(? AS UUID)")
                .param(attemptId)
                .query(Long.class)
                .single();
    }
}
