package io.kubequiz.content;

import static io.kubequiz.content.TestQuestions.grade;
import static io.kubequiz.content.TestQuestions.invalid;
import static io.kubequiz.content.TestQuestions.item;
import static io.kubequiz.content.TestQuestions.pair;
import static io.kubequiz.content.TestQuestions.question;
import static io.kubequiz.content.TestQuestions.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchingGradingTest {

    /** Four pairs (each left matches the right side of the same id) and one distractor, x. */
    private static final MatchingBody BODY =
            new MatchingBody(List.of(pair("a"), pair("b"), pair("c"), pair("d")), List.of(item("x")));

    @Test
    void matchingAllPairsRightScoresFull() {
        assertThat(grade(BODY, "a=a", "b=b", "c=c", "d=d")).isEqualTo(Grade.FULL);
        assertThat(grade(BODY, "d=d", "c=c", "b=b", "a=a")).isEqualTo(Grade.FULL);
    }

    @Test
    void matchingTwoOfFourRightScoresHalf() {
        assertThat(score(BODY, "a=a", "b=b", "c=d", "d=c")).isEqualTo(0.5);
        assertThat(grade(BODY, "a=a", "b=b", "c=d", "d=c").outcome()).isEqualTo(Grade.Outcome.PARTIAL);
    }

    @Test
    void matchingDistractorPickedCountsWrong() {
        assertThat(score(BODY, "a=a", "b=b", "c=c", "d=x")).isEqualTo(0.75);
    }

    @Test
    void matchingUnansweredLeftCountsWrong() {
        assertThat(score(BODY, "a=a", "b=b", "c=c", "d=")).isEqualTo(0.75);
        assertThat(score(BODY, "a=a", "b=b")).isEqualTo(0.5);
    }

    @Test
    void matchingAllWrongScoresZero() {
        assertThat(grade(BODY, "a=b", "b=a", "c=d", "d=x")).isEqualTo(Grade.ZERO);
    }

    @Test
    void matchingBlankAnswerScoresZeroWithoutException() {
        assertThat(question(BODY).grade(Answer.empty())).isEqualTo(Grade.ZERO);
        assertThat(grade(BODY, "", "")).isEqualTo(Grade.ZERO);
    }

    @Test
    void matchingUnknownLeftIsMalformed() {
        assertThat(invalid(BODY, "a=a", "z=b").code()).isEqualTo("answer.matching.invalid");
        assertThat(invalid(BODY, "x=a").code())
                .as("a distractor is not a left-hand item")
                .isEqualTo("answer.matching.invalid");
    }

    @Test
    void matchingUnknownRightIsMalformed() {
        assertThat(invalid(BODY, "a=a", "b=z").code()).isEqualTo("answer.matching.invalid");
    }

    @Test
    void matchingLeftAnsweredTwiceIsMalformed() {
        assertThat(invalid(BODY, "a=a", "a=b").code()).isEqualTo("answer.matching.invalid");
        assertThat(invalid(BODY, "a=", "a=a").code()).isEqualTo("answer.matching.invalid");
    }

    @Test
    void matchingEntryWithoutEqualsSignIsMalformed() {
        assertThat(invalid(BODY, "a=a", "b").code()).isEqualTo("answer.matching.invalid");
        assertThat(invalid(BODY, "ab").code()).isEqualTo("answer.matching.invalid");
    }
}
