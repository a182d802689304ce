package io.kubequiz.content;

import java.util.List;

/** The YAML shapes of a bank, bound as they are written and checked by {@link BankValidator}. */
final class BankDefinitions {

    private BankDefinitions() {}

    record ChapterDef(
            String id,
            LocalizedText title,
            List<SectionDef> sections,
            List<ObjectiveDef> objectives,
            List<QuizDef> quizzes) {}

    record SectionDef(String id, LocalizedText title) {}

    record ObjectiveDef(String id, ObjectiveKind kind, LocalizedText title) {}

    record QuizDef(String id, String section, LocalizedText title, LocalizedText description, SelectDef select) {}

    record SelectDef(
            List<String> tags,
            List<String> sections,
            List<String> objectives,
            List<String> questions,
            Boolean all,
            Integer limit) {}

    record QuestionDef(
            String id,
            QuestionType type,
            String section,
            List<String> objectives,
            List<String> tags,
            Difficulty difficulty,
            LocalizedText stem,
            LocalizedText explanation,
            List<OptionDef> options,
            Boolean answer,
            List<String> accepted,
            String pattern,
            Boolean dnsName,
            Double value,
            Double tolerance,
            Double min,
            Double max,
            LocalizedText unit,
            List<PairDef> pairs,
            List<ItemDef> distractors,
            List<ItemDef> items) {}

    record OptionDef(String id, LocalizedText text, Boolean correct, Double weight, LocalizedText feedback) {}

    record PairDef(String id, LocalizedText left, LocalizedText right) {}

    record ItemDef(String id, LocalizedText text) {}

    /** A question as read from a file: where it came from, its content hash and its definition. */
    record SourcedQuestion(String file, String version, String canonicalJson, QuestionDef def) {}
}
