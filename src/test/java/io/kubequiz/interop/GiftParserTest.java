package io.kubequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kubequiz.interop.GiftQuestion.Choice;
import io.kubequiz.interop.GiftQuestion.Choices;
import io.kubequiz.interop.GiftQuestion.Format;
import io.kubequiz.interop.GiftQuestion.Kind;
import io.kubequiz.interop.GiftQuestion.Match;
import io.kubequiz.interop.GiftQuestion.Matching;
import io.kubequiz.interop.GiftQuestion.NumericAnswer;
import io.kubequiz.interop.GiftQuestion.Numerical;
import io.kubequiz.interop.GiftQuestion.ShortAnswer;
import io.kubequiz.interop.GiftQuestion.ShortAnswers;
import io.kubequiz.interop.GiftQuestion.Text;
import io.kubequiz.interop.GiftQuestion.TrueFalse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written GIFT files, one per construct of Moodle's GIFT documentation, read into the expected questions. */
class GiftParserTest {

    @Test
    void multipleChoiceWithOneRightAnswerFeedbackAndGeneralFeedback() {
        List<GiftBlock> blocks = parse("multiple-choice.gift").blocks();

        assertThat(blocks)
                .extracting(GiftBlock::line, GiftBlock::name)
                .containsExactly(tuple(2, "Grant's tomb"), tuple(10, "Primes"), tuple(17, "On one line"));
        GiftQuestion tomb = blocks.get(0).question();
        assertThat(tomb.stem()).isEqualTo(markdownless("Who's buried in Grant's tomb?"));
        assertThat(tomb.generalFeedback())
                .isEqualTo(markdownless("Grant and his wife lie in sarcophagi above ground."));
        assertThat(tomb.missingWord()).isFalse();
        Choices choices = (Choices) tomb.answers();
        assertThat(choices.single()).isTrue();
        assertThat(choices.choices())
                .containsExactly(
                        new Choice(0, markdownless("Grant"), markdownless("No, he is not there.")),
                        new Choice(1, markdownless("no one"), markdownless("Right: it is a tomb above ground.")),
                        new Choice(0, markdownless("Jefferson"), null));
    }

    @Test
    void multipleAnswersWithWeightsNegativeAndDecimal() {
        Choices primes = (Choices)
                parse("multiple-choice.gift").blocks().get(1).question().answers();

        assertThat(primes.single()).isFalse();
        assertThat(primes.choices())
                .extracting(Choice::fraction, c -> c.text().text())
                .containsExactly(tuple(0.5, "2"), tuple(0.5, "3"), tuple(-1.0, "4"), tuple(-0.3333333, "6"));
        assertThat(primes.choices().get(2).feedback()).isEqualTo(markdownless("Four is 2 × 2."));
        Choices oneLine = (Choices)
                parse("multiple-choice.gift").blocks().get(2).question().answers();
        assertThat(oneLine.choices()).extracting(c -> c.text().text()).containsExactly("white", "black", "green");
    }

    @Test
    void trueFalseInEveryFormWithWrongThenRightFeedback() {
        List<GiftBlock> blocks = parse("true-false.gift").blocks();

        assertThat(blocks.get(0).question().answers()).isEqualTo(new TrueFalse(true, null, null));
        assertThat(blocks.get(1).question().answers()).isEqualTo(new TrueFalse(false, null, null));
        assertThat(blocks.get(2).question().answers())
                .isEqualTo(new TrueFalse(true, markdownless("No, check again."), markdownless("Yes, at 1013 hPa.")));
        assertThat(blocks.get(2).question().generalFeedback()).isEqualTo(markdownless("Boiling depends on pressure."));
        // Moodle compares T, TRUE, F and FALSE case-sensitively: anything else is a short answer.
        assertThat(blocks.get(3).question().kind()).isEqualTo(Kind.SHORT_ANSWER);
    }

    @Test
    void shortAnswersWithWeightsFeedbackAndWildcards() {
        List<GiftBlock> blocks = parse("short-answer.gift").blocks();

        assertThat(((ShortAnswers) blocks.get(0).question().answers()).answers())
                .containsExactly(new ShortAnswer(1, "no one", null), new ShortAnswer(1, "nobody", null));
        assertThat(((ShortAnswers) blocks.get(1).question().answers()).answers())
                .containsExactly(
                        new ShortAnswer(1, "ClusterIP", markdownless("Right.")),
                        new ShortAnswer(1, "NodePort", null),
                        new ShortAnswer(0.5, "Ingress", markdownless("Not a Service type.")));
        assertThat(((ShortAnswers) blocks.get(2).question().answers()).answers())
                .containsExactly(new ShortAnswer(1, "four", null));
        // \\* is an escaped backslash then *, which Moodle's short answer reads as a literal asterisk.
        assertThat(((ShortAnswers) blocks.get(3).question().answers()).answers())
                .extracting(ShortAnswer::text)
                .containsExactly("cali*", "cali\\*", "eth0");
    }

