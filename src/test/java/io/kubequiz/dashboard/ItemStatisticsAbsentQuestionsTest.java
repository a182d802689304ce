package io.kubequiz.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.kubequiz.dashboard.ItemStatistics.FlagReason;
import io.kubequiz.dashboard.ItemStatistics.QuestionStatistics;
import io.kubequiz.dashboard.ItemStatistics.TestStatistics;
import io.kubequiz.dashboard.ItemStatistics.TestSummary;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Questions absent from some attempts (quizzes that draw their questions at random): per-question figures over the
 * attempts that contained the question, test totals in percent of each attempt's own maximum, no alpha. Every expected
 * value is worked out by hand in the comments (sample variances, divided by n − 1).
 */
class ItemStatisticsAbsentQuestionsTest {

    private static final Offset<Double> EPS = within(1e-9);
    private static final double NOT_ASKED = Double.NaN; // ignored: the mask says the question was not asked
    private static final List<Double> THREE = List.of(1.0, 1.0, 1.0);

    private static boolean[] asked(boolean... flags) {
        return flags;
    }

    /*
     * maxima (1, 1, 1); "–" = not asked.
     *
     *   attempt  q1  q2  q3 | total  of max | percent
     *   A1        1   1   – |   2      2    |  100
     *   A2        1   –   0 |   1      2    |   50
     *   A3        0   0   – |   0      2    |    0
     *   A4        –   1   1 |   2      2    |  100
     */
    private static TestStatistics workedExample() {
        ItemStatistics.Accumulator accumulator = ItemStatistics.accumulator(THREE);
        accumulator.add(new double[] {1, 1, NOT_ASKED}, asked(true, true, false));
        accumulator.add(new double[] {1, NOT_ASKED, 0}, asked(true, false, true));
        accumulator.add(new double[] {0, 0, NOT_ASKED}, asked(true, true, false));
        accumulator.add(new double[] {NOT_ASKED, 1, 1}, asked(false, true, true));
        assertThat(accumulator.attemptsWith(0)).isEqualTo(3);
        assertThat(accumulator.attemptsWith(1)).isEqualTo(3);
        assertThat(accumulator.attemptsWith(2)).isEqualTo(2);
        assertThat(accumulator.sameQuestions()).isFalse();
        return accumulator.result();
    }

    @Test
    void eachQuestionIsMeasuredOverTheAttemptsThatContainedIt() {
        TestStatistics stats = workedExample();

        /*
         * q1 over A1, A2, A3: scores (1, 1, 0), rests = total − q1 = (1, 0, 0).
         *   facility = 100 × 2/3 = 66.667 (counting A4 as 0 would give 50)
         *   dev (1/3, 1/3, −2/3), Σ² = 6/9, var = 1/3 → SD = 100/√3 = 57.735
         *   rest dev (2/3, −1/3, −1/3), var = 1/3; Σ cross = 2/9 − 1/9 + 2/9 = 1/3, cov = 1/6
         *   r = (1/6)/(1/3) = .5 → discrimination 50
         *   sorted (0, 1, 1) and (0, 0, 1): Σ cross = 2/9 − 1/9 + 2/9 = 1/3, cov_max = 1/6 → efficiency 100
         */
        QuestionStatistics q1 = stats.questions().get(0);
        assertThat(q1.facilityIndex()).isCloseTo(200.0 / 3, EPS);
        assertThat(q1.standardDeviation()).isCloseTo(100 / Math.sqrt(3), EPS);
        assertThat(q1.discriminationIndex()).isCloseTo(50, EPS);
        assertThat(q1.discriminativeEfficiency()).isCloseTo(100, EPS);
        assertThat(q1.flagged()).isFalse();

        /*
         * q2 over A1, A3, A4: scores (1, 0, 1), rests (1, 0, 1): the same series → r = 1 → 100, efficiency 100.
         *   facility 66.667, SD 57.735 as for q1.
         */
        QuestionStatistics q2 = stats.questions().get(1);
        assertThat(q2.facilityIndex()).isCloseTo(200.0 / 3, EPS);
        assertThat(q2.standardDeviation()).isCloseTo(100 / Math.sqrt(3), EPS);
        assertThat(q2.discriminationIndex()).isCloseTo(100, EPS);
        assertThat(q2.discriminativeEfficiency()).isCloseTo(100, EPS);

        /*
         * q3 over A2, A4: scores (0, 1), rests (1 − 0, 2 − 1) = (1, 1): constant → discrimination and efficiency null.
         *   facility 50; dev (−.5, .5), var = .5/1 = .5 → SD = 100√.5 = 70.711
         */
        QuestionStatistics q3 = stats.questions().get(2);
        assertThat(q3.facilityIndex()).isCloseTo(50, EPS);
        assertThat(q3.standardDeviation()).isCloseTo(100 * Math.sqrt(0.5), EPS);
        assertThat(q3.discriminationIndex()).isNull();
        assertThat(q3.discriminativeEfficiency()).isNull();
        assertThat(q3.flagged()).isFalse();
    }

