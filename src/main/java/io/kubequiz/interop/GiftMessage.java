package io.kubequiz.interop;

import java.util.Arrays;
import java.util.List;

/**
 * Something to tell the user about a file or a question, as a key of {@code messages*.properties} and its arguments
 * (strings, so that numbers show as the file wrote them).
 */
public record GiftMessage(String key, List<String> args) {

    public GiftMessage {
        args = List.copyOf(args);
    }

    public static GiftMessage of(String key, Object... args) {
        return new GiftMessage(key, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The arguments as {@code MessageSource.getMessage} takes them. */
    public Object[] arguments() {
        return args.toArray();
    }
}
