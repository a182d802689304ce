package io.kubequiz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ViewportSize;
import io.kubequiz.testing.Learner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

/**
 * The app on a random port, and Chromium. All browser tests share this configuration, hence one Spring context
 * for all of them; MockMvc and JdbcClient prepare what a scenario starts from (trainers, classes) and look at
 * what it leaves in the database. After each test, no request may have left the app's origin, and nothing may have
 * broken the Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ExtendWith(Chromium.Required.class)
abstract class BrowserTest {

    static final ViewportSize DESKTOP = new ViewportSize(1280, 900);

    /**
     * Runs before each page's own scripts (injected by the browser's DevTools protocol, which the page's policy does
     * not restrict): remembers every violation of the Content-Security-Policy, for {@link Tab#seen} to report.
     */
    private static final String CSP_LISTENER = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
                e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':'
                + e.lineNumber + ' ' + (e.sample || '')));
            """;

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> outside = Collections.synchronizedList(new ArrayList<>());
    private final List<String> policyMessages = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger shots = new AtomicInteger();
    private final Set<String> cleaned = new HashSet<>();

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A new person in a new browser context (their own cookies), on a desktop screen. */
    Tab person(String scenario) {
        return person(scenario, DESKTOP);
    }

    Tab person(String scenario, ViewportSize viewport) {
        Browser browser = Chromium.browser();
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(viewport)
                .setLocale("en-GB")
                .setAcceptDownloads(true));
        contexts.add(context);
        context.onRequest(request -> {
            String url = request.url();
            if (!url.startsWith(baseUrl() + "/") && !url.startsWith("data:") && !url.startsWith("blob:")) {
                outside.add(url);
            }
        });
        context.addInitScript(CSP_LISTENER);
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyMessages.add(message.location() + ": " + message.text());
            }
        });
        Path screenshots = Path.of("target", "screenshots", scenario);
        if (cleaned.add(scenario)) {
            // The pictures of an earlier run would mix with this one's.
            FileSystemUtils.deleteRecursively(screenshots.toFile());
        }
        return new Tab(context.newPage(), baseUrl(), screenshots, shots, policyMessages);
    }

    /**
     * A student who registers on the register page (in English), with a class code when {@code classCode} is not
     * null; they land on the catalogue. Returns their username.
     */
    String registers(Tab tab, String classCode) {
        Page page = tab.page();
        tab.open("/register?lang=en", "register");
        String username = "student-" + UUID.randomUUID().toString().substring(0, 8);
        page.locator("#username").fill(username);
        page.locator("#displayName").fill("Student " + username.substring(8));
        page.locator("#password").fill(Learner.PASSWORD);
        if (classCode != null) {
            page.locator("#classCode").fill(classCode);
        }
        tab.leadsTo("catalogue", () -> page.locator("#password").press("Enter"));
        assertThat(tab.path()).startsWith("/quizzes");
        return username;
    }

    @AfterEach
    void closeAndCheckOrigin() {
        contexts.forEach(BrowserContext::close);
        assertThat(outside).as("requests that left %s", baseUrl()).isEmpty();
        assertThat(policyMessages)
                .as("Content-Security-Policy messages in the console")
                .isEmpty();
    }
}
