package io.kubequiz.interop;

import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.InvalidBankException;
import io.kubequiz.content.Item;
import io.kubequiz.content.LocalizedText;
import io.kubequiz.content.MatchingBody;
import io.kubequiz.content.NumericBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBody;
import io.kubequiz.content.QuestionVersions;
import io.kubequiz.content.ShortTextBody;
import io.kubequiz.content.TrueFalseBody;
import io.kubequiz.interop.GiftQuestion.Choice;
import io.kubequiz.interop.GiftQuestion.Choices;
import io.kubequiz.interop.GiftQuestion.Match;
import io.kubequiz.interop.GiftQuestion.Matching;
import io.kubequiz.interop.GiftQuestion.NumericAnswer;
import io.kubequiz.interop.GiftQuestion.Numerical;
import io.kubequiz.interop.GiftQuestion.ShortAnswer;
import io.kubequiz.interop.GiftQuestion.ShortAnswers;
import io.kubequiz.interop.GiftQuestion.Text;
import io.kubequiz.interop.GiftQuestion.TrueFalse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns parsed GIFT questions into the bank's questions, graded as Moodle grades them; a question our model cannot
 * grade the same way gets a problem instead of a wrong import. An imported question has the same text in French and
 * English. Texts become Markdown: {@code [markdown]} as written, {@code [plain]} escaped to show as typed, {@code
 * [html]} and {@code [moodle]} converted (see {@link MarkdownText}). Answer texts of short-answer and the right-hand
 * sides of matching questions are plain strings in Moodle and are kept as written.
 */
public final class GiftImporter {

    /** Moodle's own check on multiple-answer weights: their sum, rounded to two decimals, is 100%. */
    private static final double MOODLE_SUM_TOLERANCE = 0.005;

    private static final double EPSILON = 1e-9;

    /** A Moodle wildcard: an asterisk not escaped by a backslash. */
    private static final Pattern WILDCARD = Pattern.compile("(?<!\\\\)\\*+");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private GiftImporter() {}

    /**
     * Every block of a document, ids made from a prefix and the block's position among the question blocks (from 1):
     * {@code set12} gives {@code set12-q1}, {@code set12-q2}... whether or not earlier blocks are usable.
     */
    public static List<GiftImportItem> importAll(GiftDocument document, String idPrefix) {
        List<GiftImportItem> items = new ArrayList<>();
        int position = 0;
        for (GiftBlock block : document.blocks()) {
            position++;
            items.add(convert(block, GiftImportTarget.of(idPrefix + "-q" + position)));
        }
        return items;
    }

    /** Every block of a document, each with the target the caller gives it. */
    public static List<GiftImportItem> importAll(GiftDocument document, Function<GiftBlock, GiftImportTarget> targets) {
        return document.blocks().stream()
                .map(block -> convert(block, targets.apply(block)))
                .toList();
    }

    /** One block: its parse problem, or its question converted. */
    public static GiftImportItem convert(GiftBlock block, GiftImportTarget target) {
        if (!block.readable()) {
            return new GiftImportItem(
                    block.line(), block.name(), block.category(), null, null, List.of(), block.problem());
        }
        Conversion conversion = new Conversion();
        try {
            QuestionVersions.StoredQuestion stored = conversion.question(block.question(), target);
            return new GiftImportItem(
                    block.line(),
                    block.name(),
                    block.category(),
                    stored.question(),
                    stored.canonicalJson(),
                    List.copyOf(conversion.warnings),
                    null);
        } catch (ConversionProblem problem) {
            return new GiftImportItem(
                    block.line(), block.name(), block.category(), null, null, List.of(), problem.message);
        } catch (RuntimeException unexpected) {
            // One question that trips the conversion must not cost the trainer the preview of the others.
            return new GiftImportItem(
                    block.line(),
                    block.name(),
                    block.category(),
                    null,
                    null,
                    List.of(),
                    GiftMessage.of("gift.problem.unreadable"));
        }
    }

    /** The conversion of one question, collecting what it changes on the way. */
    private static final class Conversion {
        private final Set<GiftMessage> warnings = new LinkedHashSet<>();

        QuestionVersions.StoredQuestion question(GiftQuestion gift, GiftImportTarget target) {
            String stem = markdown(gift.stem());
            if (stem.isBlank()) {
                throw new ConversionProblem("gift.problem.emptyStem");
            }
            String explanation = gift.generalFeedback() == null ? "" : markdown(gift.generalFeedback());
            Question draft = new Question(
                    target.id(),
                    target.section(),
                    target.objectives(),
                    target.tags(),
                    target.difficulty(),
                    both(stem),
                    both(explanation),
                    body(gift.answers()),
                    null);
            try {
                return QuestionVersions.standalone(draft);
            } catch (InvalidBankException e) {
                // The checks above should leave nothing for the bank's rules to find; if they do, say which.
                throw new ConversionProblem(
                        "gift.problem.invalid", e.problems().get(0).fault());
            }
        }

