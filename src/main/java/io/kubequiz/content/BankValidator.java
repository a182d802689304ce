package io.kubequiz.content;

import static io.kubequiz.content.BankAssembler.nullToEmpty;

import io.kubequiz.content.BankDefinitions.ChapterDef;
import io.kubequiz.content.BankDefinitions.ItemDef;
import io.kubequiz.content.BankDefinitions.ObjectiveDef;
import io.kubequiz.content.BankDefinitions.OptionDef;
import io.kubequiz.content.BankDefinitions.QuestionDef;
import io.kubequiz.content.BankDefinitions.QuizDef;
import io.kubequiz.content.BankDefinitions.SectionDef;
import io.kubequiz.content.BankDefinitions.SourcedQuestion;
import io.kubequiz.content.BankLoader.ParsedChapter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/** Checks a bank before it is used: ids, references, both languages, answers that can reach full marks. */
final class BankValidator {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final double EPSILON = 1e-6;

    private final List<BankProblem> problems = new ArrayList<>();
    private final Set<String> questionIds = new HashSet<>();
    private final Set<String> quizIds = new HashSet<>();
    private final Set<String> objectiveIds = new HashSet<>();

    List<BankProblem> validate(List<ParsedChapter> chapters) {
        for (ParsedChapter chapter : chapters) {
            validateChapter(chapter);
        }
        return problems;
    }

    /**
     * The checks that do not need a chapter, for a question made outside the bank files (an import): its id, type,
     * stem and everything its type requires. Section, objectives, difficulty (none is shown when unknown) and the
     * explanation's section mark are the caller's business there.
     */
    List<BankProblem> validateStandalone(SourcedQuestion question) {
        new QuestionCheck(question, Set.of(), Set.of()).runStandalone();
        return problems;
    }

    private void validateChapter(ParsedChapter chapter) {
        String file = chapter.file();
        ChapterDef def = chapter.def();
        check(def.id() != null && ID.matcher(def.id()).matches(), file, null, "chapter id missing or not [a-z0-9-]");
        text(def.title(), file, def.id(), "chapter title");
        Set<String> sections = new HashSet<>();
        for (SectionDef s : nullToEmpty(def.sections())) {
            check(s.id() != null && sections.add(s.id()), file, s.id(), "section id missing or repeated");
            text(s.title(), file, s.id(), "section title");
        }
        check(!sections.isEmpty(), file, def.id(), "the chapter has no sections");
        check(!nullToEmpty(def.objectives()).isEmpty(), file, def.id(), "the chapter has no objectives");
        Set<String> objectives = new HashSet<>();
        for (ObjectiveDef o : nullToEmpty(def.objectives())) {
            boolean fresh = o.id() != null && objectiveIds.add(o.id());
            check(fresh && ID.matcher(o.id()).matches(), file, o.id(), "objective id missing, malformed or repeated");
            check(o.kind() != null, file, o.id(), "objective kind missing (THEORY, PRACTICE or MINDSET)");
            text(o.title(), file, o.id(), "objective title");
            objectives.add(o.id());
        }
        List<SourcedQuestion> sound = new ArrayList<>();
        for (SourcedQuestion question : chapter.questions()) {
            int before = problems.size();
            new QuestionCheck(question, sections, objectives).run();
            if (problems.size() == before) {
                sound.add(question);
            }
        }
        Set<String> covered = new HashSet<>();
        chapter.questions().forEach(q -> covered.addAll(nullToEmpty(q.def().objectives())));
        objectives.stream()
                .filter(o -> !covered.contains(o))
                .sorted()
                .forEach(o -> problems.add(new BankProblem(file, o, "objective has no question")));
        // Only questions without faults can be assembled; quizzes are checked against those.
        List<Question> assembled = sound.stream()
                .map(q -> BankAssembler.question(q.def(), q.version()))
                .toList();
        nullToEmpty(def.quizzes()).forEach(quiz -> validateQuiz(file, quiz, sections, objectives, assembled));
    }

    private void validateQuiz(
            String file, QuizDef quiz, Set<String> sections, Set<String> objectives, List<Question> questions) {
        String id = quiz.id();
        check(id != null && ID.matcher(id).matches() && quizIds.add(id), file, id, "quiz id missing or repeated");
        text(quiz.title(), file, id, "quiz title");
        text(quiz.description(), file, id, "quiz description");
        check(quiz.section() == null || sections.contains(quiz.section()), file, id, "unknown section");
        if (quiz.select() == null) {
            problems.add(new BankProblem(file, id, "quiz has no 'select'"));
            return;
        }
        nullToEmpty(quiz.select().sections())
                .forEach(s -> check(sections.contains(s), file, id, "selects unknown section " + s));
        nullToEmpty(quiz.select().objectives())
                .forEach(o -> check(objectives.contains(o), file, id, "selects unknown objective " + o));
        Set<String> known = new HashSet<>();
        questions.forEach(q -> known.add(q.id()));
        nullToEmpty(quiz.select().questions())
                .forEach(q -> check(known.contains(q), file, id, "selects unknown question " + q));
        check(quiz.select().limit() == null || quiz.select().limit() > 0, file, id, "limit must be a positive number");
        check(!BankAssembler.select(quiz.select(), questions).isEmpty(), file, id, "quiz selects no question");
    }

