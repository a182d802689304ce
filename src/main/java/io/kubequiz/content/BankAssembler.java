package io.kubequiz.content;

import io.kubequiz.content.BankDefinitions.ChapterDef;
import io.kubequiz.content.BankDefinitions.ItemDef;
import io.kubequiz.content.BankDefinitions.OptionDef;
import io.kubequiz.content.BankDefinitions.PairDef;
import io.kubequiz.content.BankDefinitions.QuestionDef;
import io.kubequiz.content.BankDefinitions.QuizDef;
import io.kubequiz.content.BankDefinitions.SelectDef;
import io.kubequiz.content.BankLoader.ParsedChapter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Turns validated definitions into the immutable model. */
final class BankAssembler {

    private BankAssembler() {}

    static QuestionBank assemble(List<ParsedChapter> parsed) {
        List<Chapter> chapters = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (ParsedChapter chapter : parsed) {
            List<Question> own = chapter.questions().stream()
                    .map(q -> question(q.def(), q.version()))
                    .toList();
            questions.addAll(own);
            chapters.add(chapter(chapter.def(), own));
        }
        return new QuestionBank(chapters, questions);
    }

    private static Chapter chapter(ChapterDef def, List<Question> questions) {
        List<Section> sections =
                def.sections().stream().map(s -> new Section(s.id(), s.title())).toList();
        List<Objective> objectives = def.objectives().stream()
                .map(o -> new Objective(o.id(), def.id(), o.kind(), o.title()))
                .toList();
        List<Quiz> quizzes = nullToEmpty(def.quizzes()).stream()
                .map(q -> quiz(def.id(), q, questions))
                .toList();
        return new Chapter(def.id(), def.title(), sections, objectives, quizzes);
    }

    private static Quiz quiz(String chapterId, QuizDef def, List<Question> questions) {
        List<Question> selected = select(def.select(), questions);
        Set<String> objectives = new LinkedHashSet<>();
        selected.forEach(q -> objectives.addAll(q.objectives()));
        int limit = def.select().limit() == null ? 0 : def.select().limit();
        return new Quiz(
                def.id(),
                chapterId,
                def.section(),
                def.title(),
                def.description(),
                selected.stream().map(Question::id).toList(),
                limit,
                List.copyOf(objectives));
    }

    /** The questions a quiz selection matches, in bank order: any listed tag, section, objective or id. */
    static List<Question> select(SelectDef select, List<Question> questions) {
        return questions.stream().filter(q -> matches(select, q)).toList();
    }

    private static boolean matches(SelectDef select, Question q) {
        return Boolean.TRUE.equals(select.all())
                || nullToEmpty(select.tags()).stream().anyMatch(q.tags()::contains)
                || nullToEmpty(select.sections()).contains(q.section())
                || nullToEmpty(select.objectives()).stream().anyMatch(q.objectives()::contains)
                || nullToEmpty(select.questions()).contains(q.id());
    }

    static Question question(QuestionDef def, String version) {
        return new Question(
                def.id(),
                def.section(),
                def.objectives(),
                Set.copyOf(nullToEmpty(def.tags())),
                def.difficulty(),
                def.stem(),
                def.explanation(),
                body(def),
                version);
    }

    private static QuestionBody body(QuestionDef def) {
        return switch (def.type()) {
            case SINGLE_CHOICE -> new ChoiceBody(false, options(def.options()));
            case MULTIPLE_CHOICE -> new ChoiceBody(true, options(def.options()));
            case TRUE_FALSE -> new TrueFalseBody(def.answer());
            case SHORT_TEXT ->
                new ShortTextBody(nullToEmpty(def.accepted()), def.pattern(), Boolean.TRUE.equals(def.dnsName()));
            case NUMERIC ->
                new NumericBody(
                        def.value(),
                        Objects.requireNonNullElse(def.tolerance(), 0.0),
                        def.min(),
                        def.max(),
                        def.unit());
            case MATCHING ->
                new MatchingBody(
                        def.pairs().stream()
                                .map(p -> new MatchingBody.Pair(p.id(), p.left(), p.right()))
                                .toList(),
                        items(def.distractors()));
            case ORDERING -> new OrderingBody(items(def.items()));
        };
    }

    /**
     * The definition a question would have been read from: the reverse of {@link #question}. Defaults are left out
     * as a bank file leaves them out (no weights on a single choice, {@code correct} only when true), so that
     * assembling the definition again gives an equal question.
     */
    static QuestionDef definition(Question q) {
        QuestionBody body = q.body();
        List<OptionDef> options = null;
        Boolean answer = null;
        List<String> accepted = null;
        String pattern = null;
        Boolean dnsName = null;
        Double value = null;
        Double tolerance = null;
        Double min = null;
        Double max = null;
        LocalizedText unit = null;
        List<PairDef> pairs = null;
        List<ItemDef> distractors = null;
        List<ItemDef> items = null;
        if (body instanceof ChoiceBody choice) {
            options = choice.options().stream()
                    .map(o -> new OptionDef(
                            o.id(),
                            o.text(),
                            o.correct() ? Boolean.TRUE : null,
                            choice.multiple() ? o.weight() : null,
                            o.feedback()))
                    .toList();
        } else if (body instanceof TrueFalseBody trueFalse) {
            answer = trueFalse.answer();
        } else if (body instanceof ShortTextBody shortText) {
            accepted = shortText.accepted();
            pattern = shortText.pattern();
            dnsName = shortText.dnsName() ? Boolean.TRUE : null;
        } else if (body instanceof NumericBody numeric) {
            value = numeric.value();
            tolerance = numeric.value() != null ? numeric.tolerance() : null;
            min = numeric.min();
            max = numeric.max();
            unit = numeric.unit();
        } else if (body instanceof MatchingBody matching) {
            pairs = matching.pairs().stream()
                    .map(p -> new PairDef(p.id(), p.left(), p.right()))
                    .toList();
            distractors = matching.distractors().isEmpty() ? null : itemDefs(matching.distractors());
        } else if (body instanceof OrderingBody ordering) {
            items = itemDefs(ordering.items());
        }
        return new QuestionDef(
                q.id(),
                q.type(),
                q.section(),
                q.objectives(),
                q.tags().isEmpty() ? null : q.tags().stream().sorted().toList(),
                q.difficulty(),
                q.stem(),
                q.explanation(),
                options,
                answer,
                accepted,
                pattern,
                dnsName,
                value,
                tolerance,
                min,
                max,
                unit,
                pairs,
                distractors,
                items);
    }

    private static List<ItemDef> itemDefs(List<Item> items) {
        return items.stream().map(i -> new ItemDef(i.id(), i.text())).toList();
    }

    private static List<ChoiceBody.Option> options(List<OptionDef> options) {
        long correct =
                options.stream().filter(o -> Boolean.TRUE.equals(o.correct())).count();
        double share = correct == 0 ? 0 : 1.0 / correct;
        return options.stream()
                .map(o -> {
                    boolean right = Boolean.TRUE.equals(o.correct());
                    double weight = o.weight() != null ? o.weight() : right ? share : -share;
                    return new ChoiceBody.Option(o.id(), o.text(), right, weight, o.feedback());
                })
                .toList();
    }

    private static List<Item> items(List<BankDefinitions.ItemDef> items) {
        return nullToEmpty(items).stream().map(i -> new Item(i.id(), i.text())).toList();
    }

    static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
