package io.kubequiz.dashboard;

import java.util.List;

/**
 * An answer as text: one part, or several (the options picked, the matches, or the steps in the learner's order when
 * {@code ordered}). {@code blank} when nothing was answered.
 */
public record DashboardAnswerText(List<String> parts, boolean ordered, boolean blank) {

    public DashboardAnswerText {
        parts = List.copyOf(parts);
    }

    public boolean single() {
        return parts.size() == 1;
    }

    /** The parts on one line, for comparisons and plain lists. */
    public String joined() {
        return String.join(" · ", parts);
    }
}
