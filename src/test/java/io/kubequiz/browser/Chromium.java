package io.kubequiz.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The one Chromium of the test JVM: the system's (Debian's {@code chromium} package), never a downloaded one.
 * Launching a browser costs about a second, so every browser test shares it and opens a new context per test.
 */
final class Chromium {

    private static Browser browser;

    private Chromium() {}

    /** Where the browser is: {@code KUBEQUIZ_CHROMIUM}, or Debian's {@code /usr/bin/chromium}. */
    static Path executable() {
        String configured = System.getenv("KUBEQUIZ_CHROMIUM");
        return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    /**
     * The browser tests run only where there is a Chromium: elsewhere they are skipped, with the reason, before the
     * app starts. In CI ({@code CI=true}) a skipped browser test would hide a broken build: there they fail.
     */
    static final class Required implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Path executable = executable();
            if (Files.isExecutable(executable)) {
                return ConditionEvaluationResult.enabled("Chromium at " + executable);
            }
            String reason = "No Chromium at " + executable
                    + " (install Debian's chromium package, or set KUBEQUIZ_CHROMIUM to a Chromium executable)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason + ": the browser tests must run in CI (CI=true)");
            }
            return ConditionEvaluationResult.disabled(reason + ": the browser tests are skipped");
        }
    }

    static synchronized Browser browser() {
        if (browser == null) {
            Playwright playwright = Playwright.create();
            browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(executable())
                            .setHeadless(true)
                            .setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")));
            Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        }
        return browser;
    }
}
