package io.kubequiz.browser;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

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
     * Skips the calling test when there is no Chromium on this machine, except in CI ({@code CI=true}), where a
     * skipped browser test would hide a broken build: there it fails.
     */
    static void required() {
        Path executable = executable();
        if (Files.isExecutable(executable)) {
            return;
        }
        String reason = "No Chromium at " + executable + " (install Debian's chromium package, or set KUBEQUIZ_CHROMIUM"
                + " to a Chromium executable): the browser tests are skipped";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(reason.replace("are skipped", "must run in CI (CI=true)"));
        }
        Assumptions.abort(reason);
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
