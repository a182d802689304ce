package io.kubequiz.api;

import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuestionType;
import io.kubequiz.system.Languages;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public catalogue: quizzes and objectives, titles in the language of {@code Accept-Language} (French by
 * default). It never carries answers.
 */
@RestController
@RequestMapping("/api/v1")
class CatalogueApi {

    record QuizEntry(
            String id,
            String title,
            String section,
            List<String> objectives,
            List<String> questionIds,
            List<QuestionType> questionTypes) {}

    record ObjectiveEntry(String id, String title, String section, long questionCount) {}

    private final QuestionBank bank;

    CatalogueApi(QuestionBank bank) {
        this.bank = bank;
    }

    @GetMapping("/quizzes")
    List<QuizEntry> quizzes(@RequestHeader(name = "Accept-Language", required = false) String language) {
        Locale locale = Languages.fromAcceptLanguage(language);
        return bank.quizzes().stream()
                .map(quiz -> new QuizEntry(
                        quiz.id(),
                        quiz.title().in(locale),
                        quiz.section(),
                        quiz.objectiveIds(),
                        quiz.questionIds(),
                        quiz.questionIds().stream()
                                .map(id -> bank.question(id).map(Question::type).orElseThrow())
                                .collect(Collectors.toCollection(LinkedHashSet::new))
                                .stream()
                                .sorted()
                                .toList()))
                .toList();
    }

    /**
     * Objectives with the number of questions on each. An objective belongs to no single section; {@code section}
     * is the section most of its questions come from.
     */
    @GetMapping("/objectives")
    List<ObjectiveEntry> objectives(@RequestHeader(name = "Accept-Language", required = false) String language) {
        Locale locale = Languages.fromAcceptLanguage(language);
        Map<String, Long> counts = bank.questionCountByObjective();
        return bank.objectives().stream()
                .map(o -> new ObjectiveEntry(
                        o.id(), o.title().in(locale), mainSection(o.id()), counts.getOrDefault(o.id(), 0L)))
                .toList();
    }

    private String mainSection(String objectiveId) {
        return bank.questions().stream()
                .filter(q -> q.objectives().contains(objectiveId))
                .collect(Collectors.groupingBy(Question::section, TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.<String, Long>comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
