package io.kubequiz.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A typed answer compared with accepted answers and, optionally, a pattern. Both sides are normalised: surrounding
 * space trimmed, inner runs of space collapsed, case ignored, and for DNS names one trailing dot dropped.
 */
public record ShortTextBody(List<String> accepted, String pattern, boolean dnsName) implements QuestionBody {

    /** Any run of white space, including the no-break spaces that phones and French keyboards type. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    public ShortTextBody {
        accepted = List.copyOf(accepted);
    }

    @Override
    public QuestionType type() {
        return QuestionType.SHORT_TEXT;
    }

    @Override
    public Grade grade(Answer answer) {
        String given = normalise(answer.text());
        boolean right = accepted.stream().anyMatch(a -> normalise(a).equals(given))
                || (pattern != null
                        && COMPILED.computeIfAbsent(pattern, ShortTextBody::compile)
                                .matcher(given)
                                .matches());
        return right ? Grade.FULL : Grade.ZERO;
    }

    String normalise(String text) {
        String result = SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        if (dnsName && result.endsWith(".")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }

    static Pattern compile(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    @Override
    public Answer modelAnswer() {
        return Answer.of(accepted.get(0));
    }
}
