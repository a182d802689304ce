package io.kubequiz.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.kubequiz.dashboard.ItemStatistics.AttemptScores;
import io.kubequiz.dashboard.ItemStatistics.FlagReason;
import io.kubequiz.dashboard.ItemStatistics.OptionPickRates;
import io.kubequiz.dashboard.ItemStatistics.OptionPicks;
import io.kubequiz.dashboard.ItemStatistics.QuestionStatistics;
import io.kubequiz.dashboard.ItemStatistics.TestStatistics;
import io.kubequiz.dashboard.ItemStatistics.TestSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Moodle-style item statistics. Every expected value is worked out by hand in the comments (sample variances and
 * covariances, divided by n − 1); the tolerance is 1e-9 (on percentages) unless said otherwise.
 */
class ItemStatisticsTest {

    private static final Offset<Double> EPS = within(1e-9);

    private static AttemptScores attempt(double... scores) {
        List<Double> list = new ArrayList<>();
        for (double score : scores) {
            list.add(score);
        }
        return new AttemptScores(list);
    }

    /*
     * Worked example: 4 attempts × 3 questions, maxima (1, 1, 2), maximum total 4.
     *
     *   attempt   q1  q2  q3 | total
     *   A1         1   1   2 |   4
     *   A2         1   0   2 |   3
     *   A3         1   1   0 |   2
     *   A4         0   0   1 |   1
     */
    private static final List<Double> MAX = List.of(1.0, 1.0, 2.0);
    private static final List<AttemptScores> EXAMPLE =
            List.of(attempt(1, 1, 2), attempt(1, 0, 2), attempt(1, 1, 0), attempt(0, 0, 1));

