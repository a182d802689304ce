package io.kubequiz.interop;

import java.util.List;

/**
 * A question as a GIFT file states it, before any conversion: texts with their format, answers with Moodle's
 * fractions (1 = 100%). Escapes are resolved. Absent feedback is {@code null}.
 *
 * @param stem the question text; for a missing-word question, with {@code _____} where the answers stood
 * @param generalFeedback the text after {@code ####}, or null
 * @param missingWord true when text followed the answers (Moodle's "missing word" form)
 * @param answers what follows the text, by kind
 */
public record GiftQuestion(Text stem, Text generalFeedback, boolean missingWord, Answers answers) {

    /** Moodle's text formats, named in GIFT as {@code [moodle]}, {@code [html]}, {@code [plain]}, {@code [markdown]}. */
    public enum Format {
        /** Moodle's "auto-format", the default: HTML allowed, line breaks kept. */
        MOODLE,
        HTML,
        PLAIN,
        MARKDOWN;

        static Format named(String name) {
            switch (name) {
                case "moodle":
                    return MOODLE;
                case "html":
                    return HTML;
                case "plain":
                    return PLAIN;
                case "markdown":
                    return MARKDOWN;
                default:
                    return null;
            }
        }
    }

    /** The kinds of questions GIFT states, as Moodle's importer tells them apart. */
    public enum Kind {
        MULTIPLE_CHOICE,
        TRUE_FALSE,
        SHORT_ANSWER,
        NUMERICAL,
        MATCHING
    }

    public record Text(String text, Format format) {}

    public Kind kind() {
        return answers.kind();
    }

    /** The answer part of a question, by kind. */
    public sealed interface Answers permits Choices, TrueFalse, ShortAnswers, Numerical, Matching {
        Kind kind();
    }

    /**
     * {@code {=right ~wrong ~%50%half}}: {@code single} when an {@code =} answer is present (one answer picked), else
     * several may be picked and the fractions add up.
     */
    public record Choices(boolean single, List<Choice> choices) implements Answers {
        public Choices {
            choices = List.copyOf(choices);
        }

        @Override
        public Kind kind() {
            return Kind.MULTIPLE_CHOICE;
        }
    }

    public record Choice(double fraction, Text text, Text feedback) {}

    /** {@code {T}}, {@code {FALSE#wrong answer feedback#right answer feedback}}. */
    public record TrueFalse(boolean answer, Text wrongFeedback, Text rightFeedback) implements Answers {
        @Override
        public Kind kind() {
            return Kind.TRUE_FALSE;
        }
    }

    /** {@code {=one =%50%two#feedback}}: the answers exactly as typed (a {@code *} is Moodle's wildcard). */
    public record ShortAnswers(List<ShortAnswer> answers) implements Answers {
        public ShortAnswers {
            answers = List.copyOf(answers);
        }

        @Override
        public Kind kind() {
            return Kind.SHORT_ANSWER;
        }
    }

    public record ShortAnswer(double fraction, String text, Text feedback) {}

    /**
     * {@code {#3.14:0.01}}, {@code {#1..2}}, {@code {#=%100%3.14:0.01 =%50%3.1:0.1 ~#wrong}}: each answer is a value
     * with a tolerance or a range; {@code wrongFeedback} is the feedback after {@code ~}.
     */
    public record Numerical(List<NumericAnswer> answers, Text wrongFeedback) implements Answers {
        public Numerical {
            answers = List.copyOf(answers);
        }

        @Override
        public Kind kind() {
            return Kind.NUMERICAL;
        }
    }

    /** A value with its tolerance ({@code min} and {@code max} null), or a range ({@code value} null). */
    public record NumericAnswer(
            double fraction, Double value, Double tolerance, Double min, Double max, Text feedback) {

        /** The interval of right answers. */
        double low() {
            return value != null ? value - tolerance : min;
        }

        double high() {
            return value != null ? value + tolerance : max;
        }
    }

    /** {@code {=left -> right = -> extra}}: a match with no left side is an extra wrong answer. */
    public record Matching(List<Match> matches) implements Answers {
        public Matching {
            matches = List.copyOf(matches);
        }

        @Override
        public Kind kind() {
            return Kind.MATCHING;
        }
    }

    /** {@code left} is null for an extra wrong answer; {@code right} is plain text in Moodle. */
    public record Match(Text left, String right) {}
}
