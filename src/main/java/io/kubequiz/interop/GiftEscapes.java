package io.kubequiz.interop;

/**
 * GIFT's backslash escapes. While a block is read, each escaped character ({@code \~ \= \# \{ \} \: \n \\}) stands
 * as a placeholder, so that only unescaped characters are structure; {@link #restore} turns placeholders into the
 * characters they stand for. A backslash before any other character stays as written, as in Moodle.
 */
final class GiftEscapes {

    /** Escapable characters, in placeholder order: {@code n} stands for a line break. */
    private static final String ESCAPED = ":#={}~n\\";

    /** Unicode noncharacters: never meaningful in a text, so free to stand for escaped characters. */
    private static final char FIRST = '\uFDD0';

    private static final char LAST_NONCHARACTER = '\uFDEF';

    private GiftEscapes() {}

    /** Replaces escapes by placeholders; noncharacters already in the text become U+FFFD. */
    static String protect(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST_NONCHARACTER) {
                out.append('\uFFFD');
            } else if (c == '\\' && i + 1 < text.length() && ESCAPED.indexOf(text.charAt(i + 1)) >= 0) {
                out.append((char) (FIRST + ESCAPED.indexOf(text.charAt(i + 1))));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String restore(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int index = c - FIRST;
            if (index >= 0 && index < ESCAPED.length()) {
                char escaped = ESCAPED.charAt(index);
                out.append(escaped == 'n' ? '\n' : escaped);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Escapes a text for a GIFT file: the characters GIFT reads as structure and the backslash, and line breaks as
     * {@code \n}, so that a text with blank lines (a YAML block) stays on one line and cannot end its question.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    out.append("\\n");
                }
            } else if (c == '\n') {
                out.append("\\n");
            } else if ("~=#{}:\\".indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