    @Test
    void computesEveryFigureOfTheWorkedFourByThreeExample() {
        TestStatistics stats = ItemStatistics.compute(MAX, EXAMPLE);

        /*
         * q1 = (1, 1, 1, 0), mean 0.75, rest = total − q1 = (3, 2, 1, 1), mean 7/4 = 1.75.
         *   facility = 100 × 0.75 / 1 = 75
         *   q1 − mean = (.25, .25, .25, −.75); Σ² = 3 × .0625 + .5625 = .75; var = .75/3 = .25; sd = .5 → SD = 50
         *   rest − mean = (1.25, .25, −.75, −.75); Σ² = 1.5625 + .0625 + .5625 + .5625 = 2.75; var = 11/12
         *   Σ cross = .25×1.25 + .25×.25 + .25×(−.75) + (−.75)×(−.75) = .3125 + .0625 − .1875 + .5625 = .75; cov = .25
         *   r = .25 / √(.25 × 11/12) = .5 × √(12/11) = 0.52223… → discrimination = 50√(12/11) = 52.2233
         *   sorted q1 = (0, 1, 1, 1) dev (−.75, .25, .25, .25); sorted rest = (1, 1, 2, 3) dev (−.75, −.75, .25, 1.25)
         *   Σ cross = .5625 − .1875 + .0625 + .3125 = .75 → cov_max = .25 → efficiency = 100 × .25/.25 = 100
         */
        QuestionStatistics q1 = stats.questions().get(0);
        assertThat(q1.question()).isZero();
        assertThat(q1.facilityIndex()).isCloseTo(75, EPS);
        assertThat(q1.standardDeviation()).isCloseTo(50, EPS);
        assertThat(q1.discriminationIndex()).isCloseTo(50 * Math.sqrt(12.0 / 11), EPS); // 52.2232967867…
        assertThat(q1.discriminativeEfficiency()).isCloseTo(100, EPS);
        assertThat(q1.flagged()).isFalse();
        assertThat(q1.flagReasons()).isEmpty();

        /*
         * q2 = (1, 0, 1, 0), mean .5, rest = (3, 3, 1, 1), mean 2.
         *   facility = 50; dev (.5, −.5, .5, −.5), Σ² = 1, var = 1/3 → SD = 100/√3 = 57.735
         *   rest dev (1, 1, −1, −1); Σ cross = .5 − .5 − .5 + .5 = 0 → discrimination = 0 (not negative: no flag)
         *   sorted: q2 (0, 0, 1, 1) dev (−.5, −.5, .5, .5), rest (1, 1, 3, 3) dev (−1, −1, 1, 1): Σ = 2, cov_max = 2/3
         *   efficiency = 100 × 0 / (2/3) = 0
         */
        QuestionStatistics q2 = stats.questions().get(1);
        assertThat(q2.facilityIndex()).isCloseTo(50, EPS);
        assertThat(q2.standardDeviation()).isCloseTo(100 / Math.sqrt(3), EPS); // 57.7350269190…
        assertThat(q2.discriminationIndex()).isCloseTo(0, EPS);
        assertThat(q2.discriminativeEfficiency()).isCloseTo(0, EPS);
        assertThat(q2.flagged()).isFalse();

        /*
         * q3 = (2, 2, 0, 1), mean 1.25, rest = (2, 1, 2, 0), mean 1.25.
         *   facility = 100 × 1.25 / 2 = 62.5
         *   dev (.75, .75, −1.25, −.25), Σ² = .5625 + .5625 + 1.5625 + .0625 = 2.75, var = 11/12
         *   SD = 100 × √(11/12) / 2 = 50√(11/12) = 47.8714
         *   rest dev (.75, −.25, .75, −1.25), Σ² = 2.75, var = 11/12
         *   Σ cross = .5625 − .1875 − .9375 + .3125 = −.25, cov = −1/12
         *   r = (−1/12) / √(11/12 × 11/12) = −1/11 → discrimination = −100/11 = −9.0909 → flagged
         *   sorted: both (0, 1, 2, 2), dev (−1.25, −.25, .75, .75), Σ = 2.75, cov_max = 11/12
         *   efficiency = 100 × (−1/12) / (11/12) = −100/11
         */
        QuestionStatistics q3 = stats.questions().get(2);
        assertThat(q3.facilityIndex()).isCloseTo(62.5, EPS);
        assertThat(q3.standardDeviation()).isCloseTo(50 * Math.sqrt(11.0 / 12), EPS); // 47.8713553878…
        assertThat(q3.discriminationIndex()).isCloseTo(-100.0 / 11, EPS); // −9.0909…
        assertThat(q3.discriminativeEfficiency()).isCloseTo(-100.0 / 11, EPS);
        assertThat(q3.flagged()).isTrue();
        assertThat(q3.flagReasons()).containsExactly(FlagReason.NEGATIVE_DISCRIMINATION);

        /*
         * Totals (4, 3, 2, 1), maximum total 4.
         *   mean 2.5 → 100 × 2.5/4 = 62.5; median (2 + 3)/2 = 2.5 → 62.5
         *   dev (1.5, .5, −.5, −1.5), Σ² = 5, var = 5/3, sd = √(5/3) = 1.29099 → SD = 100 × √(5/3)/4 = 32.2749
         *   Σ var(q_i) = 1/4 + 1/3 + 11/12 = (3 + 4 + 11)/12 = 1.5
         *   alpha = 100 × 3/2 × (1 − 1.5/(5/3)) = 100 × 1.5 × (1 − .9) = 15
         *   error ratio = 100 × √(1 − .15) = 100√.85 = 92.1954
         *   standard error = 92.1954 × 32.2749 / 100 = 100 × √(.85 × 5/3) / 4 = 25√(17/12) = 29.7560
         */
        TestSummary test = stats.test();
        assertThat(test.attempts()).isEqualTo(4);
        assertThat(test.mean()).isCloseTo(62.5, EPS);
        assertThat(test.median()).isCloseTo(62.5, EPS);
        assertThat(test.standardDeviation()).isCloseTo(25 * Math.sqrt(5.0 / 3), EPS); // 32.2748612184…
        assertThat(test.cronbachAlpha()).isCloseTo(15, EPS);
        assertThat(test.errorRatio()).isCloseTo(100 * Math.sqrt(0.85), EPS); // 92.1954445729…
        assertThat(test.standardError()).isCloseTo(25 * Math.sqrt(17.0 / 12), EPS); // 29.7559517856…
        assertThat(stats.options()).isEmpty();
    }

