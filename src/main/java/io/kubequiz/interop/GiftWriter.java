package io.kubequiz.interop;

import static io.kubequiz.interop.GiftEscapes.escape;

import io.kubequiz.content.ChoiceBody;
import io.kubequiz.content.Item;
import io.kubequiz.content.MatchingBody;
import io.kubequiz.content.NumericBody;
import io.kubequiz.content.OrderingBody;
import io.kubequiz.content.Question;
import io.kubequiz.content.QuestionBank;
import io.kubequiz.content.QuestionBody;
import io.kubequiz.content.Quiz;
import io.kubequiz.content.ShortTextBody;
import io.kubequiz.content.TrueFalseBody;
import io.kubequiz.interop.GiftExport.Note;
import io.kubequiz.interop.GiftExport.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Writes questions as GIFT that Moodle imports, in one language. Each question is named by its id, in {@code
 * [markdown]} (our texts are Markdown; Moodle renders it), under a {@code $CATEGORY:} per section; the explanation is
 * the general feedback. Texts are escaped, line breaks as {@code \n}, so a YAML block with blank lines stays inside
 * its question. What GIFT cannot say is reported per question (see {@link GiftExport.Note}):
 *
 * <ul>
 *   <li>ordering: not exported. qtype_ordering's GIFT form ({@code {>n ...}}) reads items one per line without
 *       unescaping them, its importer does not recognise {@code LONGEST_ORDERED_SUBSET}, and no Moodle grading
 *       gives our partial credit ({@code (L - 1) / (n - 1)}).
 *   <li>short text: the accepted answers are exported ({@code *} escaped, since it is Moodle's wildcard); a pattern
 *       cannot be, and is reported lost. A DNS-name answer is exported with its twin ending in a dot, so Moodle
 *       accepts the trailing dot as we do (and an import reads the pair back as a DNS name).
 *       An accepted answer with {@code ->} makes Moodle read a matching question: not exported.
 *   <li>numeric: the unit is reported lost.
 *   <li>multiple choice: weights that are not Moodle grades are rounded to the nearest grade when the right options
 *       still add up to 100% (reported), else the question is not exported (Moodle would refuse it).
 *   <li>matching: Moodle shows the right-hand texts as plain text; Markdown in them is reported.
 * </ul>
 *
 * The output depends only on the questions and the language.
 */
public final class GiftWriter {

    private static final Pattern MARKDOWN_SYNTAX = Pattern.compile("[`*_\\[\\]\\\\]");

    private GiftWriter() {}

    /** A quiz of the bank, its categories named by the quiz and the sections' titles. */
    public static GiftExport write(QuestionBank bank, Quiz quiz, Locale language) {
        List<Question> questions = quiz.questionIds().stream()
                .map(bank::question)
                .flatMap(Optional::stream)
                .toList();
        return write(
                quiz.title().in(language),
                questions,
                section ->
                        bank.section(section).map(s -> s.title().in(language)).orElse(section),
                language);
    }

    /**
     * Questions under a title; {@code sectionTitle} names a question's section (it is not called for a question
     * without one).
     */
    public static GiftExport write(
            String title, List<Question> questions, Function<String, String> sectionTitle, Locale language) {
        String quizTitle = title == null || title.isBlank() ? "Kubequiz" : oneLine(title);
        StringBuilder out = new StringBuilder();
        out.append("// ")
                .append(quizTitle)
                .append(" (")
                .append(language.getLanguage())
                .append(")\n");
        out.append("// Kubequiz, GIFT for Moodle: texts in Markdown, one question per block.\n\n");
        List<Note> notes = new ArrayList<>();
        String category = null;
        for (Question question : questions) {
            List<GiftMessage> losses = new ArrayList<>();
            String block;
            try {
                block = question(question, language, losses);
            } catch (NotExportable e) {
                notes.add(new Note(question.id(), Status.NOT_EXPORTED, List.of(e.reason)));
                continue;
            }
            String section = question.section() == null ? null : sectionTitle.apply(question.section());
            String questionCategory =
                    "$course$/top/" + categoryName(quizTitle) + (section == null ? "" : "/" + categoryName(section));
            if (!questionCategory.equals(category)) {
                category = questionCategory;
                out.append("$CATEGORY: ").append(category).append("\n\n");
            }
            out.append(block).append('\n');
            notes.add(new Note(question.id(), losses.isEmpty() ? Status.EXPORTED : Status.EXPORTED_WITH_LOSS, losses));
        }
        return new GiftExport(out.toString(), notes);
    }

    private static String question(Question question, Locale language, List<GiftMessage> losses) {
        QuestionBody body = question.body();
        StringBuilder out = new StringBuilder();
        out.append("::").append(escape(question.id())).append("::[markdown]");
        out.append(escape(question.stem().in(language).strip()));
        String explanation = question.explanation().in(language).strip();
        String general = explanation.isEmpty() ? "" : "####" + field(explanation);
        if (body instanceof TrueFalseBody trueFalse) {
            return out.append('{')
                    .append(trueFalse.answer() ? "TRUE" : "FALSE")
                    .append(general)
                    .append("}\n")
                    .toString();
        }
        out.append(body instanceof NumericBody ? "{#\n" : "{\n");
        if (body instanceof ChoiceBody choice) {
            choices(choice, language, losses, out);
        } else if (body instanceof ShortTextBody shortText) {
            shortText(shortText, language, losses, out);
        } else if (body instanceof NumericBody numeric) {
            numeric(numeric, language, losses, out);
        } else if (body instanceof MatchingBody matching) {
            matching(matching, language, losses, out);
        } else if (body instanceof OrderingBody) {
            throw new NotExportable(GiftMessage.of("gift.export.orderingNotExportable"));
        }
        if (!general.isEmpty()) {
            out.append('\t').append(general).append('\n');
        }
        return out.append("}\n").toString();
    }

    private static void choices(ChoiceBody choice, Locale language, List<GiftMessage> losses, StringBuilder out) {
        String[] marks = choice.multiple() ? weights(choice, losses) : null;
        for (int i = 0; i < choice.options().size(); i++) {
            ChoiceBody.Option option = choice.options().get(i);
            String text = option.text().in(language).strip();
            out.append('\t');
            if (marks != null) {
                out.append("~%").append(marks[i]).append('%');
            } else if (option.correct()) {
                out.append('=');
            } else {
                // A wrong answer whose text starts with a percentage would read as a weight.
                out.append(text.startsWith("%") ? "~%0%" : "~");
            }
            out.append(field(text));
            if (option.feedback() != null && !option.feedback().in(language).isBlank()) {
                out.append('#').append(field(option.feedback().in(language).strip()));
            }
            out.append('\n');
        }
    }

    /** Each option's grade as GIFT writes it, rounded to Moodle's grades where needed and possible. */
    private static String[] weights(ChoiceBody choice, List<GiftMessage> losses) {
        List<ChoiceBody.Option> options = choice.options();
        String[] marks = new String[options.size()];
        double rightSum = 0;
        for (int i = 0; i < options.size(); i++) {
            double weight = options.get(i).weight();
            int grade = GiftWeights.grade(weight);
            if (grade < 0) {
                grade = GiftWeights.nearest(weight);
                losses.add(GiftMessage.of(
                        "gift.export.weightRounded",
                        GiftWeights.display(weight),
                        GiftWeights.percent(grade, weight < 0)));
            }
            rightSum += weight > 0 ? GiftWeights.exact(grade, false) : 0;
            marks[i] = GiftWeights.percent(grade, weight < 0);
        }
        if (Math.abs(rightSum - 1) >= 0.005) {
            String first = options.stream()
                    .filter(o -> GiftWeights.grade(o.weight()) < 0)
                    .map(o -> GiftWeights.display(o.weight()))
                    .findFirst()
                    .orElse(GiftWeights.display(rightSum));
            throw new NotExportable(GiftMessage.of("gift.export.weightNotAccepted", first));
        }
        return marks;
    }

    private static void shortText(
            ShortTextBody shortText, Locale language, List<GiftMessage> losses, StringBuilder out) {
        if (shortText.accepted().stream().anyMatch(a -> a.contains("->"))) {
            // Answers with "=" and "->" are a matching question to Moodle, and neither sign has an escape there.
            throw new NotExportable(GiftMessage.of("gift.export.arrowInShortAnswer"));
        }
        for (String accepted : shortText.accepted()) {
            String answer = accepted.strip();
            out.append("\t=").append(shortAnswer(answer)).append('\n');
            if (shortText.dnsName() && !answer.endsWith(".")) {
                out.append("\t=").append(shortAnswer(answer + ".")).append('\n');
            }
        }
        if (shortText.pattern() != null) {
            losses.add(GiftMessage.of("gift.export.patternLost", shortText.pattern()));
        }
    }

    /** A short answer: {@code *} is Moodle's wildcard, {@code \*} a literal one; a leading {@code %} reads as a grade. */
    private static String shortAnswer(String answer) {
        String text = guardFormat(answer, escape(answer.replace("*", "\\*")));
        return answer.startsWith("%") ? "%100%" + text : text;
    }

    private static void numeric(NumericBody numeric, Locale language, List<GiftMessage> losses, StringBuilder out) {
        out.append("\t=");
        if (numeric.value() != null) {
            out.append(number(numeric.value())).append(':').append(number(numeric.tolerance()));
        } else {
            out.append(number(numeric.min())).append("..").append(number(numeric.max()));
        }
        out.append('\n');
        if (numeric.unit() != null && !numeric.unit().in(language).isBlank()) {
            losses.add(GiftMessage.of(
                    "gift.export.unitLost", numeric.unit().in(language).strip()));
        }
    }

    private static void matching(MatchingBody matching, Locale language, List<GiftMessage> losses, StringBuilder out) {
        boolean markdownOnTheRight = false;
        for (MatchingBody.Pair pair : matching.pairs()) {
            String right = pair.right().in(language).strip();
            // The first "->" separates the sides; in the left text (Markdown) "-\>" shows the same.
            out.append("\t=")
                    .append(field(pair.left().in(language).strip()).replace("->", "-\\>"))
                    .append(" -> ")
                    .append(escape(right))
                    .append('\n');
            markdownOnTheRight |= MARKDOWN_SYNTAX.matcher(right).find();
        }
        for (Item distractor : matching.distractors()) {
            String right = distractor.text().in(language).strip();
            out.append("\t= -> ").append(escape(right)).append('\n');
            markdownOnTheRight |= MARKDOWN_SYNTAX.matcher(right).find();
        }
        if (markdownOnTheRight) {
            losses.add(GiftMessage.of("gift.export.matchingRightPlain"));
        }
    }

    /**
     * An answer, feedback or general feedback: escaped, and given its format again when it starts with {@code [},
     * which Moodle would otherwise read as a format name.
     */
    private static String field(String text) {
        return guardFormat(text, escape(text));
    }

    private static String guardFormat(String text, String escaped) {
        return text.startsWith("[") ? "[markdown]" + escaped : escaped;
    }

    /** A number as Moodle reads it: plain digits, no exponent. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A category path element: one line, and a slash doubled since Moodle splits the path on single slashes. */
    private static String categoryName(String name) {
        return oneLine(name).replace("/", "//");
    }

    private static String oneLine(String text) {
        return Objects.requireNonNull(text).replaceAll("[\\r\\n]+", " ").strip();
    }

    /** A question GIFT cannot carry. */
    private static final class NotExportable extends RuntimeException {
        private final transient GiftMessage reason;

        NotExportable(GiftMessage reason) {
            super(reason.key(), null, false, false);
            this.reason = reason;
        }
    }
}