    @Test
    void theTestSummaryUsesEachAttemptsOwnMaximumAndHasNoAlpha() {
        /*
         * percents (100, 50, 0, 100): mean 62.5; sorted (0, 50, 100, 100) → median (50 + 100)/2 = 75
         *   dev (37.5, −12.5, −62.5, 37.5), Σ² = 1406.25 + 156.25 + 3906.25 + 1406.25 = 6875, var = 6875/3
         *   SD = √(6875/3) = 47.871 (= 50√(11/12))
         * The attempts were not on the same questions: alpha, error ratio and standard error are null.
         */
        TestSummary test = workedExample().test();

        assertThat(test.attempts()).isEqualTo(4);
        assertThat(test.mean()).isCloseTo(62.5, EPS);
        assertThat(test.median()).isCloseTo(75, EPS);
        assertThat(test.standardDeviation()).isCloseTo(Math.sqrt(6875.0 / 3), EPS);
        assertThat(test.cronbachAlpha()).isNull();
        assertThat(test.errorRatio()).isNull();
        assertThat(test.standardError()).isNull();
    }

    @Test
    void flagsComeFromTheAttemptsThatContainedTheQuestionEvenWhenTheMaskStartsLate() {
        /*
         * maxima (1, 1), room for 1 attempt (so the arrays grow), two full attempts then one without q2:
         *   attempt  q1  q2 | total of max | percent
         *   A1        1   1 |   2     2    |  100
         *   A2        0   1 |   1     2    |   50
         *   A3        1   – |   1     1    |  100
         * q1 over A1–A3: (1, 0, 1), rests (1, 1, 0); means 2/3; dev (1/3, −2/3, 1/3) and (1/3, 1/3, −2/3)
         *   Σ cross = 1/9 − 2/9 − 2/9 = −1/3, cov = −1/6; var = 1/3 each → r = −.5 → discrimination −50, flagged
         *   sorted both (0, 1, 1): cov_max = var = 1/3 → efficiency = −50; facility 66.667
         * q2 over A1, A2: (1, 1): facility 100 → flagged too easy; SD 0; constant → discrimination null
         * percents (100, 50, 100): mean 83.333, median 100, dev (16.67, −33.33, 16.67), Σ² = 5000/3, var = 2500/3
         *   → SD = 50/√3 = 28.868
         */
        ItemStatistics.Accumulator accumulator = ItemStatistics.accumulator(List.of(1.0, 1.0), 1);
        accumulator.add(1, 1).add(0, 1);
        assertThat(accumulator.sameQuestions()).isTrue();
        accumulator.add(new double[] {1, NOT_ASKED}, asked(true, false));
        TestStatistics stats = accumulator.result();

        QuestionStatistics q1 = stats.questions().get(0);
        assertThat(q1.facilityIndex()).isCloseTo(200.0 / 3, EPS);
        assertThat(q1.discriminationIndex()).isCloseTo(-50, EPS);
        assertThat(q1.discriminativeEfficiency()).isCloseTo(-50, EPS);
        assertThat(q1.flagReasons()).containsExactly(FlagReason.NEGATIVE_DISCRIMINATION);
        QuestionStatistics q2 = stats.questions().get(1);
        assertThat(q2.facilityIndex()).isCloseTo(100, EPS);
        assertThat(q2.standardDeviation()).isEqualTo(0.0);
        assertThat(q2.discriminationIndex()).isNull();
        assertThat(q2.flagReasons()).containsExactly(FlagReason.FACILITY_ABOVE_95);
        assertThat(accumulator.attemptsWith(1)).isEqualTo(2);
        TestSummary test = stats.test();
        assertThat(test.mean()).isCloseTo(250.0 / 3, EPS);
        assertThat(test.median()).isCloseTo(100, EPS);
        assertThat(test.standardDeviation()).isCloseTo(50 / Math.sqrt(3), EPS);
        assertThat(test.cronbachAlpha()).isNull();
    }

