package io.kubequiz.content;

import java.util.regex.Pattern;

/**
 * A number, right when it is within {@code tolerance} of {@code value}, or inside {@code [min, max]} when no value is
 * given. Accepts {@code 256}, {@code 2.5e2}, a French decimal comma ({@code 2,5}) and thousands grouped by spaces
 * ({@code 2 768}); anything else is malformed, never silently zero.
 */
public record NumericBody(Double value, double tolerance, Double min, Double max, LocalizedText unit)
        implements QuestionBody {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");
    private static final Pattern GROUPED_THOUSANDS =
            Pattern.compile("[+-]?\\d{1,3}([ \\u00A0\\u202F]\\d{3})+([.,]\\d+)?");
    private static final double EPSILON = 1e-9;

    @Override
    public QuestionType type() {
        return QuestionType.NUMERIC;
    }

    @Override
    public Grade grade(Answer answer) {
        double given = parse(answer.text());
        boolean right = value != null
                ? Math.abs(given - value) <= tolerance + EPSILON * Math.max(1, Math.abs(value))
                : given >= min - EPSILON && given <= max + EPSILON;
        return right ? Grade.FULL : Grade.ZERO;
    }

    /** Reads a learner's number, or throws {@link InvalidAnswerException} with code {@code answer.numeric.invalid}. */
    public static double parse(String text) {
        String candidate = text.strip();
        if (GROUPED_THOUSANDS.matcher(candidate).matches()) {
            candidate = candidate.replaceAll("[ \\u00A0\\u202F]", "");
        }
        if (!NUMBER.matcher(candidate).matches()) {
            throw new InvalidAnswerException("answer.numeric.invalid", text.strip());
        }
        double parsed = Double.parseDouble(candidate.replace(',', '.'));
        if (Double.isInfinite(parsed)) {
            throw new InvalidAnswerException("answer.numeric.invalid", text.strip());
        }
        return parsed;
    }

    /** A number that gets full marks: the value, or the middle of the range. */
    @Override
    public Answer modelAnswer() {
        return Answer.of(format(value != null ? value : (min + max) / 2));
    }

    /** What was expected, for people: {@code 256}, {@code 1450 ± 10} or {@code 30000 – 32767}. */
    public String expectedText() {
        if (value == null) {
            return format(min) + " – " + format(max);
        }
        return tolerance > 0 ? format(value) + " ± " + format(tolerance) : format(value);
    }

    static String format(double number) {
        return number == Math.rint(number) && Math.abs(number) < 1e15
                ? Long.toString((long) number)
                : Double.toString(number);
    }
}
