package io.kubequiz.interop;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The grades Moodle accepts for an answer: {@code question_bank::fraction_options_full()}, that is 0, ±100% and ±90,
 * 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, 33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10 and 5%.
 * Moodle's import refuses a question with any other grade (it compares within 0.00001).
 */
final class GiftWeights {

    /** The positive grades as GIFT writes them, largest first. */
    private static final String[] PERCENTS = {
        "100",
        "90",
        "83.33333",
        "80",
        "75",
        "70",
        "66.66667",
        "60",
        "50",
        "40",
        "33.33333",
        "30",
        "25",
        "20",
        "16.66667",
        "14.28571",
        "12.5",
        "11.11111",
        "10",
        "5",
        "0"
    };

    /** The same grades as exact fractions, which is what the weights of our questions are (1/3, not 0.3333333). */
    private static final double[] EXACT = {
        1, 0.9, 5.0 / 6, 0.8, 0.75, 0.7, 2.0 / 3, 0.6, 0.5, 0.4, 1.0 / 3, 0.3, 0.25, 0.2, 1.0 / 6, 1.0 / 7, 0.125,
        1.0 / 9, 0.1, 0.05, 0
    };

    /** Moodle's own tolerance when it matches a grade to its list. */
    private static final double MOODLE_TOLERANCE = 0.00001;

    private GiftWeights() {}

    /** The index of the grade a weight is, within Moodle's tolerance, or -1. */
    static int grade(double weight) {
        for (int i = 0; i < EXACT.length; i++) {
            if (Math.abs(Math.abs(weight) - EXACT[i]) < MOODLE_TOLERANCE) {
                return i;
            }
        }
        return -1;
    }

    /** The grade nearest to a weight (in absolute value). */
    static int nearest(double weight) {
        int best = 0;
        for (int i = 1; i < EXACT.length; i++) {
            if (Math.abs(Math.abs(weight) - EXACT[i]) < Math.abs(Math.abs(weight) - EXACT[best])) {
                best = i;
            }
        }
        return best;
    }

    static double exact(int grade, boolean negative) {
        return negative ? -EXACT[grade] : EXACT[grade];
    }

    /** A grade as GIFT writes it between percent signs: {@code 33.33333}, {@code -50}. */
    static String percent(int grade, boolean negative) {
        return negative && EXACT[grade] != 0 ? "-" + PERCENTS[grade] : PERCENTS[grade];
    }

    /**
     * A fraction read from a GIFT file, made exact when it is one of Moodle's grades (33.33333% is 1/3), as Moodle
     * itself snaps it; any other fraction is kept as written.
     */
    static double snap(double fraction) {
        int grade = grade(fraction);
        return grade < 0 ? fraction : exact(grade, fraction < 0);
    }

    /** A weight as a percentage for people: {@code 35}, {@code -12.5}, at most 5 decimals. */
    static String display(double weight) {
        return BigDecimal.valueOf(weight * 100)
                .setScale(5, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