    @Test
    void streamingTheAttemptsOneByOneGivesTheSameResult() {
        ItemStatistics.Accumulator accumulator = ItemStatistics.accumulator(MAX);
        accumulator.add(1, 1, 2).add(1, 0, 2).add(1, 1, 0).add(0, 0, 1);

        assertThat(accumulator.attempts()).isEqualTo(4);
        assertThat(accumulator.result()).isEqualTo(ItemStatistics.compute(MAX, EXAMPLE));
    }

    @Test
    void aQuestionEveryoneScoresTheSameOnHasZeroSdNoDiscriminationAndStillCountsInAlpha() {
        /*
         * maxima (1, 1, 1), max total 3
         *   attempt  q1 q2 q3 | total
         *   A1        1  1  1 |  3
         *   A2        1  1  1 |  3
         *   A3        1  0  0 |  1
         *   A4        1  0  0 |  1
         * q1 is constant: var 0 → SD 0; discrimination and efficiency need var(q1) > 0 → null.
         * q2 = q3 = (1, 1, 0, 0): mean .5, var = 4 × .25 / 3 = 1/3, SD = 100/√3.
         *   rest of q2 = 1 + q3 = (2, 2, 1, 1) = q2 + 1 → r = 1 → discrimination 100, and the two series are already
         *   in the same order, so cov = cov_max → efficiency 100.
         * totals (3, 3, 1, 1): mean 2 → 100 × 2/3 = 66.667 %; median (1 + 3)/2 = 2 → 66.667 %
         *   dev (1, 1, −1, −1), Σ² = 4, var = 4/3 → SD = 100 × √(4/3)/3 = 38.4900
         *   Σ var = 0 + 1/3 + 1/3 = 2/3; p = 3 (the constant question counts)
         *   alpha = 100 × 3/2 × (1 − (2/3)/(4/3)) = 100 × 1.5 × .5 = 75
         *   error ratio = 100 × √.25 = 50; standard error = 50 × 38.4900/100 = 19.2450
         */
        TestStatistics stats = ItemStatistics.compute(
                List.of(1.0, 1.0, 1.0),
                List.of(attempt(1, 1, 1), attempt(1, 1, 1), attempt(1, 0, 0), attempt(1, 0, 0)));

        QuestionStatistics constant = stats.questions().get(0);
        assertThat(constant.facilityIndex()).isCloseTo(100, EPS);
        assertThat(constant.standardDeviation()).isEqualTo(0.0);
        assertThat(constant.discriminationIndex()).isNull();
        assertThat(constant.discriminativeEfficiency()).isNull();
        QuestionStatistics q2 = stats.questions().get(1);
        assertThat(q2.standardDeviation()).isCloseTo(100 / Math.sqrt(3), EPS);
        assertThat(q2.discriminationIndex()).isCloseTo(100, EPS);
        assertThat(q2.discriminativeEfficiency()).isCloseTo(100, EPS);

        TestSummary test = stats.test();
        assertThat(test.mean()).isCloseTo(200.0 / 3, EPS);
        assertThat(test.median()).isCloseTo(200.0 / 3, EPS);
        assertThat(test.standardDeviation()).isCloseTo(100 * Math.sqrt(4.0 / 3) / 3, EPS); // 38.4900179460…
        assertThat(test.cronbachAlpha()).isCloseTo(75, EPS);
        assertThat(test.errorRatio()).isCloseTo(50, EPS);
        assertThat(test.standardError()).isCloseTo(50 * Math.sqrt(4.0 / 3) / 3, EPS); // 19.2450089730…
    }

