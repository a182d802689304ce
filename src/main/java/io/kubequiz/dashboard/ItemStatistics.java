package io.kubequiz.dashboard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Item statistics of a quiz in the manner of Moodle's quiz statistics report: per question the facility index,
 * standard deviation, discrimination index and discriminative efficiency, and for the whole test the mean, median,
 * standard deviation, Cronbach's alpha, error ratio and standard error.
 *
 * <p>Input: {@code p} questions with their maximum scores, and {@code n} attempts each holding one score per question
 * (from 0 to that question's maximum; a question the learner did not answer counts 0, and so does a {@code null}
 * score). The total of an attempt is the sum of its scores; the "rest" of question {@code i} in an attempt is the total
 * minus the score of question {@code i}.
 *
 * <p>Every variance, standard deviation and covariance is the <em>sample</em> one (divided by {@code n − 1}).
 *
 * <p>Every figure is a percentage:
 *
 * <ul>
 *   <li>facility index = 100 × mean(score<sub>i</sub>) / max<sub>i</sub>;
 *   <li>question standard deviation = 100 × sd(score<sub>i</sub>) / max<sub>i</sub> (the SD of the fraction of the
 *       maximum, as Moodle shows it);
 *   <li>discrimination index = 100 × Pearson correlation of score<sub>i</sub> with rest<sub>i</sub>;
 *   <li>discriminative efficiency = 100 × cov(score<sub>i</sub>, rest<sub>i</sub>) / cov<sub>max</sub>, where
 *       cov<sub>max</sub> is the covariance of the two series each sorted ascending (the largest covariance those values
 *       could have); it is at most 100 but may be below −100;
 *   <li>test mean, median and standard deviation of the totals are given as 100 × value / Σ max<sub>i</sub>, i.e. as a
 *       percentage of the maximum total;
 *   <li>Cronbach's alpha = 100 × p/(p−1) × (1 − Σ var(score<sub>i</sub>) / var(total)); it is negative when the
 *       questions anti-correlate and is returned as it is (it can never exceed 100);
 *   <li>error ratio = 100 × √(1 − alpha/100) (above 100 when alpha is negative);
 *   <li>standard error = error ratio × standard deviation / 100, so, like the standard deviation, in percent of the
 *       maximum total.
 * </ul>
 *
 * <p>An undefined figure is {@code null}, never 0 or NaN: the mean, median and facility index need one attempt; any
 * standard deviation, correlation or covariance needs two; the discrimination index and discriminative efficiency are
 * undefined when the question's scores or its rest are all equal; alpha needs two questions and totals that are not
 * all equal; the error ratio needs a defined alpha. A constant question still counts in {@code p} and in Σ var (with
 * variance 0). Series whose spread is below 10<sup>−10</sup> of their scale (the question's maximum, or the maximum
 * total for totals and rests) are taken as constant, so that the rounding of sums such as 0.1 + 0.2 never turns an
 * equal series into a tiny variance. Correlation-based figures within 10<sup>−9</sup> of 0 are reported as 0, and those
 * mathematically bounded by 100 are clamped to it, so that rounding cannot raise a flag.
 *
 * <p>A question is flagged when its facility index is above 95 (too easy) or below 20 (too hard), or its
 * discrimination index is negative; an undefined value never raises a flag.
 *
 * <p><b>Questions not asked.</b> When a quiz draws its questions at random, a question may be absent from an attempt.
 * Such an attempt is added with a presence mask ({@link Accumulator#add(double[], boolean[])}: {@code asked[i]} false
 * means question {@code i} was not in the attempt, and its score is ignored). Absence is not a score of 0:
 *
 * <ul>
 *   <li>each question's facility index, standard deviation, discrimination index and discriminative efficiency are
 *       computed over the attempts that contained it only ({@code n}<sub>i</sub> of them, see
 *       {@link Accumulator#attemptsWith(int)}), the rest of the question in each of those attempts being the attempt's
 *       total minus the question's score; a question in fewer than two attempts has no spread, one in none has no
 *       figure at all;
 *   <li>the test mean, median and standard deviation are those of each attempt's total in percent of the maximum of
 *       the questions that attempt contained (the same as above when every attempt has every question);
 *   <li>Cronbach's alpha, the error ratio and the standard error are {@code null} unless every attempt contained every
 *       question ({@link Accumulator#sameQuestions()}): alpha compares the variance of totals over one fixed set of
 *       questions with the variances of those questions, which attempts on different questions do not have.
 * </ul>
 *
 * <p>A {@code null} score in an {@link AttemptScores} still means "asked, not answered" and counts 0.
 *
 * <p>The work is O(n·p) plus one sort per question (O(p·n log n)), over primitive arrays; attempts can be streamed in
 * one at a time with an {@link Accumulator}.
 */
final class ItemStatistics {

    /** Facility index above which a question is flagged as too easy. */
    static final double TOO_EASY_ABOVE = 95;

    /** Facility index below which a question is flagged as too hard. */
    static final double TOO_HARD_BELOW = 20;

    private static final double CONSTANT_SPREAD = 1e-10;
    private static final double SCORE_TOLERANCE = 1e-9;
    private static final double ZERO_SNAP = 1e-9;

    private ItemStatistics() {}

    /** One attempt's score on each question, in the order of the maximum scores; {@code null} counts 0. */
    record AttemptScores(List<Double> scores) {
        AttemptScores {
            scores = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(scores, "scores")));
        }

        static AttemptScores of(Double... scores) {
            return new AttemptScores(Arrays.asList(scores));
        }
    }

    /** How many attempts picked each option of a choice question. */
    record OptionPicks(String questionId, Map<String, Long> picksByOption) {
        OptionPicks {
            Objects.requireNonNull(questionId, "questionId");
            picksByOption = Collections.unmodifiableMap(
                    new LinkedHashMap<>(Objects.requireNonNull(picksByOption, "picksByOption")));
        }
    }

    /** Per option, picks / attempts, from 0 to 1 ({@code null} when there is no attempt); options in input order. */
    record OptionPickRates(String questionId, Map<String, Double> pickRateByOption) {}

    /** Why a question is flagged. */
    enum FlagReason {
        /** Facility index above 95. */
        FACILITY_ABOVE_95,
        /** Facility index below 20. */
        FACILITY_BELOW_20,
        /** Discrimination index below 0. */
        NEGATIVE_DISCRIMINATION
    }

    /**
     * One question's figures, all percentages ({@code null} when undefined, see {@link ItemStatistics}).
     *
     * @param question the question's position (0-based) in the maximum scores
     */
    record QuestionStatistics(
            int question,
            Double facilityIndex,
            Double standardDeviation,
            Double discriminationIndex,
            Double discriminativeEfficiency,
            boolean flagged,
            List<FlagReason> flagReasons) {}

    /**
     * The test's figures. {@code mean}, {@code median}, {@code standardDeviation} and {@code standardError} are in
     * percent of the maximum total (Σ max<sub>i</sub>); {@code cronbachAlpha} and {@code errorRatio} are percentages.
     */
    record TestSummary(
            int attempts,
            Double mean,
            Double median,
            Double standardDeviation,
            Double cronbachAlpha,
            Double errorRatio,
            Double standardError) {}

    /** The result: one entry per question in input order, the test summary, and the option pick rates if given. */
    record TestStatistics(List<QuestionStatistics> questions, TestSummary test, List<OptionPickRates> options) {}

    /** Statistics of the given attempts; see the class documentation for the definitions. */
    static TestStatistics compute(List<Double> maxScores, List<AttemptScores> attempts) {
        return compute(maxScores, attempts, List.of());
    }

    /** Statistics of the given attempts, plus the pick rates of each option over {@code attempts.size()} attempts. */
    static TestStatistics compute(List<Double> maxScores, List<AttemptScores> attempts, List<OptionPicks> optionPicks) {
        Accumulator accumulator = new Accumulator(maxScores, attempts.size());
        attempts.forEach(accumulator::add);
        return accumulator.result(optionPicks);
    }

    /** An empty accumulator to feed attempts to one at a time (e.g. from a streamed query). */
    static Accumulator accumulator(List<Double> maxScores) {
        return new Accumulator(maxScores, 64);
    }

    /** An empty accumulator with room for {@code expectedAttempts} attempts before it needs to grow. */
    static Accumulator accumulator(List<Double> maxScores, int expectedAttempts) {
        return new Accumulator(maxScores, expectedAttempts);
    }

    /**
     * Pick rate of each option: picks of that option / number of attempts, from 0 to 1; {@code null} rates with no
     * attempt.
     *
     * @throws IllegalArgumentException if a count is negative or exceeds the number of attempts
     */
    static OptionPickRates pickRates(OptionPicks picks, int attempts) {
        if (attempts < 0) {
            throw new IllegalArgumentException("negative number of attempts: " + attempts);
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        picks.picksByOption().forEach((option, count) -> {
            if (count == null || count < 0 || count > attempts) {
                throw new IllegalArgumentException("option " + option + " of " + picks.questionId() + " picked " + count
                        + " times in " + attempts + " attempts");
            }
            rates.put(option, attempts == 0 ? null : (double) count / attempts);
        });
        return new OptionPickRates(picks.questionId(), Collections.unmodifiableMap(rates));
    }

    /**
     * Collects attempts into primitive arrays (n × p doubles: 480 KB for 1,000 learners × 60 questions), then computes
     * the statistics in a few passes over them.
     */
    static final class Accumulator {

        private final double[] max;
        private final int p;
        private final int[] askedCount;
        private double[] scores;
        private double[] totals;
        /** n × p presence flags; null as long as every attempt added had every question. */
        private boolean[] asked;
        /** Per attempt, the sum of the maxima of the questions it contained (used once some question was absent). */
        private double[] attemptMax;

        private int n;

        private Accumulator(List<Double> maxScores, int initialCapacity) {
            Objects.requireNonNull(maxScores, "maxScores");
            if (maxScores.isEmpty()) {
                throw new IllegalArgumentException("at least one question is needed");
            }
            p = maxScores.size();
            max = new double[p];
            askedCount = new int[p];
            for (int i = 0; i < p; i++) {
                Double value = maxScores.get(i);
                if (value == null || !(value > 0) || value.isInfinite()) {
                    throw new IllegalArgumentException("maximum score of question " + i + " is not > 0: " + value);
                }
                max[i] = value;
            }
            int capacity = Math.max(initialCapacity, 1);
            scores = new double[capacity * p];
            totals = new double[capacity];
        }

        /** Adds one attempt; {@code null} scores count 0. */
        Accumulator add(AttemptScores attempt) {
            List<Double> values = attempt.scores();
            if (values.size() != p) {
                throw new IllegalArgumentException("attempt has " + values.size() + " scores for " + p + " questions");
            }
            double[] row = new double[p];
            for (int i = 0; i < p; i++) {
                Double value = values.get(i);
                row[i] = value == null ? 0 : value;
            }
            return add(row);
        }

        /**
         * Adds one attempt's scores, one per question. Scores outside [0, max] by less than 10<sup>−9</sup> × max are
         * rounding and are clamped into it.
         *
         * @throws IllegalArgumentException on a wrong number of scores, or a score that is NaN or out of [0, max]
         */
        Accumulator add(double... row) {
            return add(row, null);
        }

        /**
         * Adds one attempt that contained only the questions {@code i} with {@code asked[i]} true (a {@code null} mask
         * means every question). The scores of the questions not asked are ignored (they may be NaN); those of the
         * questions asked are checked and clamped as in {@link #add(double...)}.
         *
         * @throws IllegalArgumentException on arrays of the wrong length, an attempt with no question asked, or a
         *     score of an asked question that is NaN or out of [0, max]
         */
        Accumulator add(double[] row, boolean[] asked) {
            if (row.length != p) {
                throw new IllegalArgumentException("attempt has " + row.length + " scores for " + p + " questions");
            }
            if (asked != null && asked.length != p) {
                throw new IllegalArgumentException(
                        "attempt has " + asked.length + " presence flags for " + p + " questions");
            }
            boolean all = true;
            boolean any = false;
            for (int i = 0; i < p; i++) {
                boolean present = asked == null || asked[i];
                all &= present;
                any |= present;
                double tolerance = SCORE_TOLERANCE * Math.max(1, max[i]);
                if (present && (Double.isNaN(row[i]) || row[i] < -tolerance || row[i] > max[i] + tolerance)) {
                    throw new IllegalArgumentException(
                            "score of question " + i + " out of [0, " + max[i] + "]: " + row[i]);
                }
            }
            if (!any) {
                throw new IllegalArgumentException("attempt with no question asked");
            }
            // Checked: from here on nothing throws, so a rejected attempt leaves the accumulator as it was.
            if (n == totals.length) {
                int capacity = Math.max(2 * n, 1);
                totals = Arrays.copyOf(totals, capacity);
                scores = Arrays.copyOf(scores, capacity * p);
                if (this.asked != null) {
                    this.asked = Arrays.copyOf(this.asked, capacity * p);
                    attemptMax = Arrays.copyOf(attemptMax, capacity);
                }
            }
            if (!all && this.asked == null) {
                startPresenceMask();
            }
            double total = 0;
            double maximum = 0;
            int offset = n * p;
            for (int i = 0; i < p; i++) {
                boolean present = asked == null || asked[i];
                if (this.asked != null) {
                    this.asked[offset + i] = present;
                }
                if (!present) {
                    scores[offset + i] = 0;
                    continue;
                }
                askedCount[i]++;
                maximum += max[i];
                double score = Math.max(0, Math.min(max[i], row[i]));
                scores[offset + i] = score;
                total += score;
            }
            if (attemptMax != null) {
                attemptMax[n] = maximum;
            }
            totals[n++] = total;
            return this;
        }

        /** The first absent question: every attempt so far had every question, which the new mask records. */
        private void startPresenceMask() {
            asked = new boolean[totals.length * p];
            Arrays.fill(asked, 0, n * p, true);
            attemptMax = new double[totals.length];
            double full = 0;
            for (double m : max) {
                full += m;
            }
            Arrays.fill(attemptMax, 0, n, full);
        }

        /** Number of attempts added so far. */
        int attempts() {
            return n;
        }

        /** Number of attempts added so far that contained question {@code question} (0-based). */
        int attemptsWith(int question) {
            return askedCount[question];
        }

        /** Whether every attempt added so far contained every question (always true for unmasked attempts). */
        boolean sameQuestions() {
            return asked == null;
        }

        /** Statistics of the attempts added so far. */
        TestStatistics result() {
            return result(List.of());
        }

        /**
         * Statistics of the attempts added so far, with the pick rates of the given options over all of them. When some
         * question was absent from some attempt, rate a question's options over the attempts that contained it instead:
         * {@code pickRates(picks, attemptsWith(question))}.
         */
        TestStatistics result(List<OptionPicks> optionPicks) {
            double maxTotal = 0;
            for (double m : max) {
                maxTotal += m;
            }
            double[] total = Arrays.copyOf(totals, n);
            boolean same = asked == null;

            List<QuestionStatistics> questions = new ArrayList<>(p);
            double sumOfQuestionVariances = 0;
            double[] score = new double[n];
            double[] rest = new double[n];
            for (int i = 0; i < p; i++) {
                int m = same ? n : askedCount[i];
                double[] questionScore = m == n ? score : new double[m];
                double[] questionRest = m == n ? rest : new double[m];
                int j = 0;
                for (int k = 0; k < n; k++) {
                    if (same || asked[k * p + i]) {
                        questionScore[j] = scores[k * p + i];
                        questionRest[j] = total[k] - questionScore[j];
                        j++;
                    }
                }
                Question question = question(i, max[i], maxTotal, questionScore, questionRest);
                questions.add(question.statistics());
                sumOfQuestionVariances += question.variance();
            }

            // Totals as percentages of the maximum: of every question, or of the questions each attempt contained.
            double[] percent = total;
            double scale = maxTotal;
            if (!same) {
                percent = new double[n];
                for (int k = 0; k < n; k++) {
                    percent[k] = 100 * total[k] / attemptMax[k];
                }
                scale = 100;
            }
            double totalMean = n == 0 ? 0 : sum(percent) / n;
            boolean totalConstant = isConstant(percent, scale);
            double totalVariance =
                    n < 2 || totalConstant ? 0 : centredCrossSum(percent, totalMean, percent, totalMean) / (n - 1);

            Double mean = n == 0 ? null : 100 * totalMean / scale;
            Double median = n == 0 ? null : 100 * median(percent) / scale;
            Double sd = n < 2 ? null : 100 * Math.sqrt(totalVariance) / scale;
            Double alpha = null;
            if (same && n >= 2 && p >= 2 && !totalConstant) {
                double value = 100.0 * p / (p - 1) * (1 - sumOfQuestionVariances / totalVariance);
                // Alpha cannot exceed 100 (var(total) <= p × Σ var by Cauchy–Schwarz): anything above is rounding.
                alpha = value > 100 + 1e-6 ? null : snap(Math.min(100, value));
            }
            Double errorRatio = null;
            Double standardError = null;
            if (alpha != null && 1 - alpha / 100 >= 0) {
                errorRatio = 100 * Math.sqrt(1 - alpha / 100);
                standardError = errorRatio * sd / 100;
            }
            TestSummary test = new TestSummary(n, mean, median, sd, alpha, errorRatio, standardError);

            List<OptionPickRates> options = new ArrayList<>();
            for (OptionPicks picks : optionPicks) {
                options.add(pickRates(picks, n));
            }
            return new TestStatistics(
                    Collections.unmodifiableList(questions), test, Collections.unmodifiableList(options));
        }

        /** One question's figures over the {@code score.length} attempts that contained it. */
        private Question question(int index, double max, double maxTotal, double[] score, double[] rest) {
            int m = score.length;
            Double facility = m == 0 ? null : 100 * sum(score) / (m * max);
            Double sd = null;
            Double discrimination = null;
            Double efficiency = null;
            double variance = 0;
            if (m >= 2) {
                double scoreMean = sum(score) / m;
                double restMean = sum(rest) / m;
                boolean scoreConstant = isConstant(score, max);
                variance = scoreConstant ? 0 : centredCrossSum(score, scoreMean, score, scoreMean) / (m - 1);
                sd = 100 * Math.sqrt(variance) / max;
                if (!scoreConstant && !isConstant(rest, maxTotal)) {
                    double restVariance = centredCrossSum(rest, restMean, rest, restMean) / (m - 1);
                    double covariance = centredCrossSum(score, scoreMean, rest, restMean) / (m - 1);
                    double correlation = covariance / Math.sqrt(variance * restVariance);
                    discrimination = snap(100 * Math.max(-1, Math.min(1, correlation)));
                    Arrays.sort(score);
                    Arrays.sort(rest);
                    double maxCovariance = centredCrossSum(score, scoreMean, rest, restMean) / (m - 1);
                    if (maxCovariance > 0) {
                        efficiency = snap(Math.min(100, 100 * covariance / maxCovariance));
                    }
                }
            }
            List<FlagReason> reasons = new ArrayList<>(3);
            if (facility != null && facility > TOO_EASY_ABOVE) {
                reasons.add(FlagReason.FACILITY_ABOVE_95);
            }
            if (facility != null && facility < TOO_HARD_BELOW) {
                reasons.add(FlagReason.FACILITY_BELOW_20);
            }
            if (discrimination != null && discrimination < 0) {
                reasons.add(FlagReason.NEGATIVE_DISCRIMINATION);
            }
            QuestionStatistics statistics = new QuestionStatistics(
                    index,
                    facility,
                    sd,
                    discrimination,
                    efficiency,
                    !reasons.isEmpty(),
                    Collections.unmodifiableList(reasons));
            return new Question(statistics, variance);
        }
    }

    /** A question's figures and its raw-score sample variance (0 when undefined), for alpha. */
    private record Question(QuestionStatistics statistics, double variance) {}

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    /** Σ (a − meanA)(b − meanB). */
    private static double centredCrossSum(double[] a, double meanA, double[] b, double meanB) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += (a[k] - meanA) * (b[k] - meanB);
        }
        return sum;
    }

    /** All values equal, up to a spread of 10⁻¹⁰ × scale (rounding of sums of scores). */
    private static boolean isConstant(double[] values, double scale) {
        if (values.length == 0) {
            return true;
        }
        double min = values[0];
        double max = values[0];
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return max - min <= CONSTANT_SPREAD * scale;
    }

    /** Median of the values (sorts them). */
    private static double median(double[] values) {
        Arrays.sort(values);
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /** Rounding noise around 0 reported as 0 (so that it neither flags nor shows "−0"). */
    private static double snap(double percent) {
        return Math.abs(percent) < ZERO_SNAP ? 0.0 : percent;
    }
}
