package io.kubequiz.content;

import java.util.Arrays;
import java.util.List;

/**
 * What a learner answered, as plain values: the option ids picked, {@code "true"}/{@code "false"}, the text typed,
 * {@code "left=right"} pairs, or item ids in the learner's order. It is stored in its {@link #encode() encoded}
 * form, which {@link #decode(QuestionType, String)} reads back.
 */
public record Answer(List<String> values) {

    private static final String SEPARATOR = "|";

    public Answer {
        values = List.copyOf(values);
    }

    public static Answer of(String... values) {
        return new Answer(Arrays.asList(values));
    }

    public static Answer empty() {
        return new Answer(List.of());
    }

    public boolean isBlank() {
        return values.stream().allMatch(String::isBlank);
    }

    /** The single value of a text answer, or "" when there is none. */
    public String text() {
        return values.isEmpty() ? "" : values.get(0);
    }

    /** Text answers are kept as typed; other answers are ids, which never contain the separator. */
    public String encode() {
        return String.join(SEPARATOR, values);
    }

    public static Answer decode(QuestionType type, String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return empty();
        }
        if (type == QuestionType.SHORT_TEXT || type == QuestionType.NUMERIC) {
            return of(encoded);
        }
        return new Answer(Arrays.asList(encoded.split("\\" + SEPARATOR)));
    }
}
