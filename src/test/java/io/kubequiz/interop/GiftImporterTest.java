package io.kubequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.kubequiz.content.Answer;
import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.Difficulty;
import io.kubequiz.content.Item;
import io.kubequiz.content.LocalizedText;
import io.kubequiz.content.MatchingBody;
import io.kubequiz.content.NumericBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionType;
import io.kubequiz.content.RichText;
import io.kubequiz.content.ShortTextBody;
import io.kubequiz.content.TrueFalseBody;
import java.util.List;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** GIFT questions become the bank's questions, graded as Moodle grades them, or a problem says why not. */
class GiftImporterTest {

    @Test
    void singleChoiceGetsLetterIdsFeedbackAndTheGeneralFeedbackAsExplanation() {
        List<GiftImportItem> items = GiftImporter.importAll(GiftParserTest.parse("multiple-choice.gift"), "set1");

        GiftImportItem tomb = items.get(0);
        assertThat(tomb.line()).isEqualTo(2);
        assertThat(tomb.name()).isEqualTo("Grant's tomb");
        Question question = tomb.question();
        assertThat(question.id()).isEqualTo("set1-q1");
        assertThat(question.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(question.stem()).isEqualTo(both("Who's buried in Grant's tomb?"));
        assertThat(question.explanation()).isEqualTo(both("Grant and his wife lie in sarcophagi above ground."));
        assertThat(((ChoiceBody) question.body()).options())
                .containsExactly(
                        new ChoiceBody.Option("a", both("Grant"), false, -1, both("No, he is not there.")),
                        new ChoiceBody.Option("b", both("no one"), true, 1, both("Right: it is a tomb above ground.")),
                        new ChoiceBody.Option("c", both("Jefferson"), false, -1, null));
        assertThat(tomb.canonicalJson()).contains("\"id\":\"set1-q1\"");
        assertThat(question.version()).hasSize(16);
        assertThat(tomb.warnings()).isEmpty();
        assertThat(items).extracting(i -> i.question().id()).containsExactly("set1-q1", "set1-q2", "set1-q3");
    }

    @Test
    void multipleAnswersKeepMoodlesGradesAsExactFractions() {
        Question primes = GiftImporter.importAll(GiftParserTest.parse("multiple-choice.gift"), "set1")
                .get(1)
                .question();

        assertThat(primes.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(((ChoiceBody) primes.body()).options())
                .extracting(ChoiceBody.Option::correct, ChoiceBody.Option::weight)
                .containsExactly(tuple(true, 0.5), tuple(true, 0.5), tuple(false, -1.0), tuple(false, -1.0 / 3));
        assertThat(primes.grade(Answer.of("a", "b")).score()).isEqualTo(1.0);
        assertThat(primes.grade(Answer.of("a", "d")).score()).isCloseTo(0.5 - 1.0 / 3, Offset.offset(1e-6));
        assertThat(primes.grade(Answer.of("a", "c")).score()).isZero();
    }

    @Test
    void gradesMoodleRoundsAreScaledToOneHundredPercent() {
        ChoiceBody body = (ChoiceBody) only("Pick.{~%33.333%a ~%33.333%b ~%33.333%c ~%-50%d}")
                .question()
                .body();

        assertThat(body.options().stream()
                        .filter(ChoiceBody.Option::correct)
                        .mapToDouble(ChoiceBody.Option::weight)
                        .sum())
                .isCloseTo(1.0, Offset.offset(1e-12));
        assertThat(body.options().get(3).weight()).isEqualTo(-0.5);
    }

    @Test
    void choiceQuestionsOurModelCannotGradeAsMoodleAreProblems() {
        assertThat(problem("Pick.{=a =b ~c}")).isEqualTo(GiftMessage.of("gift.problem.singleSeveralRight"));
        assertThat(problem("Pick.{=a ~%50%b ~c}")).isEqualTo(GiftMessage.of("gift.problem.singlePartialCredit", "50"));
        assertThat(problem("Pick.{=a ~%-25%b}")).isEqualTo(GiftMessage.of("gift.problem.singlePartialCredit", "-25"));
        assertThat(problem("Pick.{~%50%a ~%20%b ~c}")).isEqualTo(GiftMessage.of("gift.problem.weightsNotFull", "70"));
        assertThat(problem("{=a ~b}")).isEqualTo(GiftMessage.of("gift.problem.emptyStem"));
        assertThat(problem("[html]Which picture?{=<img src\\=\"a.png\"> ~<b>b</b>}"))
                .isEqualTo(GiftMessage.of("gift.problem.emptyAnswer"));
    }

    @Test
    void trueFalseDropsItsAnswerFeedbackWithAWarning() {
        List<GiftImportItem> items = GiftImporter.importAll(GiftParserTest.parse("true-false.gift"), "tf");

        assertThat(items)
                .extracting(i -> i.question().body())
                .startsWith(new TrueFalseBody(true), new TrueFalseBody(false), new TrueFalseBody(true));
        assertThat(items.get(0).warnings()).isEmpty();
        assertThat(items.get(2).warnings()).containsExactly(GiftMessage.of("gift.warning.feedbackDropped"));
        assertThat(items.get(2).question().explanation()).isEqualTo(both("Boiling depends on pressure."));
    }

    @Test
    void shortAnswersAcceptedWildcardsAsPatternAndPartialCreditRefused() {
        List<GiftImportItem> items = GiftImporter.importAll(GiftParserTest.parse("short-answer.gift"), "sa");

        assertThat(items.get(0).question().body())
                .isEqualTo(new ShortTextBody(List.of("no one", "nobody"), null, false));
        assertThat(items.get(1).problem()).isEqualTo(GiftMessage.of("gift.problem.shortPartialCredit", "50"));
        assertThat(items.get(2).question().body()).isEqualTo(new ShortTextBody(List.of("four"), null, false));
        Question calico = items.get(3).question();
        assertThat(calico.body()).isEqualTo(new ShortTextBody(List.of("cali*", "eth0"), "\\Qcali\\E.*", false));
        assertThat(calico.grade(Answer.of("calico")).score()).isEqualTo(1.0);
        assertThat(calico.grade(Answer.of("CALI1234")).score()).isEqualTo(1.0);
        assertThat(calico.grade(Answer.of("cali*")).score()).isEqualTo(1.0);
        assertThat(calico.grade(Answer.of("eth1")).score()).isZero();
    }

    @Test
    void shortAnswerSpecialCases() {
        assertThat(only("DNS name?{=web.prod.svc.cluster.local =web.prod.svc.cluster.local.}")
                        .question()
                        .body())
                .isEqualTo(new ShortTextBody(List.of("web.prod.svc.cluster.local"), null, true));
        assertThat(only("A dot?{=a. =b}").question().body())
                .isEqualTo(new ShortTextBody(List.of("a.", "b"), null, false));
        GiftImportItem zero = only("Service type?{=ClusterIP =%0%Ingress#Not a Service type.}");
        assertThat(zero.question().body()).isEqualTo(new ShortTextBody(List.of("ClusterIP"), null, false));
        assertThat(zero.warnings())
                .containsExactly(
                        GiftMessage.of("gift.warning.feedbackDropped"),
                        GiftMessage.of("gift.warning.wrongAnswersDropped"));
        assertThat(problem("Name?{=cal* =*ico}")).isEqualTo(GiftMessage.of("gift.problem.shortOnlyWildcards"));
    }

    @Test
    void numericValueRangeAndWhatCannotBeGradedTheSame() {
        List<GiftImportItem> items = GiftImporter.importAll(GiftParserTest.parse("numeric.gift"), "n");

        assertThat(items.get(0).question().body()).isEqualTo(new NumericBody(3.14, 0.01, null, null, null));
        assertThat(items.get(1).question().body()).isEqualTo(new NumericBody(null, 0, 1.0, 2.0, null));
        assertThat(items.get(2).question().body()).isEqualTo(new NumericBody(8.0, 0, null, null, null));
        assertThat(items.get(3).problem()).isEqualTo(GiftMessage.of("gift.problem.numericPartialCredit", "50"));
        assertThat(items.get(4).question().body()).isEqualTo(new NumericBody(-273.15, 0.15, null, null, null));

        GiftImportItem disjoint = only("Year?{#=1822:0 =%0%1900:10#Much too late. ~#No.}");
        assertThat(disjoint.question().body()).isEqualTo(new NumericBody(1822.0, 0, null, null, null));
        assertThat(disjoint.warnings())
                .containsExactlyInAnyOrder(
                        GiftMessage.of("gift.warning.wrongAnswersDropped"),
                        GiftMessage.of("gift.warning.feedbackDropped"));
        assertThat(problem("Year?{#=1822:5 =%0%1825:1}"))
                .isEqualTo(GiftMessage.of("gift.problem.numericSeveralAnswers"));
        assertThat(problem("Year?{#=1822:0 =1900:0}")).isEqualTo(GiftMessage.of("gift.problem.numericSeveralAnswers"));
        assertThat(problem("Year?{#=%50%1822:0}")).isEqualTo(GiftMessage.of("gift.problem.numericPartialCredit", "50"));
    }

    @Test
    void matchingPairsThenDistractorsSharedRightSidesRefused() {
        Question capitals = GiftImporter.importAll(GiftParserTest.parse("matching.gift"), "m")
                .get(0)
                .question();

        assertThat(capitals.body())
                .isEqualTo(new MatchingBody(
                        List.of(
                                new MatchingBody.Pair("a", both("Canada"), both("Ottawa")),
                                new MatchingBody.Pair("b", both("Italy"), both("Rome")),
                                new MatchingBody.Pair("c", both("Japan"), both("Tokyo"))),
                        List.of(new Item("d", both("Paris")))));
        assertThat(capitals.grade(Answer.of("a=a", "b=d", "c=c")).score()).isCloseTo(2.0 / 3, Offset.offset(1e-6));
        assertThat(only("Match.{=a -> x =b -> y = -> x}").question().body())
                .isEqualTo(new MatchingBody(
                        List.of(
                                new MatchingBody.Pair("a", both("a"), both("x")),
                                new MatchingBody.Pair("b", both("b"), both("y"))),
                        List.of()));
        assertThat(problem("Match.{=cat -> mammal =dog -> mammal =trout -> fish}"))
                .isEqualTo(GiftMessage.of("gift.problem.matchingSharedRight", "mammal"));
    }

    @Test
    void missingWordStemShowsTheBlankLiterally() {
        Question tomb = GiftImporter.importAll(GiftParserTest.parse("missing-word.gift"), "mw")
                .get(0)
                .question();

        assertThat(tomb.stem().en()).isEqualTo("Grant is \\_\\_\\_\\_\\_ in Grant's tomb.");
        assertThat(RichText.html(tomb.stem().en())).isEqualTo("<p>Grant is _____ in Grant's tomb.</p>\n");
    }

    @Test
    void textFormatsBecomeMarkdown() {
        List<GiftImportItem> items = GiftImporter.importAll(GiftParserTest.parse("formats.gift"), "f");

        GiftImportItem html = items.get(0);
        assertThat(html.question().stem().en())
                // Moodle trims every line of a GIFT file: the indentation of the second line is gone.
                .isEqualTo("Pick the **right** command \\& press `Enter`:\n\n```\nkubectl get   pods\n-o wide\n```");
        assertThat(((ChoiceBody) html.question().body()).options())
                .extracting(o -> o.text().en())
                .containsExactly("`kubectl`", "*ls*");
        assertThat(html.warnings()).containsExactly(GiftMessage.of("gift.warning.htmlConverted"));
        assertThat(items.get(1).question().stem().en()).isEqualTo("Is 2 \\* 3 \\< 7? # Not a comment\\\nSecond line.");
        assertThat(items.get(1).warnings()).isEmpty();
        assertThat(items.get(2).question().stem().en()).isEqualTo("Run `kubectl get pods`.");
        assertThat(items.get(2).question().explanation().en()).isEqualTo("Because \\*it\\* works.");
        assertThat(items.get(3).question().stem().en()).isEqualTo("First line\\\nsecond line with **bold**.");
        assertThat(items.get(4).question().stem().en()).isEqualTo("A text with no format, no markup.");
        assertThat(items.get(5).question().stem().en()).isEqualTo("\\[latex\\]x^2");
    }

    @Test
    void theCallerGivesIdSectionObjectivesTagsAndDifficulty() {
        GiftBlock block = GiftParser.parse("Is it?{T}").blocks().get(0);

        Question question = GiftImporter.convert(
                        block,
                        new GiftImportTarget("set9-q4", "7.3", List.of("ob-dns"), Set.of("imported"), Difficulty.HARD))
                .question();

        assertThat(question)
                .extracting(Question::id, Question::section, Question::objectives, Question::tags, Question::difficulty)
                .containsExactly("set9-q4", "7.3", List.of("ob-dns"), Set.of("imported"), Difficulty.HARD);
        assertThat(GiftImporter.convert(block, GiftImportTarget.of("Not An Id")).problem())
                .isEqualTo(GiftMessage.of("gift.problem.invalid", "question id missing or not [a-z0-9-]"));
    }

    @Test
    void aBlockThatDidNotParseKeepsItsProblemAndPosition() {
        List<GiftImportItem> items = GiftImporter.importAll(GiftParser.parse("Essay?{}\n\nFine?{T}"), "p");

        assertThat(items)
                .extracting(
                        GiftImportItem::line,
                        GiftImportItem::usable,
                        i -> i.problem() == null ? null : i.problem().key())
                .containsExactly(tuple(1, false, "gift.problem.essay"), tuple(3, true, null));
        assertThat(items.get(1).question().id()).isEqualTo("p-q2");
    }

    private static GiftImportItem only(String gift) {
        List<GiftImportItem> items = GiftImporter.importAll(GiftParser.parse(gift), "x");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static GiftMessage problem(String gift) {
        GiftImportItem item = only(gift);
        assertThat(item.usable()).as(gift).isFalse();
        return item.problem();
    }

    private static LocalizedText both(String text) {
        return new LocalizedText(text, text);
    }
}