    @Test
    void anEqualScoreThatIsNotExactInBinaryIsStillZeroVariance() {
        /*
         * maxima (1, 1), max total 2; attempts (0.1, 0), (0.1, 0.5), (0.1, 1).
         * In floating point 0.1 + 0.1 + 0.1 = 0.30000000000000004, so a naive mean is not exactly 0.1: the
         * question must still be seen as constant.
         *   q1: facility = 100 × 0.3/3 = 10 (below 20: flagged), SD = 0, discrimination/efficiency null
         *   q2: rest = q1 = 0.1 everywhere (up to rounding of total − q2) → constant → null discrimination
         *   totals (0.1, 0.6, 1.1), mean 0.6, dev (−.5, 0, .5), var = .5/2 = .25, sd = .5 → SD = 100 × .5/2 = 25
         *   Σ var = 0 + var(q2) = (.25 + 0 + .25)/2 = .25 = var(total) → alpha = 100 × 2 × (1 − 1) = 0
         *   error ratio = 100 × √1 = 100; standard error = 100 × 25 / 100 = 25
         */
        TestStatistics stats =
                ItemStatistics.compute(List.of(1.0, 1.0), List.of(attempt(0.1, 0), attempt(0.1, 0.5), attempt(0.1, 1)));

        QuestionStatistics q1 = stats.questions().get(0);
        assertThat(q1.facilityIndex()).isCloseTo(10, EPS);
        assertThat(q1.standardDeviation()).isEqualTo(0.0);
        assertThat(q1.discriminationIndex()).isNull();
        assertThat(q1.discriminativeEfficiency()).isNull();
        assertThat(q1.flagReasons()).containsExactly(FlagReason.FACILITY_BELOW_20);
        QuestionStatistics q2 = stats.questions().get(1);
        assertThat(q2.standardDeviation()).isCloseTo(50, EPS); // 100 × √.25 / 1
        assertThat(q2.discriminationIndex()).isNull();
        assertThat(q2.discriminativeEfficiency()).isNull();
        assertThat(stats.test().standardDeviation()).isCloseTo(25, EPS);
        assertThat(stats.test().cronbachAlpha()).isEqualTo(0.0);
        assertThat(stats.test().errorRatio()).isCloseTo(100, EPS);
        assertThat(stats.test().standardError()).isCloseTo(25, EPS);
    }

    @Test
    void anticorrelatedQuestionsGiveANegativeAlphaAndAnErrorRatioAbove100() {
        /*
         * maxima (1, 1), max total 2; attempts (1,0), (0,1), (1,0), (0,1), (1,1).
         *   q1 = (1, 0, 1, 0, 1), mean .6, dev (.4, −.6, .4, −.6, .4), Σ² = 3×.16 + 2×.36 = 1.2, var = .3
         *   q2 = (0, 1, 0, 1, 1), same mean and variance; facility 60, SD = 100√.3 = 54.7723
         *   rest of q1 = q2: Σ cross = −.24 −.24 −.24 −.24 + .16 = −.8, cov = −.2
         *   discrimination = 100 × −.2 / √(.3 × .3) = −66.667 (both flagged)
         *   sorted q1 = sorted q2 = (0, 0, 1, 1, 1): cov_max = var = .3 → efficiency = 100 × −.2/.3 = −66.667
         *   totals (1, 1, 1, 1, 2): mean 1.2 → 60 %; median 1 → 50 %
         *   dev (−.2, −.2, −.2, −.2, .8), Σ² = 4×.04 + .64 = .8, var = .2 → SD = 100 × √.2 / 2 = 22.3607
         *   alpha = 100 × 2/1 × (1 − (.3 + .3)/.2) = 100 × 2 × (1 − 3) = −400
         *   error ratio = 100 × √(1 + 4) = 100√5 = 223.6068
         *   standard error = 100√5 × 100√.2/2 / 100 = 100 × √(5 × .2)/2 = 50
         */
        TestStatistics stats = ItemStatistics.compute(
                List.of(1.0, 1.0), List.of(attempt(1, 0), attempt(0, 1), attempt(1, 0), attempt(0, 1), attempt(1, 1)));

        for (QuestionStatistics question : stats.questions()) {
            assertThat(question.facilityIndex()).isCloseTo(60, EPS);
            assertThat(question.standardDeviation()).isCloseTo(100 * Math.sqrt(0.3), EPS);
            assertThat(question.discriminationIndex()).isCloseTo(-200.0 / 3, EPS);
            assertThat(question.discriminativeEfficiency()).isCloseTo(-200.0 / 3, EPS);
            assertThat(question.flagReasons()).containsExactly(FlagReason.NEGATIVE_DISCRIMINATION);
        }
        TestSummary test = stats.test();
        assertThat(test.mean()).isCloseTo(60, EPS);
        assertThat(test.median()).isCloseTo(50, EPS);
        assertThat(test.standardDeviation()).isCloseTo(50 * Math.sqrt(0.2), EPS); // 22.3606797750…
        assertThat(test.cronbachAlpha()).isCloseTo(-400, EPS);
        assertThat(test.errorRatio()).isCloseTo(100 * Math.sqrt(5), EPS); // 223.6067977500…
        assertThat(test.standardError()).isCloseTo(50, EPS);
    }

