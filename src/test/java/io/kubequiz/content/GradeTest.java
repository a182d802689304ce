package io.kubequiz.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTest {

    @Test
    void gradeOutcomeIsCorrectAtOne() {
        assertThat(Grade.FULL.score()).isEqualTo(1.0);
        assertThat(Grade.FULL.correct()).isTrue();
        assertThat(Grade.FULL.outcome()).isEqualTo(Grade.Outcome.CORRECT);
    }

    @Test
    void gradeOutcomeIsPartialBetweenZeroAndOne() {
        assertThat(new Grade(0.5).outcome()).isEqualTo(Grade.Outcome.PARTIAL);
        assertThat(new Grade(0.999).outcome()).isEqualTo(Grade.Outcome.PARTIAL);
        assertThat(new Grade(0.001).outcome()).isEqualTo(Grade.Outcome.PARTIAL);
        assertThat(new Grade(0.5).correct()).isFalse();
    }

    @Test
    void gradeOutcomeIsWrongAtZero() {
        assertThat(Grade.ZERO.score()).isZero();
        assertThat(Grade.ZERO.correct()).isFalse();
        assertThat(Grade.ZERO.outcome()).isEqualTo(Grade.Outcome.WRONG);
    }

    @Test
    void gradeRoundsASumOfFractionsNearOneToFullMarks() {
        double third = 1.0 / 3;
        double tenths = 0;
        for (int i = 0; i < 10; i++) {
            tenths += 0.1;
        }
        assertThat(tenths).as("0.1 added ten times is not 1 in doubles").isNotEqualTo(1.0);
        assertThat(new Grade(tenths)).isEqualTo(Grade.FULL);
        assertThat(new Grade(third + third + third).outcome()).isEqualTo(Grade.Outcome.CORRECT);
        assertThat(new Grade(0.9999999).score()).isEqualTo(1.0);
        assertThat(new Grade(1 + 1e-10).score()).isEqualTo(1.0);
    }

    @Test
    void gradeRoundsToSixDecimals() {
        assertThat(new Grade(2.0 / 3).score()).isEqualTo(0.666667);
        assertThat(new Grade(1e-7).outcome()).isEqualTo(Grade.Outcome.WRONG);
        assertThat(new Grade(-1e-10).score()).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            doubles = {-0.5, -1e-6, 1.000001, 1.5, 2, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void gradeRefusesScoresOutsideZeroToOne(double score) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Grade(score)).withMessageContaining("out of [0, 1]");
    }

    @Test
    void gradeOfClampsIntoZeroToOne() {
        assertThat(Grade.of(-0.5)).isEqualTo(Grade.ZERO);
        assertThat(Grade.of(1.5)).isEqualTo(Grade.FULL);
        assertThat(Grade.of(0.25).score()).isEqualTo(0.25);
    }
}