        private QuestionBody body(GiftQuestion.Answers answers) {
            if (answers instanceof Choices choices) {
                return choices.single() ? single(choices.choices()) : multiple(choices.choices());
            }
            if (answers instanceof TrueFalse trueFalse) {
                if (trueFalse.wrongFeedback() != null || trueFalse.rightFeedback() != null) {
                    warnings.add(GiftMessage.of("gift.warning.feedbackDropped"));
                }
                return new TrueFalseBody(trueFalse.answer());
            }
            if (answers instanceof ShortAnswers shortAnswers) {
                return shortText(shortAnswers.answers());
            }
            if (answers instanceof Numerical numerical) {
                return numeric(numerical);
            }
            return matching(((Matching) answers).matches());
        }

        /** Moodle's single answer: the pick scores its fraction. Ours: one right option, the rest 0. */
        private ChoiceBody single(List<Choice> choices) {
            long right = choices.stream().filter(c -> same(c.fraction(), 1)).count();
            if (right > 1) {
                throw new ConversionProblem("gift.problem.singleSeveralRight");
            }
            for (Choice choice : choices) {
                if (!same(choice.fraction(), 1) && !same(choice.fraction(), 0)) {
                    throw new ConversionProblem(
                            "gift.problem.singlePartialCredit", GiftWeights.display(choice.fraction()));
                }
            }
            List<ChoiceBody.Option> options = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                Choice choice = choices.get(i);
                boolean correct = same(choice.fraction(), 1);
                options.add(option(i, choice, correct, correct ? 1 : -1));
            }
            return new ChoiceBody(false, options);
        }

        /**
         * Moodle's multiple answers: the fractions of the picks add up, between 0 and 100%. Ours is the same rule,
         * with the right options' weights adding up to exactly 1: Moodle's rounded grades (33.33333%) are read as
         * the fractions they stand for, and a sum Moodle accepts (100% to two decimals) is scaled to 1.
         */
        private ChoiceBody multiple(List<Choice> choices) {
            double[] weights = choices.stream()
                    .mapToDouble(c -> GiftWeights.snap(c.fraction()))
                    .toArray();
            double sum = 0;
            for (double weight : weights) {
                sum += weight > 0 ? weight : 0;
            }
            if (sum <= 0) {
                throw new ConversionProblem("gift.problem.noRightAnswer");
            }
            if (Math.abs(sum - 1) > MOODLE_SUM_TOLERANCE) {
                throw new ConversionProblem("gift.problem.weightsNotFull", GiftWeights.display(sum));
            }
            List<ChoiceBody.Option> options = new ArrayList<>();
            for (int i = 0; i < choices.size(); i++) {
                double weight = weights[i] > 0 && Math.abs(sum - 1) > EPSILON ? weights[i] / sum : weights[i];
                options.add(option(i, choices.get(i), weight > 0, weight));
            }
            return new ChoiceBody(true, options);
        }

        private ChoiceBody.Option option(int index, Choice choice, boolean correct, double weight) {
            String feedback = choice.feedback() == null ? null : markdown(choice.feedback());
            return new ChoiceBody.Option(
                    id(index),
                    both(required(markdown(choice.text()))),
                    correct,
                    weight,
                    feedback == null || feedback.isBlank() ? null : both(feedback));
        }

        /**
         * Answers at 100% are accepted; at 0% they score nothing here either and are left out. Answers with
         * Moodle's {@code *} wildcard become the pattern. Each answer with its twin ending in a dot is a DNS name
         * (one trailing dot ignored): that is how a DNS-name question is exported.
         */
        private ShortTextBody shortText(List<ShortAnswer> answers) {
            List<String> accepted = new ArrayList<>();
            List<String> wildcards = new ArrayList<>();
            for (ShortAnswer answer : answers) {
                if (answer.feedback() != null) {
                    warnings.add(GiftMessage.of("gift.warning.feedbackDropped"));
                }
                if (same(answer.fraction(), 0)) {
                    warnings.add(GiftMessage.of("gift.warning.wrongAnswersDropped"));
                } else if (!same(answer.fraction(), 1)) {
                    throw new ConversionProblem(
                            "gift.problem.shortPartialCredit", GiftWeights.display(answer.fraction()));
                } else if (WILDCARD.matcher(answer.text()).find()) {
                    wildcards.add(answer.text());
                } else {
                    accepted.add(answer.text().replace("\\*", "*"));
                }
            }
            if (accepted.isEmpty()) {
                throw new ConversionProblem(
                        wildcards.isEmpty() ? "gift.problem.noRightAnswer" : "gift.problem.shortOnlyWildcards");
            }
            boolean dnsName = dnsTwins(accepted);
            if (dnsName) {
                accepted = accepted.stream().filter(a -> !a.endsWith(".")).toList();
            }
            String pattern = wildcards.isEmpty()
                    ? null
                    : String.join(
                            "|",
                            wildcards.stream().map(GiftImporter::wildcardRegex).toList());
            return new ShortTextBody(accepted, pattern, dnsName);
        }