    @Test
    void oneAttemptGivesMeansButNoSpreadCorrelationOrAlpha() {
        /*
         * maxima (1, 2), one attempt (0.5, 1): facility 100 × .5/1 = 50 and 100 × 1/2 = 50;
         * total 1.5 of 3 → mean = median = 50 %. Everything with n − 1 in it is null.
         */
        TestStatistics stats = ItemStatistics.compute(List.of(1.0, 2.0), List.of(attempt(0.5, 1)));

        for (QuestionStatistics question : stats.questions()) {
            assertThat(question.facilityIndex()).isCloseTo(50, EPS);
            assertThat(question.standardDeviation()).isNull();
            assertThat(question.discriminationIndex()).isNull();
            assertThat(question.discriminativeEfficiency()).isNull();
            assertThat(question.flagged()).isFalse();
        }
        assertThat(stats.test()).isEqualTo(new TestSummary(1, 50.0, 50.0, null, null, null, null));
    }

    @Test
    void noAttemptGivesOnlyNullsAndNoFlag() {
        TestStatistics stats = ItemStatistics.compute(List.of(1.0, 2.0), List.of());

        assertThat(stats.questions())
                .containsExactly(
                        new ItemStatistics.QuestionStatistics(0, null, null, null, null, false, List.of()),
                        new ItemStatistics.QuestionStatistics(1, null, null, null, null, false, List.of()));
        assertThat(stats.test()).isEqualTo(new TestSummary(0, null, null, null, null, null, null));
    }

    @Test
    void aSingleQuestionHasNoAlphaNorDiscrimination() {
        /*
         * max (2); scores (0, 1, 2): facility = 100 × 1/2 = 50; dev (−1, 0, 1), var = 2/2 = 1 → SD = 100 × 1/2 = 50.
         * rest = total − score = 0 everywhere → null discrimination; p = 1 → alpha (p/(p−1)) null.
         * Totals = scores: mean 1 → 50 %, median 1 → 50 %, SD 50 %.
         */
        TestStatistics stats = ItemStatistics.compute(List.of(2.0), List.of(attempt(0), attempt(1), attempt(2)));

        QuestionStatistics only = stats.questions().get(0);
        assertThat(only.facilityIndex()).isCloseTo(50, EPS);
        assertThat(only.standardDeviation()).isCloseTo(50, EPS);
        assertThat(only.discriminationIndex()).isNull();
        assertThat(only.discriminativeEfficiency()).isNull();
        assertThat(stats.test().standardDeviation()).isCloseTo(50, EPS);
        assertThat(stats.test().cronbachAlpha()).isNull();
        assertThat(stats.test().errorRatio()).isNull();
        assertThat(stats.test().standardError()).isNull();
    }

    @Test
    void totalsThatAreAllEqualLeaveAlphaUndefined() {
        /*
         * maxima (1, 1); attempts (1, 0), (0, 1): totals (1, 1), var(total) = 0 → alpha null (division by 0);
         * SD of the totals is a defined 0. Each question's rest is the other one: r = −1 → discrimination −100.
         */
        TestStatistics stats = ItemStatistics.compute(List.of(1.0, 1.0), List.of(attempt(1, 0), attempt(0, 1)));

        assertThat(stats.test().standardDeviation()).isEqualTo(0.0);
        assertThat(stats.test().cronbachAlpha()).isNull();
        assertThat(stats.test().errorRatio()).isNull();
        assertThat(stats.test().standardError()).isNull();
        assertThat(stats.questions().get(0).discriminationIndex()).isCloseTo(-100, EPS);
    }

