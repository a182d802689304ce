package io.kubequiz.content;

import static io.kubequiz.content.TestQuestions.grade;
import static io.kubequiz.content.TestQuestions.invalid;
import static io.kubequiz.content.TestQuestions.item;
import static io.kubequiz.content.TestQuestions.question;
import static io.kubequiz.content.TestQuestions.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrderingGradingTest {

    private static final OrderingBody BODY = new OrderingBody(List.of(item("a"), item("b"), item("c"), item("d")));

    @Test
    void orderingExactOrderScoresFull() {
        assertThat(grade(BODY, "a", "b", "c", "d")).isEqualTo(Grade.FULL);
    }

    @Test
    void orderingOneItemMovedScoresTwoThirds() {
        // L = 3 of n = 4: (3 - 1) / (4 - 1)
        assertThat(score(BODY, "b", "a", "c", "d")).isCloseTo(2.0 / 3, within(1e-6));
        assertThat(score(BODY, "d", "a", "b", "c")).isCloseTo(2.0 / 3, within(1e-6));
        assertThat(score(BODY, "a", "c", "d", "b")).isCloseTo(2.0 / 3, within(1e-6));
        assertThat(grade(BODY, "b", "a", "c", "d").outcome()).isEqualTo(Grade.Outcome.PARTIAL);
    }

    @Test
    void orderingTwoItemsOutOfPlaceScoresOneThird() {
        // longest run in the right relative order: a, c (or b, d) -> L = 2
        assertThat(score(BODY, "b", "d", "a", "c")).isCloseTo(1.0 / 3, within(1e-6));
    }

    @Test
    void orderingReversedScoresZero() {
        assertThat(grade(BODY, "d", "c", "b", "a")).isEqualTo(Grade.ZERO);
        assertThat(grade(BODY, "d", "c", "b", "a").outcome()).isEqualTo(Grade.Outcome.WRONG);
    }

    @Test
    void orderingBlankAnswerScoresZeroWithoutException() {
        assertThat(question(BODY).grade(Answer.empty())).isEqualTo(Grade.ZERO);
        assertThat(grade(BODY, "", "", "", "")).isEqualTo(Grade.ZERO);
    }

    @Test
    void orderingMissingItemIsMalformed() {
        assertNotAPermutation("a", "b", "c");
    }

    @Test
    void orderingDuplicateItemIsMalformed() {
        assertNotAPermutation("a", "a", "b", "c");
    }

    @Test
    void orderingUnknownItemIsMalformed() {
        assertNotAPermutation("a", "b", "c", "z");
    }

    @Test
    void orderingWrongSizeIsMalformed() {
        assertNotAPermutation("a", "b", "c", "d", "a");
        assertNotAPermutation("a", "b", "c", "d", "e");
        assertNotAPermutation("a");
    }

    @Test
    void orderingWithABlankSlotIsMalformed() {
        assertNotAPermutation("a", "b", "", "d");
    }

    private static void assertNotAPermutation(String... values) {
        InvalidAnswerException e = invalid(BODY, values);
        assertThat(e.code()).isEqualTo("answer.ordering.invalid");
        assertThat(e.arguments()).as("the number of items to order").containsExactly(4);
    }

    @Test
    void longestIncreasingRunOfEmptyAndSingleValues() {
        assertThat(OrderingBody.longestIncreasingRun(new int[] {})).isZero();
        assertThat(OrderingBody.longestIncreasingRun(new int[] {7})).isEqualTo(1);
    }

    @Test
    void longestIncreasingRunOfSortedAndReversedValues() {
        assertThat(OrderingBody.longestIncreasingRun(new int[] {0, 1, 2, 3})).isEqualTo(4);
        assertThat(OrderingBody.longestIncreasingRun(new int[] {3, 2, 1, 0})).isEqualTo(1);
    }

    @Test
    void longestIncreasingRunSkipsItemsThatBreakTheOrder() {
        assertThat(OrderingBody.longestIncreasingRun(new int[] {1, 0, 2, 3})).isEqualTo(3);
        assertThat(OrderingBody.longestIncreasingRun(new int[] {3, 1, 2, 0, 4})).isEqualTo(3);
        assertThat(OrderingBody.longestIncreasingRun(new int[] {2, 5, 3, 7, 11, 8, 10, 13, 6}))
                .isEqualTo(6);
        assertThat(OrderingBody.longestIncreasingRun(new int[] {0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15}))
                .isEqualTo(6);
    }

    @Test
    void longestIncreasingRunIsStrict() {
        assertThat(OrderingBody.longestIncreasingRun(new int[] {2, 2, 2})).isEqualTo(1);
        assertThat(OrderingBody.longestIncreasingRun(new int[] {1, 2, 2, 3})).isEqualTo(3);
    }
}
