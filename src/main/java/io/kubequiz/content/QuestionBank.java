package io.kubequiz.content;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The validated, immutable question bank: every chapter with its questions and quizzes, looked up by id. */
public final class QuestionBank {

    private final List<Chapter> chapters;
    private final Map<String, Question> questions;
    private final Map<String, Quiz> quizzes;
    private final Map<String, Objective> objectives;
    private final Map<String, Section> sections;

    public QuestionBank(List<Chapter> chapters, List<Question> questions) {
        this.chapters = List.copyOf(chapters);
        this.questions = index(questions, Question::id);
        this.quizzes =
                index(chapters.stream().flatMap(c -> c.quizzes().stream()).toList(), Quiz::id);
        this.objectives =
                index(chapters.stream().flatMap(c -> c.objectives().stream()).toList(), Objective::id);
        this.sections =
                index(chapters.stream().flatMap(c -> c.sections().stream()).toList(), Section::id);
    }

    private static <T> Map<String, T> index(Collection<T> values, Function<T, String> id) {
        return values.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    public List<Chapter> chapters() {
        return chapters;
    }

    public Collection<Question> questions() {
        return questions.values();
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    public Collection<Quiz> quizzes() {
        return quizzes.values();
    }

    public Optional<Quiz> quiz(String id) {
        return Optional.ofNullable(quizzes.get(id));
    }

    public Collection<Objective> objectives() {
        return objectives.values();
    }

    public Optional<Objective> objective(String id) {
        return Optional.ofNullable(objectives.get(id));
    }

    public Collection<Section> sections() {
        return sections.values();
    }

    public Optional<Section> section(String id) {
        return Optional.ofNullable(sections.get(id));
    }

    /** Number of questions that name each objective, in bank order of objectives. */
    public Map<String, Long> questionCountByObjective() {
        Map<String, Long> counts = new LinkedHashMap<>();
        objectives.keySet().forEach(id -> counts.put(id, 0L));
        questions.values().forEach(q -> q.objectives().forEach(o -> counts.merge(o, 1L, Long::sum)));
        return counts;
    }
}