    @Test
    void flagsTooEasyTooHardAndNegativeDiscriminationButNotANullDiscrimination() {
        /*
         * maxima (1, 1, 1, 1); attempts (1, 0, 1, 0), (1, 0, 0, 1); totals (2, 2).
         *   q1 = (1, 1): facility 100 > 95 → flagged; constant → discrimination null → no negative flag
         *   q2 = (0, 0): facility 0 < 20 → flagged; discrimination null
         *   q3 = (1, 0), rest = (1, 2): dev (.5, −.5) and (−.5, .5) → r = −1 → discrimination −100 → flagged;
         *     facility 50 is fine. Sorted (0, 1) and (1, 2): cov_max = (.25 + .25)/1 = .5, cov = −.5 → efficiency −100
         *   q4 = (0, 1), rest = (2, 1): the same, mirrored
         */
        TestStatistics stats =
                ItemStatistics.compute(List.of(1.0, 1.0, 1.0, 1.0), List.of(attempt(1, 0, 1, 0), attempt(1, 0, 0, 1)));

        QuestionStatistics easy = stats.questions().get(0);
        assertThat(easy.facilityIndex()).isCloseTo(100, EPS);
        assertThat(easy.discriminationIndex()).isNull();
        assertThat(easy.flagged()).isTrue();
        assertThat(easy.flagReasons()).containsExactly(FlagReason.FACILITY_ABOVE_95);
        QuestionStatistics hard = stats.questions().get(1);
        assertThat(hard.facilityIndex()).isCloseTo(0, EPS);
        assertThat(hard.discriminationIndex()).isNull();
        assertThat(hard.flagReasons()).containsExactly(FlagReason.FACILITY_BELOW_20);
        for (QuestionStatistics negative : stats.questions().subList(2, 4)) {
            assertThat(negative.facilityIndex()).isCloseTo(50, EPS);
            assertThat(negative.discriminationIndex()).isCloseTo(-100, EPS);
            assertThat(negative.discriminativeEfficiency()).isCloseTo(-100, EPS);
            assertThat(negative.flagged()).isTrue();
            assertThat(negative.flagReasons()).containsExactly(FlagReason.NEGATIVE_DISCRIMINATION);
        }
    }

    @Test
    void aFacilityOfExactly95Or20IsNotFlagged() {
        /*
         * maxima (1, 1); 20 attempts: q1 = 1 in attempts 1–19, 0 in attempt 20 → facility 100 × 19/20 = 95;
         * q2 = 1 in attempts 1–4, 0 after → facility 100 × 4/20 = 20. Both thresholds are strict.
         * Discrimination is positive: rest of q1 = q2; cov ∝ Σ q1·q2 − n·mean1·mean2 = 4 − 20 × .95 × .2 = .2 > 0.
         */
        List<AttemptScores> attempts = new ArrayList<>();
        for (int k = 1; k <= 20; k++) {
            attempts.add(attempt(k <= 19 ? 1 : 0, k <= 4 ? 1 : 0));
        }
        TestStatistics stats = ItemStatistics.compute(List.of(1.0, 1.0), attempts);

        assertThat(stats.questions().get(0).facilityIndex()).isEqualTo(95.0);
        assertThat(stats.questions().get(1).facilityIndex()).isEqualTo(20.0);
        assertThat(stats.questions()).allSatisfy(q -> {
            assertThat(q.discriminationIndex()).isPositive();
            assertThat(q.flagged()).isFalse();
        });
    }

    @Test
    void theMedianIsTheMiddleTotalOrTheMeanOfTheTwoMiddleOnes() {
        // max total 10. Even: totals (0, 3, 1, 2) sorted (0, 1, 2, 3) → (1 + 2)/2 = 1.5 → 100 × 1.5/10 = 15 %.
        TestStatistics even =
                ItemStatistics.compute(List.of(10.0), List.of(attempt(0), attempt(3), attempt(1), attempt(2)));
        assertThat(even.test().median()).isCloseTo(15, EPS);
        // Odd: totals (3, 0, 2) sorted (0, 2, 3) → 2 → 20 %; mean (3 + 0 + 2)/3 = 5/3 → 100 × (5/3)/10 = 16.667 %.
        TestStatistics odd = ItemStatistics.compute(List.of(10.0), List.of(attempt(3), attempt(0), attempt(2)));
        assertThat(odd.test().median()).isCloseTo(20, EPS);
        assertThat(odd.test().mean()).isCloseTo(50.0 / 3, EPS);
    }

