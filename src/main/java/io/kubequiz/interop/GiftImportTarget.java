package io.kubequiz.interop;

import io.kubequiz.content.Difficulty;
import java.util.List;
import java.util.Set;

/**
 * What an imported question gets from the caller, since GIFT does not say it: its id ({@code [a-z0-9][a-z0-9-]*},
 * unique, such as {@code set12-q3}), section (may be null), objectives and tags (may be empty) and difficulty (may be
 * null).
 */
public record GiftImportTarget(
        String id, String section, List<String> objectives, Set<String> tags, Difficulty difficulty) {

    public GiftImportTarget {
        objectives = List.copyOf(objectives);
        tags = Set.copyOf(tags);
    }

    /** An id and nothing else: no section, objectives, tags or difficulty (GIFT says none, so none is shown). */
    public static GiftImportTarget of(String id) {
        return new GiftImportTarget(id, null, List.of(), Set.of(), null);
    }
}
