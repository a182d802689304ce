package io.kubequiz.interop;

import static io.kubequiz.interop.GiftEscapes.restore;

import io.kubequiz.interop.GiftQuestion.Choice;
import io.kubequiz.interop.GiftQuestion.Choices;
import io.kubequiz.interop.GiftQuestion.Format;
import io.kubequiz.interop.GiftQuestion.Match;
import io.kubequiz.interop.GiftQuestion.Matching;
import io.kubequiz.interop.GiftQuestion.NumericAnswer;
import io.kubequiz.interop.GiftQuestion.Numerical;
import io.kubequiz.interop.GiftQuestion.ShortAnswer;
import io.kubequiz.interop.GiftQuestion.ShortAnswers;
import io.kubequiz.interop.GiftQuestion.Text;
import io.kubequiz.interop.GiftQuestion.TrueFalse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads GIFT text as Moodle's importer ({@code question/format/gift/format.php}) does: blocks separated by blank
 * lines, each line trimmed, {@code //} comment lines, {@code $CATEGORY:}, {@code ::name::}, a {@code [format]}
 * before a text, the answers between the first {@code {} and the first {@code }}, the question kind told apart by
 * the same tests in the same order. Where Moodle would import a broken block silently wrong (braces out of order,
 * empty answers, a grade out of range), the block gets a problem instead. Never throws on bad input.
 */
public final class GiftParser {

    /** Moodle's pattern for a grade at the start of an answer: {@code %50%}, {@code %-33.33333%}. */
    private static final Pattern WEIGHT = Pattern.compile("%(-*[0-9]{1,2}\\.?[0-9]*)%");

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /** qtype_ordering's GIFT form, {@code {>4 ALL VERTICAL ...}}. */
    private static final Pattern ORDERING = Pattern.compile(">\\s*\\d.*", Pattern.DOTALL);

    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    private static final String BLANK = "_____";

    private GiftParser() {}

    public static GiftDocument parse(String text) {
        List<GiftBlock> blocks = new ArrayList<>();
        String category = null;
        List<String> lines = new ArrayList<>();
        int first = 0;
        String[] all = (text == null ? "" : text).split("\r\n|\r|\n", -1);
        for (int i = 0; i <= all.length; i++) {
            String line = i < all.length ? all[i].strip() : "";
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (!line.isEmpty() && !line.startsWith("//")) {
                if (lines.isEmpty()) {
                    first = i + 1;
                }
                lines.add(line);
            } else if (line.isEmpty() && !lines.isEmpty()) {
                String block = String.join("\n", lines);
                lines.clear();
                if (block.startsWith("$CATEGORY:")) {
                    category = restore(GiftEscapes.protect(block.substring("$CATEGORY:".length())))
                            .strip();
                } else {
                    blocks.add(block(first, category, block));
                }
            }
        }
        return new GiftDocument(blocks);
    }

    private static GiftBlock block(int line, String category, String text) {
        String name = null;
        String body = GiftEscapes.protect(text);
        if (body.startsWith("::")) {
            int end = body.indexOf("::", 2);
            if (end >= 0) {
                name = restore(body.substring(2, end)).strip();
                name = name.isEmpty() ? null : name;
                body = body.substring(end + 2).strip();
            } else {
                // As Moodle: an unclosed name is no name, and the text starts after the colons.
                body = body.substring(2).strip();
            }
        }
        try {
            return new GiftBlock(line, name, category, question(body), null);
        } catch (BlockProblem problem) {
            return new GiftBlock(line, name, category, null, problem.message);
        } catch (RuntimeException unexpected) {
            // One block that trips the parser must not cost the reader the other blocks of the file.
            return new GiftBlock(line, name, category, null, GiftMessage.of("gift.problem.unreadable"));
        }
    }

    private static GiftQuestion question(String body) {
        int open = body.indexOf('{');
        int close = body.indexOf('}');
        if (open < 0 && close < 0) {
            throw new BlockProblem("gift.problem.description");
        }
        if (close < 0) {
            throw new BlockProblem("gift.problem.braceNotClosed");
        }
        if (open < 0 || close < open) {
            throw new BlockProblem("gift.problem.braceNotOpened");
        }
        if (body.indexOf('{', open + 1) >= 0 && body.indexOf('{', open + 1) < close) {
            throw new BlockProblem("gift.problem.braceNested");
        }
        String after = body.substring(close + 1);
        if (after.indexOf('{') >= 0 || after.indexOf('}') >= 0) {
            throw new BlockProblem("gift.problem.severalAnswerBlocks");
        }
        boolean missingWord = !after.isBlank();
        Text stem =
                text(missingWord ? body.substring(0, open) + BLANK + after : body.substring(0, open), Format.MOODLE);
        String answers = body.substring(open + 1, close).strip();
        Text general = null;
        int separator = answers.lastIndexOf("####");
        if (separator >= 0) {
            general = optionalText(answers.substring(separator + 4), stem.format());
            answers = answers.substring(0, separator).strip();
        }
        return new GiftQuestion(stem, general, missingWord, answers(answers, stem.format()));
    }

    private static GiftQuestion.Answers answers(String answers, Format format) {
        if (answers.isEmpty()) {
            throw new BlockProblem("gift.problem.essay");
        }
        if (ORDERING.matcher(answers).matches()) {
            throw new BlockProblem("gift.problem.ordering");
        }
        if (answers.charAt(0) == '#') {
            return numerical(answers.substring(1), format);
        }
        if (answers.indexOf('~') >= 0) {
            return choices(answers, format);
        }
        if (answers.indexOf('=') >= 0 && answers.contains("->")) {
            return matching(answers, format);
        }
        int hash = answers.indexOf('#');
        if (TRUE_FALSE.contains(hash > 0 ? answers.substring(0, hash).strip() : answers)) {
            return trueFalse(answers, format);
        }
        return shortAnswers(answers, format);
    }

    private static Choices choices(String answers, Format format) {
        boolean single = answers.indexOf('=') >= 0;
        List<String> parts = split(answers.replace("=", "~="), '~');
        if (parts.size() < 2) {
            throw new BlockProblem("gift.problem.tooFewChoices");
        }
        List<Choice> choices = new ArrayList<>();
        for (String part : parts) {
            double fraction = 0;
            String answer = part;
            if (answer.startsWith("=")) {
                fraction = 1;
                answer = answer.substring(1);
            } else {
                Matcher weight = WEIGHT.matcher(answer);
                if (weight.lookingAt()) {
                    fraction = fraction(weight.group(1));
                    answer = answer.substring(weight.end());
                }
            }
            String[] bits = answer.split("#", 2);
            choices.add(new Choice(
                    fraction, requiredText(bits[0], format), bits.length > 1 ? optionalText(bits[1], format) : null));
        }
        if (choices.stream().noneMatch(c -> c.fraction() > 0)) {
            throw new BlockProblem("gift.problem.noRightAnswer");
        }
        return new Choices(single, choices);
    }

    private static Matching matching(String answers, Format format) {
        List<String> parts = split(answers, '=');
        List<Match> matches = new ArrayList<>();
        for (String part : parts) {
            int arrow = part.indexOf("->");
            if (arrow < 0) {
                throw new BlockProblem("gift.problem.matchingArrowMissing", restore(part));
            }
            String right = restore(part.substring(arrow + 2)).strip();
            if (right.isEmpty()) {
                throw new BlockProblem("gift.problem.emptyAnswer");
            }
            matches.add(new Match(optionalText(part.substring(0, arrow), format), right));
        }
        if (matches.stream().filter(m -> m.left() != null).count() < 2) {
            throw new BlockProblem("gift.problem.matchingTooFewPairs");
        }
        return new Matching(matches);
    }

    private static TrueFalse trueFalse(String answers, Format format) {
        String[] bits = answers.split("#", 3);
        String value = bits[0].strip();
        return new TrueFalse(
                value.equals("T") || value.equals("TRUE"),
                bits.length > 1 ? optionalText(bits[1], format) : null,
                bits.length > 2 ? optionalText(bits[2], format) : null);
    }

    private static ShortAnswers shortAnswers(String answers, Format format) {
        List<ShortAnswer> list = new ArrayList<>();
        for (String part : split(answers, '=')) {
            double fraction = 1;
            String answer = part;
            Matcher weight = WEIGHT.matcher(answer);
            if (weight.lookingAt()) {
                fraction = fraction(weight.group(1));
                answer = answer.substring(weight.end());
            }
            String[] bits = answer.split("#", 2);
            list.add(new ShortAnswer(
                    fraction,
                    requiredText(bits[0], format).text(),
                    bits.length > 1 ? optionalText(bits[1], format) : null));
        }
        if (list.isEmpty()) {
            throw new BlockProblem("gift.problem.noAnswer");
        }
        if (list.stream().noneMatch(a -> a.fraction() > 0)) {
            throw new BlockProblem("gift.problem.noRightAnswer");
        }
        return new ShortAnswers(list);
    }

    private static Numerical numerical(String answers, Format format) {
        Text wrongFeedback = null;
        int tilde = answers.indexOf('~');
        if (tilde >= 0) {
            String wrong = answers.substring(tilde);
            int hash = wrong.indexOf('#');
            wrongFeedback = hash >= 0 ? optionalText(wrong.substring(hash + 1), format) : null;
            answers = answers.substring(0, tilde);
        }
        List<NumericAnswer> list = new ArrayList<>();
        for (String part : split(answers, '=')) {
            double fraction = 1;
            String answer = part;
            Matcher weight = WEIGHT.matcher(answer);
            if (weight.lookingAt()) {
                fraction = fraction(weight.group(1));
                answer = answer.substring(weight.end());
            }
            String[] bits = answer.split("#", 2);
            list.add(
                    number(fraction, restore(bits[0]).strip(), bits.length > 1 ? optionalText(bits[1], format) : null));
        }
        if (list.isEmpty()) {
            throw new BlockProblem("gift.problem.noAnswer");
        }
        if (list.stream().noneMatch(a -> a.fraction() > 0)) {
            throw new BlockProblem("gift.problem.noRightAnswer");
        }
        return new Numerical(list, wrongFeedback);
    }

    private static NumericAnswer number(double fraction, String answer, Text feedback) {
        int dots = answer.indexOf("..");
        if (dots > 0) {
            double min = number(answer.substring(0, dots));
            double max = number(answer.substring(dots + 2));
            if (min > max) {
                throw new BlockProblem("gift.problem.rangeReversed", answer);
            }
            return new NumericAnswer(fraction, null, null, min, max, feedback);
        }
        int colon = answer.indexOf(':');
        double value = number(colon > 0 ? answer.substring(0, colon) : answer);
        double tolerance = colon > 0 ? number(answer.substring(colon + 1)) : 0;
        if (tolerance < 0) {
            throw new BlockProblem("gift.problem.negativeTolerance", answer);
        }
        return new NumericAnswer(fraction, value, tolerance, null, null, feedback);
    }

    private static double number(String text) {
        String candidate = text.strip();
        if (!NUMBER.matcher(candidate).matches()) {
            throw new BlockProblem("gift.problem.notANumber", candidate);
        }
        double value = Double.parseDouble(candidate);
        if (Double.isInfinite(value)) {
            throw new BlockProblem("gift.problem.notANumber", candidate);
        }
        return value;
    }

    /** A grade written between percent signs, as a fraction; Moodle's pattern allows several minus signs. */
    private static double fraction(String percent) {
        boolean negative = percent.startsWith("-");
        String digits = percent.replace("-", "");
        double fraction = new BigDecimal(digits.endsWith(".") ? digits + "0" : digits)
                .movePointLeft(2)
                .doubleValue();
        if (fraction > 1) {
            throw new BlockProblem("gift.problem.invalidWeight", percent + "%");
        }
        return negative ? -fraction : fraction;
    }

    /**
     * Splits the answers on a marker. As in Moodle, text before the first marker is an answer too (with no marker)
     * when it is not blank.
     */
    private static List<String> split(String answers, char marker) {
        List<String> parts = new ArrayList<>(Arrays.asList(answers.split(Pattern.quote(String.valueOf(marker)), -1)));
        if (parts.get(0).isBlank()) {
            parts.remove(0);
        }
        List<String> stripped = new ArrayList<>();
        for (String part : parts) {
            if (part.isBlank()) {
                throw new BlockProblem("gift.problem.emptyAnswer");
            }
            stripped.add(part.strip());
        }
        return stripped;
    }

    /** A text with its optional {@code [format]} in front; escapes resolved, surrounding space removed. */
    private static Text text(String raw, Format defaultFormat) {
        String text = raw.strip();
        Format format = defaultFormat;
        if (text.startsWith("[")) {
            int end = text.indexOf(']');
            Format named = end > 0 ? Format.named(text.substring(1, end)) : null;
            if (named != null) {
                format = named;
                text = text.substring(end + 1);
            }
        }
        return new Text(restore(text).strip(), format);
    }

    private static Text optionalText(String raw, Format defaultFormat) {
        Text text = text(raw, defaultFormat);
        return text.text().isEmpty() ? null : text;
    }

    private static Text requiredText(String raw, Format defaultFormat) {
        Text text = text(raw, defaultFormat);
        if (text.text().isEmpty()) {
            throw new BlockProblem("gift.problem.emptyAnswer");
        }
        return text;
    }

    /** Why a block cannot be read; caught per block, never leaves the parser. */
    private static final class BlockProblem extends RuntimeException {
        private final transient GiftMessage message;

        BlockProblem(String key, Object... args) {
            super(key, null, false, false);
            this.message = GiftMessage.of(key, args);
        }
    }
}
