package io.kubequiz.interop;

import io.kubequiz.content.Question;
import java.util.List;

/**
 * One block of a GIFT file as an import sees it: usable, with the question to store, or not, with the reason.
 *
 * @param line the block's first line in the file
 * @param name its {@code ::name::}, or null
 * @param category its {@code $CATEGORY:}, or null
 * @param question the question (same text in French and English), or null when there is a problem
 * @param canonicalJson what to store in {@code question_version} with the question's id and version, or null
 * @param warnings what the import changes or leaves out while the question stays usable
 * @param problem why the block cannot be imported, or null
 */
public record GiftImportItem(
        int line,
        String name,
        String category,
        Question question,
        String canonicalJson,
        List<GiftMessage> warnings,
        GiftMessage problem) {

    public GiftImportItem {
        warnings = List.copyOf(warnings);
    }

    public boolean usable() {
        return question != null;
    }
}
