package io.kubequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.Difficulty;
import io.kubequiz.content.LocalizedText;
import io.kubequiz.content.MatchingBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBody;
import io.kubequiz.content.ShortTextBody;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Texts full of what GIFT reads as structure come back from a written file exactly as they were. */
class GiftEscapingTest {

    /** Every GIFT special character, a backslash before a letter, and things Moodle reads at the start of a text. */
    private static final String SPECIALS = "a ~ b = c # d { e } f : g \\ h \\n i -> j %50% k [html] l #### m // n";

    /** A YAML block with a blank line and indentation, then a line that would be a comment if it began a line. */
    private static final String YAML = """
            Apply this Service:

            ```yaml
            apiVersion: v1
            kind: Service
            metadata:
              name: web

            spec:
              selector: { app: web }
              ports:
                - port: 80   # http
            ```

            // not a comment
            $CATEGORY: not a category""";

    @Test
    void everySpecialCharacterAndAYamlBlockComeBack() {
        Question original = question(
                YAML,
                new ChoiceBody(
                        false,
                        List.of(
                                option("a", SPECIALS, true, SPECIALS),
                                option("b", "%50% of the Pods", false, null),
                                option("c", "[html] <b>not</b> a format", false, "[plain] neither"))));

        Question back = roundTrip(original);

        assertThat(back.stem()).isEqualTo(original.stem());
        assertThat(back.explanation()).isEqualTo(original.explanation());
        assertThat(back.body()).isEqualTo(original.body());
    }

    @Test
    void shortAnswersKeepAsterisksPercentsAndBrackets() {
        ShortTextBody body = new ShortTextBody(List.of("cali*", "%w", "[x]", "a\\b:c"), null, false);

        assertThat(roundTrip(question("Name it.", body)).body()).isEqualTo(body);
    }

    @Test
    void matchingSidesKeepTheirSpecialCharacters() {
        MatchingBody body = new MatchingBody(
                List.of(
                        new MatchingBody.Pair("a", both("`x = y` {z}"), both("a -> b")),
                        new MatchingBody.Pair("b", both("#1 ~ : [plain]"), both("= \\ ~"))),
                List.of(new io.kubequiz.content.Item("c", both("{extra}"))));

        assertThat(roundTrip(question("Match.", body)).body()).isEqualTo(body);
    }

    @Test
    void aLeftSideWithAnArrowIsWrittenSoMoodleSplitsAtTheRightPlace() {
        MatchingBody body = new MatchingBody(
                List.of(
                        new MatchingBody.Pair("a", both("Pod -> Service"), both("right")),
                        new MatchingBody.Pair("b", both("plain"), both("other"))),
                List.of());

        GiftExport export = GiftWriter.write("T", List.of(question("Match.", body)), s -> s, Locale.ENGLISH);

        assertThat(export.text()).contains("\t=Pod -\\> Service -> right\n");
        MatchingBody back = (MatchingBody) roundTrip(question("Match.", body)).body();
        // Markdown reads "-\>" as "->": the text shows the same, written differently.
        assertThat(back.pairs().get(0).left().en()).isEqualTo("Pod -\\> Service");
        assertThat(back.pairs().get(0).right().en()).isEqualTo("right");
    }

    @Test
    void aQuestionIsOneBlockWhateverItsText() {
        GiftExport export = GiftWriter.write(
                "T", List.of(question(YAML, new ShortTextBody(List.of("x"), null, false))), s -> s, Locale.ENGLISH);

        String block = export.text().substring(export.text().indexOf("::q-1::"));
        assertThat(block.strip()).doesNotContain("\n\n");
        assertThat(block.lines()).noneMatch(line -> line.strip().startsWith("//"));
        assertThat(GiftParser.parse(export.text()).blocks()).hasSize(1);
    }

    private static Question roundTrip(Question original) {
        GiftExport export = GiftWriter.write("Escapes", List.of(original), s -> s, Locale.ENGLISH);
        GiftDocument document = GiftParser.parse(export.text());
        assertThat(document.blocks()).hasSize(1);
        GiftImportItem item = GiftImporter.convert(document.blocks().get(0), GiftImportTarget.of("q-1"));
        assertThat(item.problem()).isNull();
        return item.question();
    }

    private static Question question(String stem, QuestionBody body) {
        return new Question(
                "q-1",
                null,
                List.of(),
                Set.of(),
                Difficulty.MEDIUM,
                both(stem),
                both("[plain] " + SPECIALS + "\n\n" + YAML),
                body,
                null);
    }

    private static ChoiceBody.Option option(String id, String text, boolean correct, String feedback) {
        return new ChoiceBody.Option(
                id, both(text), correct, correct ? 1 : -1, feedback == null ? null : both(feedback));
    }

    private static LocalizedText both(String text) {
        return new LocalizedText(text, text);
    }
}