    @Test
    void aQuestionAskedOnceHasAFacilityButNoSpreadAndOneNeverAskedHasNoFigure() {
        /*
         * maxima (1, 1, 1): A1 (1, 0.5, –), A2 (0, –, –).
         *   q2 only in A1: facility 50, SD null (one attempt), discrimination null
         *   q3 in no attempt: every figure null, no flag
         *   q1 over both: (1, 0), rest (0.5, 0) → r = 1 → 100
         */
        ItemStatistics.Accumulator accumulator = ItemStatistics.accumulator(THREE);
        accumulator.add(new double[] {1, 0.5, 0}, asked(true, true, false));
        accumulator.add(new double[] {0, 0, 0}, asked(true, false, false));
        TestStatistics stats = accumulator.result();

        assertThat(stats.questions().get(0).discriminationIndex()).isCloseTo(100, EPS);
        QuestionStatistics once = stats.questions().get(1);
        assertThat(once.facilityIndex()).isCloseTo(50, EPS);
        assertThat(once.standardDeviation()).isNull();
        assertThat(once.discriminationIndex()).isNull();
        assertThat(stats.questions().get(2))
                .isEqualTo(new QuestionStatistics(2, null, null, null, null, false, List.of()));
        assertThat(accumulator.attemptsWith(2)).isZero();
    }

    @Test
    void aMaskWithEveryQuestionAskedChangesNothing() {
        ItemStatistics.Accumulator masked = ItemStatistics.accumulator(List.of(1.0, 1.0, 2.0));
        boolean[] all = asked(true, true, true);
        masked.add(new double[] {1, 1, 2}, all)
                .add(new double[] {1, 0, 2}, all)
                .add(new double[] {1, 1, 0}, all)
                .add(new double[] {0, 0, 1}, all);
        ItemStatistics.Accumulator plain = ItemStatistics.accumulator(List.of(1.0, 1.0, 2.0));
        plain.add(1, 1, 2).add(1, 0, 2).add(1, 1, 0).add(0, 0, 1);

        assertThat(masked.sameQuestions()).isTrue();
        assertThat(masked.result()).isEqualTo(plain.result());
        assertThat(masked.result().test().cronbachAlpha())
                .isCloseTo(15, EPS); // the worked example of ItemStatisticsTest
    }

    @Test
    void malformedMasksAreRejected() {
        ItemStatistics.Accumulator accumulator = ItemStatistics.accumulator(List.of(1.0, 1.0));
        assertThatThrownBy(() -> accumulator.add(new double[] {1, 1}, asked(true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accumulator.add(new double[] {1, 1}, asked(false, false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accumulator.add(new double[] {Double.NaN, 1}, asked(true, true)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accumulator.add(new double[] {2, NOT_ASKED}, asked(true, false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accumulator.add(new double[] {1, 2}, asked(true, true)))
                .isInstanceOf(IllegalArgumentException.class);

        // Nothing of the rejected attempts was kept: no attempt, no presence counted, still the same questions.
        assertThat(accumulator.attempts()).isZero();
        assertThat(accumulator.attemptsWith(0)).isZero();
        assertThat(accumulator.sameQuestions()).isTrue();
    }
}
