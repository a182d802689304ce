package io.kubequiz.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.Difficulty;
import io.kubequiz.content.Item;
import io.kubequiz.content.LocalizedText;
import io.kubequiz.content.MatchingBody;
import io.kubequiz.content.NumericBody;
import io.kubequiz.content.OrderingBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBody;
import io.kubequiz.content.TrueFalseBody;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The dashboard's own arithmetic and texts, without Spring. */
class DashboardCalculationsTest {

    private static LocalizedText text(String fr, String en) {
        return new LocalizedText(fr, en);
    }

    private static Question question(QuestionBody body) {
        return new Question(
                "q", "7.1", List.of("o"), Set.of(), Difficulty.EASY, text("É", "S"), text("É", "E"), body, "v1");
    }

    private static DashboardAnswers answers() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("dashboard.noAnswer", Locale.ENGLISH, "no answer");
        messages.addMessage("question.true", Locale.ENGLISH, "True");
        messages.addMessage("question.false", Locale.FRENCH, "Faux");
        return new DashboardAnswers(messages);
    }

    @Test
    void meanMedianAndHistogramBins() {
        List<Double> grades = List.of(100.0, 9.99, 10.0, 45.0, 90.0, 100.0 * 0.3 / 3);
        assertThat(DashboardStats.histogram(grades)).containsExactly(1, 2, 0, 0, 1, 0, 0, 0, 0, 2);
        assertThat(DashboardStats.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(DashboardStats.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
        assertThat(DashboardStats.mean(List.of(1.0, 2.0))).isEqualTo(1.5);
        assertThat(DashboardStats.mean(List.of())).isNull();
        assertThat(DashboardStats.median(List.of())).isNull();
        assertThat(DashboardStats.percent(2, 3)).isEqualTo(67);
        assertThat(DashboardStats.percent(0, 0)).isZero();
    }

    @Test
    void stemExcerptsArePlainAndShort() {
        assertThat(DashboardTexts.plain("Run `kubectl get pods`:\n\n```yaml\nkind: Pod\n```\n**Why?**"))
                .isEqualTo("Run kubectl get pods: … Why?");
        String excerpt = DashboardTexts.excerpt("word ".repeat(40), 30);
        assertThat(excerpt).endsWith("…").hasSizeLessThanOrEqualTo(30);
        assertThat(DashboardTexts.excerpt("short", 30)).isEqualTo("short");
    }

    @Test
    void answersReadAsTextInThePagesLanguage() {
        DashboardAnswers answers = answers();
        Question choice = question(new ChoiceBody(
                true,
                List.of(
                        new ChoiceBody.Option("a", text("`A` fr", "`A` en"), true, 1, null),
                        new ChoiceBody.Option("b", text("B fr", "B en"), false, -1, null))));
        assertThat(answers.of(choice, "b|a", Locale.ENGLISH).parts()).containsExactly("B en", "A en");
        assertThat(answers.of(choice, "", Locale.ENGLISH))
                .isEqualTo(new DashboardAnswerText(List.of("no answer"), false, true));

        Question matching = question(new MatchingBody(
                List.of(
                        new MatchingBody.Pair("p1", text("L1", "L1"), text("R1 fr", "R1 en")),
                        new MatchingBody.Pair("p2", text("L2", "L2"), text("R2 fr", "R2 en"))),
                List.of(new Item("d", text("D fr", "D en")))));
        assertThat(answers.of(matching, "p1=d|p2=", Locale.FRENCH).parts()).containsExactly("L1 → D fr", "L2 → —");

        Question ordering = question(
                new OrderingBody(List.of(new Item("x", text("X fr", "X en")), new Item("y", text("Y fr", "Y en")))));
        DashboardAnswerText order = answers.of(ordering, "y|x", Locale.ENGLISH);
        assertThat(order.parts()).containsExactly("Y en", "X en");
        assertThat(order.ordered()).isTrue();

        assertThat(answers.of(question(new TrueFalseBody(true)), "false", Locale.FRENCH)
                        .parts())
                .containsExactly("Faux");
        Question numeric = question(new NumericBody(256.0, 0, null, null, null));
        assertThat(answers.of(numeric, "2 5|6", Locale.ENGLISH).parts()).containsExactly("2 5|6");
    }
}
