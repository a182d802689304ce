package io.kubequiz.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Swagger UI (springdoc's WebJar) works under its Content-Security-Policy: it loads its scripts, fetches the OpenAPI
 * document, lists the API and opens an operation, without a single violation. (Not checked by axe: it is a
 * third-party page.)
 */
class ApiDocsBrowserTest extends BrowserTest {

    @Test
    void swaggerUiListsTheApiUnderThePolicy() {
        Tab reader = person("5-api-docs");
        Page page = reader.page();
        page.navigate(baseUrl() + "/swagger-ui.html");
        Locator quizzes = page.locator(".opblock-get")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator(".opblock-summary-path[data-path='/api/v1/quizzes']")))
                .first();
        quizzes.waitFor();
        quizzes.locator(".opblock-summary-control").first().click();
        Locator parameters = quizzes.locator(".parameters-container").first();
        parameters.waitFor();
        assertThat(parameters.textContent()).contains("Accept-Language");
        assertThat(page.locator(".opblock").count()).as("operations listed").isGreaterThanOrEqualTo(8);
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(Path.of("target", "screenshots", "5-api-docs", "01-swagger-ui.png")));

        assertThat(reader.policyViolations())
                .as("Content-Security-Policy violations on Swagger UI")
                .isEmpty();
    }
}