    /** The checks of one question; faults are named by the question's file and id. */
    private final class QuestionCheck {
        private final SourcedQuestion source;
        private final QuestionDef q;
        private final Set<String> sections;
        private final Set<String> objectives;

        QuestionCheck(SourcedQuestion source, Set<String> sections, Set<String> objectives) {
            this.source = source;
            this.q = source.def();
            this.sections = sections;
            this.objectives = objectives;
        }

        void run() {
            boolean fresh = q.id() != null && questionIds.add(q.id());
            fault(q.id() != null && ID.matcher(q.id()).matches(), "question id missing or not [a-z0-9-]");
            fault(fresh || q.id() == null, "question id used twice");
            fault(q.type() != null, "type missing");
            fault(q.section() != null && sections.contains(q.section()), "unknown section " + q.section());
            fault(!nullToEmpty(q.objectives()).isEmpty(), "no objectives");
            nullToEmpty(q.objectives()).forEach(o -> fault(objectives.contains(o), "unknown objective " + o));
            fault(q.difficulty() != null, "difficulty missing (EASY, MEDIUM or HARD)");
            text(q.stem(), source.file(), q.id(), "stem");
            text(q.explanation(), source.file(), q.id(), "explanation");
            if (q.explanation() != null && q.section() != null) {
                Pattern mark = Pattern.compile("§" + Pattern.quote(q.section()) + "(?![0-9])");
                fault(
                        names(q.explanation().fr(), mark)
                                && names(q.explanation().en(), mark),
                        "explanation must name its section as §" + q.section() + " in both languages");
            }
            if (q.type() != null) {
                checkType();
            }
        }

        void runStandalone() {
            fault(q.id() != null && ID.matcher(q.id()).matches(), "question id missing or not [a-z0-9-]");
            fault(q.type() != null, "type missing");
            fault(q.objectives() != null, "objectives missing (an empty list is allowed here)");
            text(q.stem(), source.file(), q.id(), "stem");
            fault(q.explanation() != null, "explanation missing (it may be empty here)");
            if (q.type() != null) {
                checkType();
            }
        }

        private void checkType() {
            switch (q.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> checkChoice();
                case TRUE_FALSE -> fault(q.answer() != null, "TRUE_FALSE needs 'answer: true' or 'answer: false'");
                case SHORT_TEXT -> checkShortText();
                case NUMERIC -> checkNumeric();
                case MATCHING -> checkMatching();
                case ORDERING -> checkOrdering();
            }
            notApplicable("options", q.options(), QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE);
            notApplicable("answer", q.answer(), QuestionType.TRUE_FALSE);
            notApplicable("accepted", q.accepted(), QuestionType.SHORT_TEXT);
            notApplicable("pattern", q.pattern(), QuestionType.SHORT_TEXT);
            notApplicable("dnsName", q.dnsName(), QuestionType.SHORT_TEXT);
            notApplicable(
                    "value/tolerance/min/max/unit",
                    Stream.of(q.value(), q.tolerance(), q.min(), q.max(), q.unit())
                            .filter(Objects::nonNull)
                            .findFirst()
                            .orElse(null),
                    QuestionType.NUMERIC);
            notApplicable("pairs", q.pairs(), QuestionType.MATCHING);
            notApplicable("distractors", q.distractors(), QuestionType.MATCHING);
            notApplicable("items", q.items(), QuestionType.ORDERING);
        }

