package io.kubequiz.content;

import java.util.List;

/**
 * A quiz: the questions its selection matched, in bank order. With a {@code limit}, each attempt draws that many of
 * them at random. {@code section} is null for a chapter-wide quiz.
 */
public record Quiz(
        String id,
        String chapterId,
        String section,
        LocalizedText title,
        LocalizedText description,
        List<String> questionIds,
        int limit,
        List<String> objectiveIds) {

    public Quiz {
        questionIds = List.copyOf(questionIds);
        objectiveIds = List.copyOf(objectiveIds);
    }

    /** How many questions one attempt shows. */
    public int questionCount() {
        return limit > 0 ? Math.min(limit, questionIds.size()) : questionIds.size();
    }
}
