package io.kubequiz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.kubequiz.testing.Classes;
import io.kubequiz.testing.Learner;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Scenario 1: a student joins with a class code, practises a quiz, and sees their mastery move. */
class StudentPractisesBrowserTest extends BrowserTest {

    @Test
    void studentRegistersWithClassCodePractisesEveryKindOfQuestionAndSeesMasteryChange() throws Exception {
        Learner trainer = Classes.trainer(mvc);
        long classId = Classes.createClass(trainer, "Réseau — groupe B");
        String code = Classes.joinCode(jdbc, classId);

        Tab student = person("1-student-practises");
        Page page = student.page();
        student.open("/register?lang=en", "register");
        String username = "student-" + UUID.randomUUID().toString().substring(0, 6);
        // The keyboard, as a person fills the form: one field after the other, Enter to send.
        page.locator("#username").focus();
        page.keyboard().type(username);
        page.keyboard().press("Tab");
        page.keyboard().type("Student " + username);
        page.keyboard().press("Tab");
        page.keyboard().type(Learner.PASSWORD);
        page.locator("#classCode").focus();
        page.keyboard().type(code);
        page.keyboard().press("Enter");
        page.waitForURL("**/quizzes");
        student.seen("catalogue");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM enrolment e JOIN app_user u ON u.id = e.user_id WHERE u.username = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        Map<String, String> before = mastery(student.open("/progress", "progress-before"));

        page.navigate(student.baseUrl() + "/quizzes");
        student.leadsTo(
                "question-1",
                () -> page.locator("form[action$='/quizzes/section-7-5/start'] button")
                        .click());
        Set<Questions.Kind> kinds = EnumSet.noneOf(Questions.Kind.class);
        int answered = 0;
        while (kinds.size() < Questions.Kind.values().length) {
            Questions.Kind kind = Questions.fill(page);
            kinds.add(kind);
            answered++;
            student.leadsTo(
                    "feedback-" + answered + "-" + kind.name().toLowerCase().replace('_', '-'), () -> {
                        if (kind == Questions.Kind.SHORT_TEXT || kind == Questions.Kind.NUMERIC) {
                            page.keyboard().press("Enter");
                        } else {
                            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check my answer"))
                                    .click();
                        }
                    });
            Locator verdict = page.locator("section.verdict");
            assertThat(verdict.isVisible())
                    .as("verdict after a %s question", kind)
                    .isTrue();
            assertThat(verdict.innerText()).as("the verdict explains").isNotBlank();
            Locator next = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next question"));
            if (next.count() == 0 || kinds.size() == Questions.Kind.values().length) {
                break;
            }
            student.leadsTo("question-" + (answered + 1), next::click);
        }
        assertThat(kinds).as("one question of each kind answered").hasSize(Questions.Kind.values().length);

        student.leadsTo(
                "summary",
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Finish now"))
                        .click());
        assertThat(student.path()).endsWith("/summary");

        Map<String, String> after = mastery(student.open("/progress", "progress-after"));
        assertThat(after).as("mastery per objective").isNotEqualTo(before);
        assertThat(after.keySet()).isEqualTo(before.keySet());
    }

    /** Each objective's mastery, as the progress bars give it to assistive technology. */
    private static Map<String, String> mastery(Tab tab) {
        Map<String, String> byObjective = new LinkedHashMap<>();
        Locator bars = tab.page().locator(".mastery-list .progress");
        for (int i = 0; i < bars.count(); i++) {
            byObjective.put(
                    bars.nth(i).getAttribute("aria-labelledby"), bars.nth(i).getAttribute("aria-valuenow"));
        }
        assertThat(byObjective).isNotEmpty();
        return byObjective;
    }
}
