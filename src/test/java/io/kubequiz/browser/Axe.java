package io.kubequiz.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * axe-core, read from its WebJar on the test classpath and injected into the page under test. The app does not
 * serve it: a checker used by the tests has no place in what learners download.
 */
final class Axe {

    private static final String SCRIPT = read("META-INF/resources/webjars/axe-core/4.6.3/axe.min.js");

    /** The serious and critical violations, each with what axe says of its nodes. */
    private static final String RUN = """
            async () => {
              const results = await axe.run(document, { resultTypes: ['violations'] });
              return results.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.impact + ' ' + v.id + ' (' + v.help + '): '
                  + v.nodes.map(n => n.target.join(' ') + ' → ' + n.failureSummary.replace(/\\n/g, ' ')).join(' | '));
            }""";

    private Axe() {}

    private static String read(String resource) {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("axe-core is not on the test classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The serious and critical violations on the page as it is now; an empty list when there are none. */
    @SuppressWarnings("unchecked")
    static List<String> violations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            // Evaluated through the DevTools protocol: an inline script tag would be refused by the page's
            // Content-Security-Policy (and reported as a violation).
            page.evaluate(SCRIPT);
        }
        Object found = page.evaluate(RUN);
        return ((List<Object>) found).stream().map(String::valueOf).collect(Collectors.toList());
    }

    static String describe(Map<String, List<String>> byPage) {
        return byPage.entrySet().stream()
                .map(e -> e.getKey() + ":\n  " + String.join("\n  ", e.getValue()))
                .collect(Collectors.joining("\n"));
    }
}
