package io.kubequiz.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubequiz.content.RichText;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Imported plain text shows as typed; imported HTML keeps its structure as Markdown and nothing else. */
class MarkdownTextTest {

    @Test
    void plainTextShowsExactlyAsTypedOnceRendered() {
        List<String> texts = List.of(
                "2 * 3 < 7 & 1_000 [a](b) `x` \\ y",
                "# not a heading",
                "- not a list",
                "1. not a list either",
                "> not a quote",
                "=== not a rule",
                "~~~ not a fence",
                "    not code",
                "<b>not bold</b> &amp; not an entity");

        for (String text : texts) {
            String rendered =
                    Jsoup.parse(RichText.html(MarkdownText.literal(text))).text();
            assertThat(rendered).as(text).isEqualTo(text.strip());
            assertThat(RichText.html(MarkdownText.literal(text)))
                    .as(text)
                    .startsWith("<p>")
                    .doesNotContain("<b>", "<em>", "<code>", "<li>", "<h1>", "<a ");
        }
    }

    @Test
    void plainLineBreaksAreKeptAndBlankLinesSeparateParagraphs() {
        assertThat(MarkdownText.literal("one\ntwo\n\n\nthree")).isEqualTo("one\\\ntwo\n\nthree");
        assertThat(RichText.html(MarkdownText.literal("one\ntwo\n\nthree")))
                .isEqualTo("<p>one<br />\ntwo</p>\n<p>three</p>\n");
    }

    @Test
    void htmlStructureBecomesMarkdown() {
        assertThat(MarkdownText.fromHtml("<p>One <b>bold</b> and <em>it</em>.</p><p>Two</p>", false))
                .isEqualTo("One **bold** and *it*.\n\nTwo");
        assertThat(MarkdownText.fromHtml("Line<br>next<br/>", false)).isEqualTo("Line\\\nnext");
        assertThat(MarkdownText.fromHtml(
                        "<ul><li>one</li><li>two <code>x</code></li></ul><ol><li>first</li></ol>", false))
                .isEqualTo("- one\n- two `x`\n\n1. first");
        assertThat(MarkdownText.fromHtml("See <a href=\"https://kubernetes.io/docs\">the docs</a>.", false))
                .isEqualTo("See [the docs](https://kubernetes.io/docs).");
        assertThat(MarkdownText.fromHtml("<a href=\"javascript:alert(1)\">click</a>", false))
                .isEqualTo("click");
        assertThat(MarkdownText.fromHtml(
                        "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>", false))
                .isEqualTo("a | b\\\n1 | 2");
    }

    @Test
    void codeStaysCodeWithItsBackticksAndIndentation() {
        assertThat(MarkdownText.fromHtml("Run <code>a `b` c</code>", false)).isEqualTo("Run ``a `b` c``");
        assertThat(MarkdownText.fromHtml("<pre>\nspec:\n  ports:\n    - 80 &lt;http&gt;\n</pre>", false))
                .isEqualTo("```\nspec:\n  ports:\n    - 80 <http>\n```");
        assertThat(MarkdownText.fromHtml("<pre><code>a\nb</code></pre>", false)).isEqualTo("```\na\nb\n```");
    }

    @Test
    void scriptsStylesAndUnknownMarkupLeaveOnlyTheirText() {
        assertThat(MarkdownText.fromHtml(
                        "<style>p{color:red}</style><script>alert(1)</script><span style=\"x\">kept</span> <u>too</u>",
                        false))
                .isEqualTo("kept too");
        assertThat(MarkdownText.fromHtml("5 &lt; 6 &amp;&amp; caf&eacute; &nbsp;*", false))
                .isEqualTo("5 \\< 6 \\&\\& café \u00a0\\*");
        assertThat(MarkdownText.fromHtml("<p>Broken <b>markup", false)).isEqualTo("Broken **markup**");
        assertThat(MarkdownText.fromHtml("<p>C:\\</p><p>D:\\<br></p>", false)).isEqualTo("C:\\\\\n\nD:\\\\");
    }

    @Test
    void moodleAutoFormatKeepsLineBreaks() {
        assertThat(MarkdownText.fromHtml("first\nsecond <i>x</i>", true)).isEqualTo("first\\\nsecond *x*");
        assertThat(MarkdownText.fromHtml("first\nsecond", false)).isEqualTo("first second");
    }

    @Test
    void markupIsToldFromPlainText() {
        assertThat(MarkdownText.hasMarkup("a <b>b</b>")).isTrue();
        assertThat(MarkdownText.hasMarkup("a &amp; b")).isTrue();
        assertThat(MarkdownText.hasMarkup("2 < 3 & 4 > 1")).isFalse();
    }
}
