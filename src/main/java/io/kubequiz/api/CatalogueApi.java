package io.kubequiz.api;

import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuestionType;
import io.kubequiz.system.Languages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Catalogue", description = "The quizzes and learning objectives of the bank (public, no answers).")
@SecurityRequirements
class CatalogueApi {

    @Schema(description = "A quiz of the bank, without its answers.")
    record QuizEntry(
            @Schema(description = "The quiz's id, used in URLs and exports.", example = "dns-names")
            String id,

            @Schema(description = "Its title in the language asked for.", example = "Le format des noms DNS")
            String title,

            @Schema(
                    description = "The course section it covers; null for a quiz over the whole chapter.",
                    example = "7.3")
            String section,

            @Schema(
                    description = "The learning objectives its questions assess.",
                    example = "[\"pr-dns-troubleshoot\"]")
            List<String> objectives,

            @Schema(
                    description = "Its questions, in bank order (an attempt may draw some of them).",
                    example = "[\"s73-name-service-fqdn\", \"s73-name-api-service\"]")
            List<String> questionIds,

            @Schema(description = "The types of question it holds.", example = "[\"SINGLE_CHOICE\", \"SHORT_TEXT\"]")
            List<QuestionType> questionTypes) {}

    @Schema(description = "A learning objective of the chapter.")
    record ObjectiveEntry(
            @Schema(description = "The objective's id.", example = "pr-dns-troubleshoot")
            String id,

            @Schema(
                    description = "What the learner can do, in the language asked for.",
                    example = "Résoudre les problèmes DNS")
            String title,

            @Schema(description = "The section most of its questions come from.", example = "7.3")
            String section,

            @Schema(description = "How many questions assess it.", example = "14")
            long questionCount) {}

    private final QuestionBank bank;

    CatalogueApi(QuestionBank bank) {
        this.bank = bank;
    }

    @GetMapping("/quizzes")
    @Operation(
            summary = "List the quizzes",
            description = "Every quiz of the bank with its objectives, question ids and question types. Public.")
    List<QuizEntry> quizzes(
            @Parameter(description = "The language of the titles: French unless it asks for another.", example = "en")
                    @RequestHeader(name = "Accept-Language", required = false)
                    String language) {
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
    @Operation(
            summary = "List the learning objectives",
            description = "Every objective of the chapter with the number of questions on it. Public.")
    List<ObjectiveEntry> objectives(
            @Parameter(description = "The language of the titles: French unless it asks for another.", example = "en")
                    @RequestHeader(name = "Accept-Language", required = false)
                    String language) {
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
