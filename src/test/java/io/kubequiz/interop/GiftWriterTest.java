package io.kubequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.Difficulty;
import io.kubequiz.content.Item;
import io.kubequiz.content.LocalizedText;
import io.kubequiz.content.NumericBody;
import io.kubequiz.content.OrderingBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBody;
import io.kubequiz.content.ShippedBank;
import io.kubequiz.content.ShortTextBody;
import io.kubequiz.content.TrueFalseBody;
import io.kubequiz.interop.GiftExport.Note;
import io.kubequiz.interop.GiftExport.Status;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The GIFT a quiz is written as, question type by type, and the notes on what Moodle will not get. */
class GiftWriterTest {

    private static final Map<String, String> SECTIONS = Map.of("s1", "Basics / CNI", "s2", "DNS");

    @Test
    void headerCategoriesPerSectionNamesAndMarkdown() {
        GiftExport export = write(
                question("tf-1", "s1", "Pods share an IP.", "Yes (§7.1).", new TrueFalseBody(true)),
                question("tf-2", "s1", "Second.", "", new TrueFalseBody(false)),
                question("tf-3", "s2", "Third.", "", new TrueFalseBody(false)));

        assertThat(export.text()).isEqualTo("""
                        // Réseau (fr)
                        // Kubequiz, GIFT for Moodle: texts in Markdown, one question per block.

                        $CATEGORY: $course$/top/Réseau/Basics // CNI

                        ::tf-1::[markdown]Pods share an IP.{TRUE####Yes (§7.1).}

                        ::tf-2::[markdown]Second.{FALSE}

                        $CATEGORY: $course$/top/Réseau/DNS

                        ::tf-3::[markdown]Third.{FALSE}

                        """);
        assertThat(export.notes())
                .extracting(Note::questionId, Note::status)
                .containsExactly(
                        tuple("tf-1", Status.EXPORTED), tuple("tf-2", Status.EXPORTED), tuple("tf-3", Status.EXPORTED));
    }

    @Test
    void singleChoiceMarksTheRightAnswerAndGuardsATextThatLooksLikeAGrade() {
        GiftExport export = write(question(
                "sc",
                "s1",
                "Pick.",
                "Because.",
                new ChoiceBody(
                        false,
                        List.of(
                                option("a", "right", true, 1, "Yes."),
                                option("b", "%50% of them", false, -1, null),
                                option("c", "[x] other", false, -1, "[no] format")))));

        assertThat(block(export)).isEqualTo("""
                        ::sc::[markdown]Pick.{
                        \t=right#Yes.
                        \t~%0%%50% of them
                        \t~[markdown][x] other#[markdown][no] format
                        \t####Because.
                        }
                        """);
    }

    @Test
    void multipleChoiceWritesMoodleGrades() {
        double third = 1.0 / 3;
        GiftExport export = write(question(
                "mc",
                "s1",
                "Pick several.",
                "",
                new ChoiceBody(
                        true,
                        List.of(
                                option("a", "one", true, third, null),
                                option("b", "two", true, third, null),
                                option("c", "three", true, third, null),
                                option("d", "four", false, -1.0 / 7, null),
                                option("e", "five", false, 0, null)))));

        assertThat(block(export))
                .contains("\t~%33.33333%one\n", "\t~%33.33333%three\n", "\t~%-14.28571%four\n", "\t~%0%five\n");
        assertThat(export.notes().get(0).status()).isEqualTo(Status.EXPORTED);
    }

    @Test
    void aWeightMoodleDoesNotKnowIsRoundedWhenTheRightAnswersStillMakeOneHundredPercent() {
        GiftExport rounded = write(question(
                "mc",
                "s1",
                "Pick.",
                "",
                new ChoiceBody(
                        true,
                        List.of(
                                option("a", "a", true, 0.44, null),
                                option("b", "b", true, 0.56, null),
                                option("c", "c", false, -0.44, null)))));

        assertThat(block(rounded)).contains("\t~%40%a\n", "\t~%60%b\n", "\t~%-40%c\n");
        assertThat(rounded.notes().get(0).status()).isEqualTo(Status.EXPORTED_WITH_LOSS);
        assertThat(rounded.notes().get(0).reasons())
                .containsExactly(
                        GiftMessage.of("gift.export.weightRounded", "44", "40"),
                        GiftMessage.of("gift.export.weightRounded", "56", "60"),
                        GiftMessage.of("gift.export.weightRounded", "-44", "-40"));

        GiftExport refused = write(question(
                "mc",
                "s1",
                "Pick.",
                "",
                new ChoiceBody(
                        true,
                        List.of(
                                option("a", "a", true, 0.35, null),
                                option("b", "b", true, 0.35, null),
                                option("c", "c", true, 0.3, null)))));

        assertThat(refused.text()).doesNotContain("::mc::").doesNotContain("$CATEGORY");
        assertThat(refused.notes())
                .containsExactly(new Note(
                        "mc", Status.NOT_EXPORTED, List.of(GiftMessage.of("gift.export.weightNotAccepted", "35"))));
    }

