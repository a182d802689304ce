package io.kubequiz.interop;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns imported texts into the Markdown our questions are written in. Plain text is escaped so that it shows as
 * typed; HTML becomes Markdown-ish text: paragraphs, line breaks, lists, bold and italics, links, and {@code <code>}
 * and {@code <pre>} as code. Nothing else of the markup survives, and the renderer escapes HTML anyway.
 */
final class MarkdownText {

    /** A tag or an entity: text without either is plain text, whatever format it claims. */
    private static final Pattern MARKUP =
            Pattern.compile("<[a-zA-Z/!][^<>]*>|&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[a-zA-Z][a-zA-Z0-9]{0,31});");

    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final Pattern ORDERED_ITEM = Pattern.compile("(\\d+)([.)])");
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "template", "noscript");
    private static final Set<String> CODE = Set.of("code", "tt", "kbd", "samp");

    private MarkdownText() {}

    static boolean hasMarkup(String text) {
        return MARKUP.matcher(text).find();
    }

    /** Plain text, shown as typed: Markdown's special characters escaped, each line break kept. */
    static String literal(String plain) {
        String[] lines = plain.split("\r\n|\r|\n", -1);
        StringBuilder out = new StringBuilder(plain.length() + 16);
        boolean previousBlank = true;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (!previousBlank) {
                    out.append("\n\n");
                }
                previousBlank = true;
                continue;
            }
            if (!previousBlank) {
                out.append("\\\n");
            }
            out.append(lineStart(inline(line)));
            previousBlank = false;
        }
        return out.toString().strip();
    }

    /**
     * HTML as Markdown. With {@code lineBreaks} (Moodle's auto-format), a line break in the source is a line break;
     * in HTML it is a space.
     */
    static String fromHtml(String html, boolean lineBreaks) {
        Element body = Jsoup.parseBodyFragment(html).body();
        Writer writer = new Writer(lineBreaks);
        writer.children(body, 0);
        return writer.result();
    }

    /** Escapes what Markdown reads inside a line. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\`*_[]<&".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Escapes what Markdown reads at the start of a line: headings, quotes, lists, rules, fences. */
    private static String lineStart(String line) {
        if (line.isEmpty()) {
            return line;
        }
        if ("#>-+=~".indexOf(line.charAt(0)) >= 0) {
            return "\\" + line;
        }
        Matcher ordered = ORDERED_ITEM.matcher(line);
        if (ordered.lookingAt()) {
            return ordered.group(1) + "\\" + ordered.group(2) + line.substring(ordered.end());
        }
        return line;
    }

    /** Walks the HTML tree, writing Markdown. */
    private static final class Writer {
        private final StringBuilder out = new StringBuilder();
        private final boolean lineBreaks;

        Writer(boolean lineBreaks) {
            this.lineBreaks = lineBreaks;
        }

        void children(Node parent, int listDepth) {
            for (Node child : parent.childNodes()) {
                node(child, listDepth);
            }
        }

        private void node(Node node, int listDepth) {
            if (node instanceof TextNode text) {
                String[] lines =
                        lineBreaks ? text.getWholeText().split("\r\n|\r|\n", -1) : new String[] {text.getWholeText()};
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        lineBreak();
                    }
                    text(lines[i]);
                }
            } else if (node instanceof Element element) {
                element(element, listDepth);
            }
        }

        private void element(Element element, int listDepth) {
            String tag = element.normalName();
            if (SKIPPED.contains(tag)) {
                return;
            }
            switch (tag) {
                case "br":
                    lineBreak();
                    break;
                case "hr":
                    paragraph();
                    break;
                case "pre":
                    pre(element);
                    break;
                case "strong":
                case "b":
                    wrapped(element, "**", listDepth);
                    break;
                case "em":
                case "i":
                    wrapped(element, "*", listDepth);
                    break;
                case "a":
                    link(element, listDepth);
                    break;
                case "img":
                    text(element.attr("alt"));
                    break;
                case "ul":
                case "ol":
                    list(element, listDepth);
                    break;
                case "tr":
                    lineBreak();
                    children(element, listDepth);
                    lineBreak();
                    break;
                case "td":
                case "th":
                    if (element.elementSiblingIndex() > 0) {
                        out.append(" | ");
                    }
                    children(element, listDepth);
                    break;
                default:
                    if (CODE.contains(tag)) {
                        code(element.text());
                    } else if (element.isBlock()) {
                        paragraph();
                        children(element, listDepth);
                        paragraph();
                    } else {
                        children(element, listDepth);
                    }
            }
        }

        private void text(String raw) {
            String text = SPACES.matcher(raw).replaceAll(" ");
            if (atLineStart()) {
                text = text.stripLeading();
                if (text.isEmpty()) {
                    return;
                }
                out.append(lineStart(inline(text)));
            } else {
                out.append(inline(text));
            }
        }

        private void wrapped(Element element, String marker, int listDepth) {
            Writer inner = new Writer(lineBreaks);
            inner.children(element, listDepth);
            String content = inner.result().replace("\n\n", " ");
            if (content.isBlank()) {
                return;
            }
            String whole = element.wholeText();
            if (!whole.isEmpty() && Character.isWhitespace(whole.charAt(0)) && !atLineStart() && !endsWithSpace()) {
                out.append(' ');
            }
            out.append(marker).append(content).append(marker);
            if (!whole.isEmpty() && Character.isWhitespace(whole.charAt(whole.length() - 1))) {
                out.append(' ');
            }
        }

        private void link(Element element, int listDepth) {
            String href = element.attr("href").strip();
            Writer inner = new Writer(lineBreaks);
            inner.children(element, listDepth);
            String label = inner.result().replace("\n\n", " ").strip();
            boolean web = href.startsWith("http://") || href.startsWith("https://");
            if (!web) {
                out.append(label);
            } else if (label.isEmpty()) {
                out.append('<')
                        .append(href.replace(">", "%3E").replace(" ", "%20"))
                        .append('>');
            } else {
                out.append('[')
                        .append(label)
                        .append("](")
                        .append(href.replace(" ", "%20").replace("(", "%28").replace(")", "%29"))
                        .append(')');
            }
        }

        private void code(String code) {
            if (code.isEmpty()) {
                return;
            }
            String fence = "`".repeat(longestRun(code, '`') + 1);
            boolean pad = code.startsWith("`") || code.endsWith("`");
            out.append(fence)
                    .append(pad ? " " : "")
                    .append(code)
                    .append(pad ? " " : "")
                    .append(fence);
        }

        private void pre(Element element) {
            StringBuilder code = new StringBuilder();
            preText(element, code);
            String content = code.toString();
            if (content.startsWith("\n")) {
                content = content.substring(1);
            }
            content = content.stripTrailing();
            String fence = "`".repeat(Math.max(3, longestRun(content, '`') + 1));
            paragraph();
            out.append(fence).append('\n').append(content).append('\n').append(fence);
            paragraph();
        }

        private static void preText(Node node, StringBuilder code) {
            for (Node child : node.childNodes()) {
                if (child instanceof TextNode text) {
                    code.append(text.getWholeText());
                } else if (child instanceof Element element) {
                    if (element.normalName().equals("br")) {
                        code.append('\n');
                    } else {
                        preText(element, code);
                    }
                }
            }
        }

        private void list(Element list, int depth) {
            paragraph();
            int number = 1;
            for (Element item : list.children()) {
                if (!item.normalName().equals("li")) {
                    continue;
                }
                if (!atLineStart()) {
                    out.append('\n');
                }
                out.append("  ".repeat(depth * 2));
                out.append(list.normalName().equals("ol") ? number++ + ". " : "- ");
                int before = out.length();
                children(item, depth + 1);
                if (out.length() == before) {
                    out.append("\\-");
                }
            }
            paragraph();
        }

        /** A Markdown hard line break, unless the line is empty. */
        private void lineBreak() {
            if (!atLineStart()) {
                out.append("\\\n");
            }
        }

        /**
         * Ends the paragraph, dropping a line break just written: a backslash before a newline at the end of the
         * text can only be {@link #lineBreak}'s, since text is never written with a newline of its own.
         */
        private void paragraph() {
            trimTrailingSpaces();
            if (out.length() >= 2 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\\') {
                out.setLength(out.length() - 2);
                trimTrailingSpaces();
            }
            if (out.length() == 0) {
                return;
            }
            while (!out.toString().endsWith("\n\n")) {
                out.append('\n');
            }
        }

        private void trimTrailingSpaces() {
            int end = out.length();
            while (end > 0 && out.charAt(end - 1) == ' ') {
                end--;
            }
            out.setLength(end);
        }

        private boolean endsWithSpace() {
            return out.length() > 0 && out.charAt(out.length() - 1) == ' ';
        }

        private boolean atLineStart() {
            return out.length() == 0 || out.charAt(out.length() - 1) == '\n';
        }

        /** The Markdown written, without a line break at its end (a paragraph end drops it). */
        String result() {
            paragraph();
            return out.toString().strip().replaceAll("\\n{3,}", "\n\n");
        }

        private static int longestRun(String text, char c) {
            int longest = 0;
            int run = 0;
            for (int i = 0; i < text.length(); i++) {
                run = text.charAt(i) == c ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
            return longest;
        }
    }
}
