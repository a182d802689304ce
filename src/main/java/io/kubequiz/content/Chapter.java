package io.kubequiz.content;

import java.util.List;

public record Chapter(
        String id, LocalizedText title, List<Section> sections, List<Objective> objectives, List<Quiz> quizzes) {

    public Chapter {
        sections = List.copyOf(sections);
        objectives = List.copyOf(objectives);
        quizzes = List.copyOf(quizzes);
    }
}
