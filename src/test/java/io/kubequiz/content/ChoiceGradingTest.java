package io.kubequiz.content;

import static io.kubequiz.content.TestQuestions.grade;
import static io.kubequiz.content.TestQuestions.invalid;
import static io.kubequiz.content.TestQuestions.option;
import static io.kubequiz.content.TestQuestions.question;
import static io.kubequiz.content.TestQuestions.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChoiceGradingTest {

    /** One right option among three. */
    private static final ChoiceBody SINGLE =
            new ChoiceBody(false, List.of(option("a", false, 0), option("b", true, 1), option("c", false, 0)));

    /** Two correct options of four, default weights: +1/2 for a right pick, -1/2 for a wrong one. */
    private static final ChoiceBody TWO_OF_FOUR = new ChoiceBody(
            true,
            List.of(
                    option("a", true, 0.5),
                    option("b", true, 0.5),
                    option("c", false, -0.5),
                    option("d", false, -0.5)));

    // --- SINGLE_CHOICE

    @Test
    void singleChoiceRightPickScoresFull() {
        assertThat(grade(SINGLE, "b")).isEqualTo(Grade.FULL);
        assertThat(grade(SINGLE, "b").outcome()).isEqualTo(Grade.Outcome.CORRECT);
    }

    @Test
    void singleChoiceWrongPickScoresZero() {
        assertThat(grade(SINGLE, "a")).isEqualTo(Grade.ZERO);
        assertThat(grade(SINGLE, "c").outcome()).isEqualTo(Grade.Outcome.WRONG);
    }

    @Test
    void singleChoiceBlankAnswerScoresZeroWithoutException() {
        assertThat(question(SINGLE).grade(Answer.empty())).isEqualTo(Grade.ZERO);
        assertThat(grade(SINGLE, "")).isEqualTo(Grade.ZERO);
        assertThat(grade(SINGLE, "  ")).isEqualTo(Grade.ZERO);
    }

    @Test
    void singleChoiceWithTwoPicksIsMalformed() {
        assertThat(invalid(SINGLE, "a", "b").code()).isEqualTo("answer.choice.onlyOne");
    }

    @Test
    void singleChoiceUnknownOptionIsMalformed() {
        assertThat(invalid(SINGLE, "z").code()).isEqualTo("answer.choice.unknown");
    }

    @Test
    void singleChoiceSameOptionTwiceIsMalformed() {
        assertThat(invalid(SINGLE, "b", "b").code()).isEqualTo("answer.choice.duplicate");
    }

    // --- MULTIPLE_CHOICE, default weights

    @Test
    void multipleChoiceBothRightPicksScoreFull() {
        assertThat(grade(TWO_OF_FOUR, "a", "b")).isEqualTo(Grade.FULL);
        assertThat(grade(TWO_OF_FOUR, "b", "a"))
                .as("order of picks does not matter")
                .isEqualTo(Grade.FULL);
    }

    @Test
    void multipleChoiceEachRightPickAddsItsWeight() {
        assertThat(score(TWO_OF_FOUR, "a")).isEqualTo(0.5);
        assertThat(score(TWO_OF_FOUR, "b")).isEqualTo(0.5);
        assertThat(grade(TWO_OF_FOUR, "a").outcome()).isEqualTo(Grade.Outcome.PARTIAL);
    }

    @Test
    void multipleChoiceEachWrongPickSubtractsItsWeight() {
        assertThat(score(TWO_OF_FOUR, "a", "c")).isZero();
        assertThat(score(TWO_OF_FOUR, "a", "b", "c")).isEqualTo(0.5);
    }

    @Test
    void multipleChoicePickingEverythingScoresZero() {
        assertThat(score(TWO_OF_FOUR, "a", "b", "c", "d")).isZero();
    }

    @Test
    void multipleChoiceScoreIsFlooredAtZero() {
        assertThat(score(TWO_OF_FOUR, "c")).isZero();
        assertThat(score(TWO_OF_FOUR, "c", "d")).isZero();
        assertThat(score(TWO_OF_FOUR, "a", "c", "d")).isZero();
        assertThat(grade(TWO_OF_FOUR, "c", "d").outcome()).isEqualTo(Grade.Outcome.WRONG);
    }

    @Test
    void multipleChoiceBlankAnswerScoresZeroWithoutException() {
        assertThat(question(TWO_OF_FOUR).grade(Answer.empty())).isEqualTo(Grade.ZERO);
        assertThat(grade(TWO_OF_FOUR, "", " ")).isEqualTo(Grade.ZERO);
    }

    @Test
    void multipleChoiceUsesExplicitWeights() {
        ChoiceBody weighted = new ChoiceBody(
                true,
                List.of(
                        option("a", true, 0.7),
                        option("b", true, 0.3),
                        option("c", false, -0.2),
                        option("d", false, 0)));
        assertThat(score(weighted, "a")).isCloseTo(0.7, within(1e-9));
        assertThat(score(weighted, "b")).isCloseTo(0.3, within(1e-9));
        assertThat(score(weighted, "a", "d"))
                .as("a zero-weight wrong option costs nothing")
                .isCloseTo(0.7, within(1e-9));
        assertThat(score(weighted, "a", "c")).isCloseTo(0.5, within(1e-9));
        assertThat(score(weighted, "b", "c")).isCloseTo(0.1, within(1e-9));
        assertThat(score(weighted, "a", "b", "c")).isCloseTo(0.8, within(1e-9));
        assertThat(grade(weighted, "a", "b", "d")).isEqualTo(Grade.FULL);
        assertThat(score(weighted, "c")).isZero();
    }

    @Test
    void multipleChoiceThirdsAddUpToFullMarks() {
        double third = 1.0 / 3;
        ChoiceBody thirds = new ChoiceBody(
                true,
                List.of(
                        option("a", true, third),
                        option("b", true, third),
                        option("c", true, third),
                        option("d", false, -third)));
        assertThat(grade(thirds, "a", "b", "c")).isEqualTo(Grade.FULL);
        assertThat(grade(thirds, "c", "a", "b").correct()).isTrue();
        assertThat(score(thirds, "a", "b")).isCloseTo(2.0 / 3, within(1e-6));
        assertThat(score(thirds, "a", "b", "d")).isCloseTo(1.0 / 3, within(1e-6));
    }

    @Test
    void multipleChoiceUnknownOptionIsMalformed() {
        assertThat(invalid(TWO_OF_FOUR, "a", "z").code()).isEqualTo("answer.choice.unknown");
    }

    @Test
    void multipleChoiceSameOptionTwiceIsMalformed() {
        assertThat(invalid(TWO_OF_FOUR, "a", "a").code()).isEqualTo("answer.choice.duplicate");
    }

    @Test
    void choiceTypeFollowsTheMultipleFlag() {
        assertThat(SINGLE.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
        assertThat(TWO_OF_FOUR.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        assertThat(question(TWO_OF_FOUR).type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
    }
}
