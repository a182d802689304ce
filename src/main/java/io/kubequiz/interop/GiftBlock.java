package io.kubequiz.interop;

/**
 * One question block of a GIFT file: where it starts, its name and category, and either the question read or the
 * reason it cannot be read.
 *
 * @param line the number (from 1) of the block's first line that is not a comment
 * @param name the {@code ::name::}, or null
 * @param category the last {@code $CATEGORY:} above the block, as written (such as {@code $course$/top/Networking}),
 *     or null
 * @param question the question, or null when there is a problem
 * @param problem why the block cannot be used, or null
 */
public record GiftBlock(int line, String name, String category, GiftQuestion question, GiftMessage problem) {

    public boolean readable() {
        return question != null;
    }
}
