package io.kubequiz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ViewportSize;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scenario 6: on a phone (375 × 812) no page scrolls sideways, and the keyboard reaches every control. */
class PhoneBrowserTest extends BrowserTest {

    private static final ViewportSize PHONE = new ViewportSize(375, 812);

    /**
     * Numbers every control a person can use (visible, enabled, not taken out of the tab order) and returns their
     * count. A group of radio buttons is one stop for the Tab key (arrows move inside it), so it is one control.
     */
    private static final String NUMBER_CONTROLS = """
            () => {
              const selector = 'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]';
              const groups = new Map();
              let count = 0;
              for (const el of document.querySelectorAll(selector)) {
                if (el.disabled || el.tabIndex < 0 || el.getClientRects().length === 0
                    || getComputedStyle(el).visibility === 'hidden') continue;
                if (el.type === 'radio') {
                  if (!groups.has(el.name)) groups.set(el.name, count++);
                  el.dataset.kqControl = groups.get(el.name);
                } else {
                  el.dataset.kqControl = count++;
                }
              }
              return count;
            }""";

    /** Controls that, scrolled into view, still stick out of the screen sideways. */
    private static final String OFF_SCREEN = """
            () => [...document.querySelectorAll('[data-kq-control]')]
              .filter(el => {
                // Instant: Bootstrap makes scrolling smooth, and a smooth scroll is not over when measured.
                el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
                const r = el.getBoundingClientRect();
                // Visually hidden until focused (the skip link) is 1 px: it shows when focused.
                if (r.width <= 1 && r.height <= 1) return false;
                return r.left < -1 || r.right > window.innerWidth + 1 || r.bottom <= 0 || r.top >= window.innerHeight;
              })
              .map(el => el.outerHTML.substring(0, 120))""";

    @Test
    void onAPhoneNoPageScrollsSidewaysAndTheKeyboardReachesEveryControl() {
        Tab student = person("6-phone", PHONE);
        Page page = student.page();
        student.open("/?lang=en", "home");
        checkPhone(student);
        registers(student, null);
        checkPhone(student);
        student.leadsTo(
                "question",
                () -> page.locator("form[action$='/quizzes/section-7-4/start'] button")
                        .click());
        checkPhone(student);
        Questions.fill(page);
        student.leadsTo(
                "feedback",
                () -> page.locator("#answer-form button[type=submit]").first().click());
        checkPhone(student);
        student.leadsTo(
                "next-question",
                () -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Next question"))
                        .click());
        checkPhone(student);
        student.open("/progress", "progress");
        checkPhone(student);
        student.open("/my-classes", "my-classes");
        checkPhone(student);
    }

    private static void checkPhone(Tab tab) {
        Page page = tab.page();
        assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("page width on a 375 px phone: %s", tab.path())
                .isLessThanOrEqualTo(375);

        int controls = ((Number) page.evaluate(NUMBER_CONTROLS)).intValue();
        // Where the focus goes is recorded by the page itself: one round trip per key press, not two.
        page.evaluate("() => { document.activeElement?.blur(); window.scrollTo(0, 0); window.kqReached = new Set();"
                + " document.addEventListener('focusin', e => { const c = e.target.dataset?.kqControl;"
                + " if (c !== undefined) window.kqReached.add(c); }); }");
        for (int i = 0; i < 2 * controls + 10; i++) {
            page.keyboard().press("Tab");
        }
        @SuppressWarnings("unchecked")
        Set<String> reached = new HashSet<>((List<String>) page.evaluate("() => [...window.kqReached]"));
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < controls; i++) {
            if (!reached.contains(Integer.toString(i))) {
                missed.add(page.evaluate(
                                "i => document.querySelector(`[data-kq-control=\"${i}\"]`).outerHTML.substring(0, 120)",
                                i)
                        .toString());
            }
        }
        assertThat(missed)
                .as("controls the Tab key never reaches on %s", tab.path())
                .isEmpty();
        assertThat(page.evaluate(OFF_SCREEN))
                .as("controls off the screen on %s", tab.path())
                .asList()
                .isEmpty();
    }
}