        /** One right answer, a value with its tolerance or a range, at 100%. */
        private NumericBody numeric(Numerical numerical) {
            List<NumericAnswer> right = numerical.answers().stream()
                    .filter(a -> same(a.fraction(), 1))
                    .toList();
            List<NumericAnswer> others = numerical.answers().stream()
                    .filter(a -> !same(a.fraction(), 1))
                    .toList();
            for (NumericAnswer other : others) {
                if (!same(other.fraction(), 0)) {
                    throw new ConversionProblem(
                            "gift.problem.numericPartialCredit", GiftWeights.display(other.fraction()));
                }
            }
            if (right.isEmpty()) {
                throw new ConversionProblem("gift.problem.noRightAnswer");
            }
            if (right.size() > 1) {
                throw new ConversionProblem("gift.problem.numericSeveralAnswers");
            }
            NumericAnswer answer = right.get(0);
            // Moodle grades by the first answer that matches: a 0% answer that overlaps the right one would win.
            for (NumericAnswer other : others) {
                if (other.low() <= answer.high() && other.high() >= answer.low()) {
                    throw new ConversionProblem("gift.problem.numericSeveralAnswers");
                }
                warnings.add(GiftMessage.of("gift.warning.wrongAnswersDropped"));
            }
            if (numerical.wrongFeedback() != null
                    || numerical.answers().stream().anyMatch(a -> a.feedback() != null)) {
                warnings.add(GiftMessage.of("gift.warning.feedbackDropped"));
            }
            return answer.value() != null
                    ? new NumericBody(answer.value(), answer.tolerance(), null, null, null)
                    : new NumericBody(null, 0, answer.min(), answer.max(), null);
        }

        /**
         * Pairs, and matches without a left side as distractors. Moodle shows one choice per distinct right-hand
         * text, so a distractor repeating a pair's text adds nothing and is left out; two pairs sharing one text
         * cannot be graded the same here.
         */
        private MatchingBody matching(List<Match> matches) {
            List<MatchingBody.Pair> pairs = new ArrayList<>();
            List<Item> distractors = new ArrayList<>();
            Set<String> rights = new HashSet<>();
            int index = 0;
            for (Match match : matches) {
                if (match.left() != null) {
                    if (!rights.add(match.right())) {
                        throw new ConversionProblem("gift.problem.matchingSharedRight", match.right());
                    }
                    pairs.add(new MatchingBody.Pair(
                            id(index++), both(required(markdown(match.left()))), both(match.right())));
                }
            }
            for (Match match : matches) {
                if (match.left() == null && rights.add(match.right())) {
                    distractors.add(new Item(id(index++), both(match.right())));
                }
            }
            return new MatchingBody(pairs, distractors);
        }

        /** A text that must not be empty once converted (HTML with no text, such as an image, is). */
        private String required(String markdown) {
            if (markdown.isBlank()) {
                throw new ConversionProblem("gift.problem.emptyAnswer");
            }
            return markdown;
        }

        private String markdown(Text text) {
            switch (text.format()) {
                case MARKDOWN:
                    return text.text();
                case PLAIN:
                    return MarkdownText.literal(text.text());
                default:
                    if (!MarkdownText.hasMarkup(text.text())) {
                        return MarkdownText.literal(
                                text.format() == GiftQuestion.Format.HTML
                                        ? SPACES.matcher(text.text()).replaceAll(" ")
                                        : text.text());
                    }
                    warnings.add(GiftMessage.of("gift.warning.htmlConverted"));
                    return MarkdownText.fromHtml(text.text(), text.format() == GiftQuestion.Format.MOODLE);
            }
        }
    }

    /** True when every answer ending in a dot has its twin without, and every answer without has its twin with. */
    private static boolean dnsTwins(List<String> accepted) {
        Set<String> all = new HashSet<>(accepted);
        boolean anyDotted = false;
        for (String answer : accepted) {
            boolean dotted = answer.endsWith(".");
            anyDotted |= dotted;
            String twin = dotted ? answer.substring(0, answer.length() - 1) : answer + ".";
            if (!all.contains(twin)) {
                return false;
            }
        }
        return anyDotted;
    }

    /**
     * A Moodle wildcard answer as a regular expression over the normalised answer: literal parts quoted, each run of
     * {@code *} any text, {@code \*} a literal asterisk.
     */
    static String wildcardRegex(String answer) {
        String normalised = SPACES.matcher(answer).replaceAll(" ").strip();
        StringBuilder regex = new StringBuilder();
        String[] parts = WILDCARD.split(normalised, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                regex.append(".*");
            }
            String literal = parts[i].replace("\\*", "*");
            if (!literal.isEmpty()) {
                regex.append(Pattern.quote(literal));
            }
        }
        return regex.toString();
    }

    private static LocalizedText both(String text) {
        return new LocalizedText(text, text);
    }

    /** Option, pair and distractor ids: {@code a} to {@code z}, then {@code o27}, {@code o28}... */
    private static String id(int index) {
        return index < 26 ? String.valueOf((char) ('a' + index)) : "o" + (index + 1);
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) < EPSILON;
    }

    /** Why a question cannot be imported; caught per question. */
    private static final class ConversionProblem extends RuntimeException {
        private final transient GiftMessage message;

        ConversionProblem(String key, Object... args) {
            super(key, null, false, false);
            this.message = GiftMessage.of(key, args);
        }
    }
}
