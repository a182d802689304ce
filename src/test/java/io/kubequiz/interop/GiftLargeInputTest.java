package io.kubequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kubequiz.content.ShippedBank;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Files of the largest size accepted (2 MiB), made to be slow, are read in linear time: a quadratic step would take
 * minutes here, so the generous bound cannot be a flaky one.
 */
class GiftLargeInputTest {

    private static final Duration BOUND = Duration.ofSeconds(15);

    @Test
    void aWholeFileOfQuestionsIsReadAndImported() {
        var bank = ShippedBank.load();
        String quiz = GiftWriter.write(bank, bank.quiz("chapter-review").orElseThrow(), Locale.FRENCH)
                .text();
        String file = quiz.repeat(GiftText.MAX_BYTES / quiz.length());

        List<GiftImportItem> items =
                assertTimeoutPreemptively(BOUND, () -> GiftImporter.importAll(GiftParser.parse(file), "big"));

        assertThat(items).hasSizeGreaterThan(1000).allMatch(GiftImportItem::usable);
    }

    @Test
    void pathologicalTextsAreReadInLinearTime() {
        int size = GiftText.MAX_BYTES / 4;
        List<String> files = List.of(
                "::tags::[html]" + "<a".repeat(size / 2) + "{T}",
                "::entities::" + "&a".repeat(size / 2) + "{T}",
                "::breaks::[moodle]" + "x<br>".repeat(size / 5) + "{T}",
                // Tens of thousands of answers: each becomes an option, so fewer than the bytes allow.
                "::choices::Q{" + "~a ".repeat(size / 24) + "=b}",
                "::wildcards::Q{=a" + "*".repeat(size) + "b =c}",
                "::lines::" + "x\n".repeat(size / 2) + "{T}",
                "{".repeat(size),
                "::".repeat(size));

        for (String file : files) {
            List<GiftImportItem> items = assertTimeoutPreemptively(
                    BOUND, () -> GiftImporter.importAll(GiftParser.parse(file), "p"), file.substring(0, 12));
            assertThat(items).hasSize(1);
        }
    }
}