    @Test
    void numericWithToleranceRangeExactSeveralAnswersAndWrongFeedback() {
        List<GiftBlock> blocks = parse("numeric.gift").blocks();

        assertThat(((Numerical) blocks.get(0).question().answers()).answers())
                .containsExactly(new NumericAnswer(1, 3.14, 0.01, null, null, null));
        assertThat(((Numerical) blocks.get(1).question().answers()).answers())
                .containsExactly(new NumericAnswer(1, null, null, 1.0, 2.0, null));
        assertThat(((Numerical) blocks.get(2).question().answers()).answers())
                .containsExactly(new NumericAnswer(1, 8.0, 0.0, null, null, null));
        Numerical grant = (Numerical) blocks.get(3).question().answers();
        assertThat(grant.answers())
                .containsExactly(
                        new NumericAnswer(1, 1822.0, 0.0, null, null, markdownless("Right.")),
                        new NumericAnswer(0.5, 1822.0, 2.0, null, null, markdownless("Close.")));
        assertThat(grant.wrongFeedback()).isEqualTo(markdownless("Not even close."));
        GiftQuestion zero = blocks.get(4).question();
        assertThat(((Numerical) zero.answers()).answers())
                .containsExactly(new NumericAnswer(1, -273.15, 0.15, null, null, null));
        assertThat(zero.generalFeedback()).isEqualTo(markdownless("Kelvin scale."));
    }

    @Test
    void matchingWithAnExtraWrongAnswerAndEscapedSigns() {
        List<GiftBlock> blocks = parse("matching.gift").blocks();

        assertThat(((Matching) blocks.get(0).question().answers()).matches())
                .containsExactly(
                        new Match(markdownless("Canada"), "Ottawa"),
                        new Match(markdownless("Italy"), "Rome"),
                        new Match(markdownless("Japan"), "Tokyo"),
                        new Match(null, "Paris"));
        // "\-" is no GIFT escape: it stays, and the first "->" is the one that separates.
        assertThat(((Matching) blocks.get(1).question().answers()).matches())
                .containsExactly(
                        new Match(markdownless("a = b"), "equals"), new Match(markdownless("a \\"), "b -> arrow"));
    }

    @Test
    void missingWordQuestionsGetABlankWhereTheAnswersStood() {
        List<GiftBlock> blocks = parse("missing-word.gift").blocks();

        assertThat(blocks.get(0).line()).isEqualTo(2);
        assertThat(blocks.get(0).name()).isNull();
        assertThat(blocks.get(0).question().missingWord()).isTrue();
        assertThat(blocks.get(0).question().stem().text()).isEqualTo("Grant is _____ in Grant's tomb.");
        assertThat(blocks.get(0).question().kind()).isEqualTo(Kind.MULTIPLE_CHOICE);
        assertThat(blocks.get(1).question().stem().text()).isEqualTo("The capital of France is _____ on the Seine.");
        assertThat(blocks.get(1).question().kind()).isEqualTo(Kind.SHORT_ANSWER);
    }

    @Test
    void textFormatsApplyToTheQuestionAndByDefaultToItsAnswers() {
        List<GiftBlock> blocks = parse("formats.gift").blocks();

        GiftQuestion html = blocks.get(0).question();
        assertThat(html.stem().format()).isEqualTo(Format.HTML);
        assertThat(html.stem().text()).startsWith("<p>Pick the <b>right</b> command &amp; press");
        assertThat(((Choices) html.answers()).choices().get(0).text())
                .isEqualTo(new Text("<code>kubectl</code>", Format.HTML));
        assertThat(blocks.get(1).question().stem())
                .isEqualTo(new Text("Is 2 * 3 < 7? # Not a comment\nSecond line.", Format.PLAIN));
        GiftQuestion markdown = blocks.get(2).question();
        assertThat(markdown.stem()).isEqualTo(new Text("Run `kubectl get pods`.", Format.MARKDOWN));
        assertThat(((Choices) markdown.answers()).choices().get(0).text()).isEqualTo(new Text("Yes", Format.MARKDOWN));
        assertThat(markdown.generalFeedback()).isEqualTo(new Text("Because *it* works.", Format.PLAIN));
        assertThat(blocks.get(3).question().stem())
                .isEqualTo(new Text("First line\nsecond line with <b>bold</b>.", Format.MOODLE));
        assertThat(blocks.get(4).question().stem().format()).isEqualTo(Format.MOODLE);
        assertThat(blocks.get(5).question().stem()).isEqualTo(new Text("[latex]x^2", Format.MOODLE));
    }

    @Test
    void commentsAndCategories() {
        List<GiftBlock> blocks = parse("comments-categories.gift").blocks();

        assertThat(blocks)
                .extracting(GiftBlock::line, GiftBlock::name, GiftBlock::category)
                .containsExactly(
                        tuple(6, "first", "$course$/top/Networking"),
                        tuple(11, "second", "$course$/top/Networking/DNS"));
        assertThat(blocks.get(1).question().stem().text()).isEqualTo("Second\nquestion?");
    }

    @Test
    void escapesInNamesTextsAndAnswers() {
        List<GiftBlock> blocks = parse("escapes.gift").blocks();

        GiftBlock escaped = blocks.get(0);
        assertThat(escaped.name()).isEqualTo("esc:aped {name}");
        assertThat(escaped.question().stem().text())
                .isEqualTo("Escapes: ~ = # { } \\ and a line\nbreak, a backslash \\d kept.");
        assertThat(((Choices) escaped.question().answers()).choices())
                .containsExactly(
                        new Choice(1, markdownless("a = b # c"), markdownless("feedback with : colon")),
                        new Choice(0, markdownless("x ~ y"), null));
        assertThat(blocks.get(1).question().stem().text())
                .isEqualTo(
                        "Apply this:\n\n```yaml\napiVersion: v1\nkind: Service\n\nspec:\n  ports:\n    - port: 80\n```");
    }

    /** A text in Moodle's default format, as a block without a format gives it. */
    private static Text markdownless(String text) {
        return new Text(text, Format.MOODLE);
    }

    static GiftDocument parse(String fixture) {
        return GiftParser.parse(read(fixture));
    }

    static String read(String fixture) {
        try (InputStream in = GiftParserTest.class.getResourceAsStream("/gift/" + fixture)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
