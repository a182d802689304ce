package io.kubequiz.dashboard;

import java.util.List;

/** Mean, median and the ten-bin histogram of grades (0–100). */
final class DashboardStats {

    static final int BINS = 10;

    private DashboardStats() {}

    static Double mean(List<Double> values) {
        return values.isEmpty()
                ? null
                : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Counts per bin: 0–9, 10–19, …, 80–89, 90–100 (a grade of 100 falls in the last bin). */
    static int[] histogram(List<Double> grades) {
        int[] bins = new int[BINS];
        for (double grade : grades) {
            int bin = (int) Math.floor(grade / 10 + 1e-9); // 100 × 0.3 / 3 must land in 10–19
            bins[Math.max(0, Math.min(BINS - 1, bin))]++;
        }
        return bins;
    }

    /** Share in percent, rounded; 0 when there is nobody. */
    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
    }
}
