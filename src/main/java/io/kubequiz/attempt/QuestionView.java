package io.kubequiz.attempt;

import io.kubequiz.content.Grade;
import io.kubequiz.content.QuestionType;
import java.util.List;

/**
 * What a question page shows. Before grading it holds only texts and display positions; {@link #feedback()},
 * correctness flags and per-option feedback are filled only once the answer is graded.
 */
record QuestionView(
        String id,
        QuestionType type,
        String stemHtml,
        String unit,
        List<ChoiceView> choices,
        List<MatchRow> matches,
        List<String> rightsHtml,
        List<OrderRow> items,
        String text,
        Feedback feedback) {

    public boolean graded() {
        return feedback != null;
    }

    /** A choice, or "true"/"false": {@code html} is null for true/false, whose labels are messages. */
    record ChoiceView(String value, String html, boolean picked, boolean correct, String feedbackHtml) {}

    /** A matching row: the left text, the right picked (display position, 0 for none), the right one. */
    record MatchRow(int index, String leftHtml, int picked, String pickedHtml, String correctHtml, boolean right) {}

    /** An ordering step as shown, with the rank the learner gave it (0 for none). */
    record OrderRow(int index, String html, int rank) {}

    record Feedback(
            Grade.Outcome outcome,
            int percent,
            String explanationHtml,
            String modelAnswer,
            List<String> correctOrderHtml,
            List<String> givenOrderHtml) {}
}
