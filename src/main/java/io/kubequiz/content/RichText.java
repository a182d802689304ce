package io.kubequiz.content;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders bank texts (CommonMark) to HTML. Raw HTML in a text is escaped, never rendered, so bank texts cannot inject
 * markup. Rendered texts are cached: the bank is small and immutable.
 */
public final class RichText {

    private static final Parser PARSER = Parser.builder().build();
    // A code block scrolls sideways when a line is long (kubectl output, YAML): tabindex lets a keyboard user
    // reach it and scroll it (WCAG 2.1.1, axe "scrollable-region-focusable").
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if ("pre".equals(tagName) && (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock)) {
                    attributes.put("tabindex", "0");
                }
            })
            .build();
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