        private void checkChoice() {
            List<OptionDef> options = nullToEmpty(q.options());
            fault(options.size() >= 2, "needs at least two options");
            if (options.isEmpty()) {
                return;
            }
            ids(options.stream().map(OptionDef::id).toList(), "option");
            options.forEach(o -> {
                text(o.text(), source.file(), q.id(), "option " + o.id());
                if (o.feedback() != null) {
                    text(o.feedback(), source.file(), q.id(), "feedback of option " + o.id());
                }
            });
            List<OptionDef> correct = options.stream()
                    .filter(o -> Boolean.TRUE.equals(o.correct()))
                    .toList();
            if (q.type() == QuestionType.SINGLE_CHOICE) {
                fault(correct.size() == 1, "SINGLE_CHOICE needs exactly one correct option, has " + correct.size());
                fault(options.stream().allMatch(o -> o.weight() == null), "weights apply to MULTIPLE_CHOICE only");
                return;
            }
            fault(!correct.isEmpty(), "MULTIPLE_CHOICE needs at least one correct option");
            double share = correct.isEmpty() ? 0 : 1.0 / correct.size();
            double full = correct.stream()
                    .mapToDouble(o -> o.weight() == null ? share : o.weight())
                    .sum();
            fault(Math.abs(full - 1) < EPSILON, "weights of the correct options add up to " + full + ", not 1");
            options.stream()
                    .filter(o -> o.weight() != null)
                    .forEach(o -> fault(
                            Boolean.TRUE.equals(o.correct()) ? o.weight() > 0 : o.weight() <= 0,
                            "option " + o.id() + ": correct options need a positive weight, wrong ones"
                                    + " zero or negative"));
        }

        private void checkShortText() {
            List<String> accepted = nullToEmpty(q.accepted());
            fault(!accepted.isEmpty(), "SHORT_TEXT needs at least one accepted answer (the first is shown)");
            accepted.forEach(a -> fault(a != null && !a.isBlank(), "an accepted answer is blank"));
            if (q.pattern() != null) {
                try {
                    ShortTextBody.compile(q.pattern());
                } catch (PatternSyntaxException e) {
                    fault(false, "pattern does not compile: " + e.getDescription());
                }
            }
        }

        private void checkNumeric() {
            boolean byValue = q.value() != null;
            boolean byRange = q.min() != null && q.max() != null;
            fault(byValue != byRange, "NUMERIC needs either 'value' (and optional 'tolerance') or 'min' and 'max'");
            fault(byValue || q.tolerance() == null, "'tolerance' goes with 'value'");
            fault(q.tolerance() == null || q.tolerance() >= 0, "tolerance must not be negative");
            fault(!byRange || q.min() <= q.max(), "min is greater than max");
            if (q.unit() != null) {
                text(q.unit(), source.file(), q.id(), "unit");
            }
        }

        private void checkMatching() {
            var pairs = nullToEmpty(q.pairs());
            fault(pairs.size() >= 2, "MATCHING needs at least two pairs");
            List<String> ids = new ArrayList<>(pairs.stream().map(p -> p.id()).toList());
            nullToEmpty(q.distractors()).forEach(d -> ids.add(d.id()));
            ids(ids, "pair/distractor");
            pairs.forEach(p -> {
                text(p.left(), source.file(), q.id(), "left of pair " + p.id());
                text(p.right(), source.file(), q.id(), "right of pair " + p.id());
            });
            items(nullToEmpty(q.distractors()), "distractor");
            List<String> rights = new ArrayList<>();
            pairs.stream()
                    .filter(p -> p.right() != null)
                    .forEach(p -> rights.add(p.right().en()));
            nullToEmpty(q.distractors()).stream()
                    .filter(d -> d.text() != null)
                    .forEach(d -> rights.add(d.text().en()));
            fault(rights.stream().distinct().count() == rights.size(), "two right-hand choices have the same text");
        }

        private void checkOrdering() {
            List<ItemDef> items = nullToEmpty(q.items());
            fault(items.size() >= 3, "ORDERING needs at least three items");
            ids(items.stream().map(ItemDef::id).toList(), "item");
            items(items, "item");
        }

        private void items(List<ItemDef> items, String what) {
            items.forEach(i -> text(i.text(), source.file(), q.id(), what + " " + i.id()));
        }

        private void ids(List<String> ids, String what) {
            Set<String> seen = new HashSet<>();
            ids.forEach(id -> fault(
                    id != null && ID.matcher(id).matches() && seen.add(id),
                    what + " id '" + id + "' missing, malformed or repeated"));
        }

        private void notApplicable(String field, Object value, QuestionType... types) {
            boolean applies = List.of(types).contains(q.type());
            fault(applies || value == null, "'" + field + "' does not apply to " + q.type());
        }

        private void fault(boolean ok, String message) {
            check(ok, source.file(), q.id(), message);
        }
    }

    private void text(LocalizedText text, String file, String id, String what) {
        check(text != null && !blank(text.fr()) && !blank(text.en()), file, id, what + " needs both 'fr' and 'en'");
    }

    private void check(boolean ok, String file, String id, String fault) {
        if (!ok) {
            problems.add(new BankProblem(file, id, fault));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean names(String s, Pattern mark) {
        return s != null && mark.matcher(s).find();
    }
}
