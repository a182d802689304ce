package io.kubequiz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One person's browser tab in a scenario. Every page the scenario looks at goes through {@link #seen}: it is
 * photographed under {@code target/screenshots/<scenario>/}, checked by axe-core, and must have broken no rule of the
 * Content-Security-Policy (no blocked inline script or style, no resource from elsewhere).
 */
final class Tab {

    private final Page page;
    private final String baseUrl;
    private final Path screenshots;
    private final AtomicInteger shots;
    private final List<String> policyMessages;
    private final List<String> visited = new ArrayList<>();

    Tab(Page page, String baseUrl, Path screenshots, AtomicInteger shots, List<String> policyMessages) {
        this.page = page;
        this.baseUrl = baseUrl;
        this.screenshots = screenshots;
        this.shots = shots;
        this.policyMessages = policyMessages;
    }

    Page page() {
        return page;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** The paths (with their query) of the pages seen so far, in order. */
    List<String> visited() {
        return visited;
    }

    /** Opens a page of the app, then looks at it. */
    Tab open(String path, String name) {
        page.navigate(baseUrl + path);
        return seen(name);
    }

    /** Does what leads to another page (a click, Enter in a form), waits for that page, then looks at it. */
    Tab leadsTo(String name, Runnable action) {
        page.waitForNavigation(action);
        return seen(name);
    }

    /**
     * The page now shown: saved as {@code NN-name.png} and checked with axe-core; a serious or critical violation
     * fails the test with its rule, the page and the nodes.
     */
    Tab seen(String name) {
        page.waitForLoadState();
        String url = page.url();
        visited.add(url.substring(baseUrl.length()));
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(screenshots.resolve(String.format("%02d-%s.png", shots.incrementAndGet(), name))));
        assertThat(policyViolations())
                .as("Content-Security-Policy violations on %s", url)
                .isEmpty();
        assertThat(Axe.violations(page))
                .as("accessibility violations (serious or critical) on %s", url)
                .isEmpty();
        return this;
    }

    /** What the page's {@code securitypolicyviolation} events and the console said against the policy so far. */
    @SuppressWarnings("unchecked")
    List<String> policyViolations() {
        List<String> found = new ArrayList<>(policyMessages);
        Object events = page.evaluate("() => window.__cspViolations || []");
        ((List<Object>) events).forEach(e -> found.add(String.valueOf(e)));
        return found;
    }

    /** The path of the page now shown, without the origin. */
    String path() {
        return page.url().substring(baseUrl.length());
    }
}