    @Test
    void thePickRateOfAnOptionIsItsPicksOverTheAttempts() {
        // 4 attempts; a picked 3 times → 3/4 = .75, b once → 1/4 = .25, c never → 0/4 = 0 (order kept).
        Map<String, Long> picks = new LinkedHashMap<>();
        picks.put("a", 3L);
        picks.put("b", 1L);
        picks.put("c", 0L);
        OptionPicks q1 = new OptionPicks("q1", picks);

        OptionPickRates rates = ItemStatistics.pickRates(q1, 4);
        assertThat(rates.questionId()).isEqualTo("q1");
        assertThat(rates.pickRateByOption())
                .containsExactly(Map.entry("a", 0.75), Map.entry("b", 0.25), Map.entry("c", 0.0));

        // Through compute, over the 4 attempts of the worked example.
        TestStatistics stats = ItemStatistics.compute(MAX, EXAMPLE, List.of(q1));
        assertThat(stats.options()).containsExactly(rates);
    }

    @Test
    void withNoAttemptEveryPickRateIsNull() {
        OptionPickRates rates = ItemStatistics.pickRates(new OptionPicks("q1", Map.of("a", 0L)), 0);

        assertThat(rates.pickRateByOption()).containsEntry("a", null);
    }

    @Test
    void pickCountsAboveTheNumberOfAttemptsAreRejected() {
        assertThatThrownBy(() -> ItemStatistics.pickRates(new OptionPicks("q1", Map.of("a", 5L)), 4))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingScoreCountsZero() {
        // (null, 1) counts as (0, 1): facility of q1 over (null, 1) = 100 × (0 + 1)/2 = 50.
        List<Double> unanswered = new ArrayList<>();
        unanswered.add(null);
        unanswered.add(1.0);
        TestStatistics stats =
                ItemStatistics.compute(List.of(1.0, 1.0), List.of(new AttemptScores(unanswered), attempt(1, 1)));

        assertThat(stats.questions().get(0).facilityIndex()).isCloseTo(50, EPS);
        assertThat(stats.questions().get(1).facilityIndex()).isCloseTo(100, EPS);
    }

    @Test
    void malformedInputIsRejected() {
        assertThatThrownBy(() -> ItemStatistics.compute(List.of(1.0, 1.0), List.of(attempt(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemStatistics.compute(List.of(1.0), List.of(attempt(1.5))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemStatistics.compute(List.of(1.0), List.of(attempt(Double.NaN))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemStatistics.compute(List.of(0.0), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ItemStatistics.compute(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aThousandLearnersOnSixtyQuestionsStayWithinTheMathematicalBounds() {
        // Seeded, loosely correlated data: ability plus noise, scores in steps of 0.25.
        int learners = 1_000;
        int questions = 60;
        Random random = new Random(42);
        List<Double> max = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            max.add(1.0);
        }
        ItemStatistics.Accumulator accumulator = ItemStatistics.accumulator(max);
        double[] row = new double[questions];
        double sumOfFirstQuestion = 0;
        for (int k = 0; k < learners; k++) {
            double ability = random.nextDouble();
            for (int i = 0; i < questions; i++) {
                double raw = ability + 0.5 * (random.nextDouble() - 0.5);
                row[i] = Math.round(Math.max(0, Math.min(1, raw)) * 4) / 4.0;
            }
            sumOfFirstQuestion += row[0];
            accumulator.add(row);
        }
        TestStatistics stats = accumulator.result();

        assertThat(stats.test().attempts()).isEqualTo(learners);
        assertThat(stats.questions().get(0).facilityIndex()).isCloseTo(100 * sumOfFirstQuestion / learners, EPS);
        assertThat(stats.questions()).hasSize(questions).allSatisfy(q -> {
            assertThat(q.discriminationIndex()).isBetween(0.0, 100.0); // all questions measure the same ability
            assertThat(q.discriminativeEfficiency()).isBetween(0.0, 100.0);
        });
        assertThat(stats.test().cronbachAlpha()).isBetween(90.0, 100.0);
    }
}