    @Test
    void shortTextEscapesMoodlesWildcardWritesDnsTwinsAndReportsAPattern() {
        GiftExport export = write(
                question("st", "s2", "Name it.", "", new ShortTextBody(List.of("cali*", "cali"), "cali.*", false)),
                question(
                        "dns",
                        "s2",
                        "FQDN?",
                        "",
                        new ShortTextBody(List.of("web.prod.svc.cluster.local"), null, true)));

        assertThat(export.text())
                .contains("::st::[markdown]Name it.{\n\t=cali\\\\*\n\t=cali\n}\n")
                .contains("{\n\t=web.prod.svc.cluster.local\n\t=web.prod.svc.cluster.local.\n}\n");
        assertThat(export.notes())
                .containsExactly(
                        new Note(
                                "st",
                                Status.EXPORTED_WITH_LOSS,
                                List.of(GiftMessage.of("gift.export.patternLost", "cali.*"))),
                        new Note("dns", Status.EXPORTED, List.of()));
    }

    @Test
    void aShortAnswerWithAnArrowIsNotExportedSinceMoodleWouldReadAMatchingQuestion() {
        GiftExport export =
                write(question("arrow", "s1", "Flow?", "", new ShortTextBody(List.of("pod->svc"), null, false)));

        assertThat(export.text()).doesNotContain("::arrow::");
        assertThat(export.notes())
                .containsExactly(new Note(
                        "arrow", Status.NOT_EXPORTED, List.of(GiftMessage.of("gift.export.arrowInShortAnswer"))));
        // Written, it would be read as a matching question with one pair.
        assertThat(GiftParser.parse("Flow?{=pod->svc}").blocks().get(0).problem())
                .isEqualTo(GiftMessage.of("gift.problem.matchingTooFewPairs"));
    }

    @Test
    void numericWritesValueAndToleranceOrARangeAndReportsTheUnit() {
        GiftExport export = write(
                question("n1", "s1", "MTU?", "", new NumericBody(1450.0, 0.5, null, null, both("bytes"))),
                question("n2", "s1", "Port?", "", new NumericBody(null, 0, 30000.0, 32767.0, null)),
                question("n3", "s1", "Tiny?", "", new NumericBody(-0.0000001, 0, null, null, null)));

        assertThat(export.text())
                .contains("::n1::[markdown]MTU?{#\n\t=1450:0.5\n}\n")
                .contains("::n2::[markdown]Port?{#\n\t=30000..32767\n}\n")
                .contains("::n3::[markdown]Tiny?{#\n\t=-0.0000001:0\n}\n");
        assertThat(export.notes().get(0).reasons()).containsExactly(GiftMessage.of("gift.export.unitLost", "bytes"));
        assertThat(export.notes().get(1).status()).isEqualTo(Status.EXPORTED);
    }

    @Test
    void orderingIsNotExported() {
        GiftExport export = write(question(
                "ord",
                "s1",
                "Order.",
                "",
                new OrderingBody(
                        List.of(new Item("a", both("a")), new Item("b", both("b")), new Item("c", both("c"))))));

        assertThat(export.text()).doesNotContain("ord");
        assertThat(export.notes())
                .containsExactly(new Note(
                        "ord", Status.NOT_EXPORTED, List.of(GiftMessage.of("gift.export.orderingNotExportable"))));
    }

    @Test
    void theBankInBothLanguagesIsWrittenTheSameEveryTime() {
        var bank = ShippedBank.load();
        var quiz = bank.quiz("chapter-review").orElseThrow();

        for (Locale language : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            GiftExport first = GiftWriter.write(bank, quiz, language);
            assertThat(GiftWriter.write(bank, quiz, language)).isEqualTo(first);
            assertThat(first.notes()).hasSize(quiz.questionIds().size());
        }
        String french = GiftWriter.write(bank, quiz, Locale.FRENCH).text();
        assertThat(french)
                .contains("$CATEGORY: $course$/top/Révision du chapitre 7/Concepts de base du réseau Kubernetes\n")
                .contains("::s71-sidecar-localhost::[markdown]Dans un Pod");
    }

    private static GiftExport write(Question... questions) {
        return GiftWriter.write("Réseau", List.of(questions), SECTIONS::get, Locale.FRENCH);
    }

    /** The text of the only question block of an export. */
    private static String block(GiftExport export) {
        String text = export.text();
        return text.substring(text.indexOf("::")).stripTrailing() + "\n";
    }

    private static Question question(String id, String section, String stem, String explanation, QuestionBody body) {
        return new Question(
                id,
                section,
                List.of(),
                Set.of(),
                Difficulty.EASY,
                new LocalizedText(stem, "en: " + stem),
                new LocalizedText(explanation, "en: " + explanation),
                body,
                "v1");
    }

    private static ChoiceBody.Option option(String id, String text, boolean correct, double weight, String feedback) {
        return new ChoiceBody.Option(id, both(text), correct, weight, feedback == null ? null : both(feedback));
    }

    private static LocalizedText both(String text) {
        return new LocalizedText(text, text);
    }
}
