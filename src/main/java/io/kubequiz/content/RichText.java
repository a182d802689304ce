package io.kubequiz.content;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders bank texts (CommonMark) to HTML. Raw HTML in a text is escaped, never rendered, so bank texts cannot inject
 * markup. Rendered texts are cached: the bank is small and immutable.
 */
public final class RichText {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Map<String, String> BLOCKS = new ConcurrentHashMap<>();
    private static final Map<String, String> INLINES = new ConcurrentHashMap<>();

    private RichText() {}

    /** Paragraphs, lists and code blocks. */
    public static String html(String markdown) {
        return markdown == null ? "" : BLOCKS.computeIfAbsent(markdown, m -> RENDERER.render(PARSER.parse(m)));
    }

    /** For short texts (options, items): a single paragraph loses its {@code <p>} wrapper. */
    public static String inlineHtml(String markdown) {
        if (markdown == null) {
            return "";
        }
        return INLINES.computeIfAbsent(markdown, m -> {
            String html = html(m).strip();
            boolean single = html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0;
            return single ? html.substring(3, html.length() - 4) : html;
        });
    }
}
