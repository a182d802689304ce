package io.kubequiz.dashboard;

import java.util.regex.Pattern;

/** Bank texts (CommonMark) as short plain text for tables: code fences dropped, marks removed, spaces collapsed. */
final class DashboardTexts {

    static final int STEM_EXCERPT = 110;

    private static final Pattern FENCE = Pattern.compile("(?s)```.*?(```|$)");
    private static final Pattern MARKS = Pattern.compile("`|\\*\\*|__");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private DashboardTexts() {}

    static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        String text = FENCE.matcher(markdown).replaceAll(" … ");
        text = MARKS.matcher(text).replaceAll("");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** At most {@code max} characters, cut at a space, with an ellipsis when cut. */
    static String excerpt(String markdown, int max) {
        String text = plain(markdown);
        if (text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
