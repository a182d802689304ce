package io.kubequiz.content;

import java.util.List;
import java.util.Set;

/**
 * One question of a bank. {@link #version()} is a hash of the question's content: an attempt stores the version it
 * showed, so editing a question never rewrites past results.
 */
public record Question(
        String id,
        String section,
        List<String> objectives,
        Set<String> tags,
        Difficulty difficulty,
        LocalizedText stem,
        LocalizedText explanation,
        QuestionBody body,
        String version) {

    public Question {
        objectives = List.copyOf(objectives);
        tags = Set.copyOf(tags);
    }

    public QuestionType type() {
        return body.type();
    }

    /** Grades an answer: blank answers score 0; malformed ones throw {@link InvalidAnswerException}. */
    public Grade grade(Answer answer) {
        return answer.isBlank() ? Grade.ZERO : body.grade(answer);
    }
}
