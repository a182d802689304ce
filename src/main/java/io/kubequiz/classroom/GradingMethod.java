package io.kubequiz.classroom;

import java.util.List;

/** How a learner's finished attempts at an assignment make one grade, as in Moodle's quiz. */
public enum GradingMethod {
    HIGHEST,
    LAST,
    FIRST,
    AVERAGE;

    /** The grade (0–100) from finished attempts' percentages in the order they were taken; null when none. */
    public Double grade(List<Double> percentsInOrder) {
        if (percentsInOrder.isEmpty()) {
            return null;
        }
        return switch (this) {
            case HIGHEST ->
                percentsInOrder.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            case LAST -> percentsInOrder.get(percentsInOrder.size() - 1);
            case FIRST -> percentsInOrder.get(0);
            case AVERAGE ->
                percentsInOrder.stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElseThrow();
        };
    }
}
