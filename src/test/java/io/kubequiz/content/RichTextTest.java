package io.kubequiz.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void richTextInlineCodeBecomesCode() {
        assertThat(RichText.html("Run `kubectl get pods -o wide` now."))
                .isEqualTo("<p>Run <code>kubectl get pods -o wide</code> now.</p>\n");
    }

    @Test
    void richTextFencedBlockBecomesPreCode() {
        String html = RichText.html("Example:\n\n```yaml\napiVersion: v1\nkind: Service\n```\n");
        assertThat(html)
                .contains(
                        "<pre tabindex=\"0\"><code class=\"language-yaml\">apiVersion: v1\nkind: Service\n</code></pre>");
        assertThat(html).startsWith("<p>Example:</p>");
    }

    @Test
    void richTextFencedBlockWithoutLanguageIsStillPreCode() {
        assertThat(RichText.html("```\nkubectl get svc\n```"))
                .isEqualTo("<pre tabindex=\"0\"><code>kubectl get svc\n</code></pre>\n");
    }

    @Test
    void richTextEscapesRawScript() {
        String html = RichText.html("Hello <script>alert('x')</script> world");
        assertThat(html).doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void richTextEscapesRawHtmlBlocks() {
        String html = RichText.html("<div onclick=\"steal()\">\n<script>alert(1)</script>\n</div>");
        assertThat(html).doesNotContain("<div").doesNotContain("<script").contains("&lt;script&gt;");
    }

    @Test
    void richTextEscapesHtmlInsideCode() {
        assertThat(RichText.inlineHtml("`<b>`")).isEqualTo("<code>&lt;b&gt;</code>");
    }

    @Test
    void richTextDropsUnsafeLinkTargets() {
        assertThat(RichText.html("[click](javascript:alert(1))")).doesNotContain("javascript:");
    }

    @Test
    void richTextSeparatesParagraphsOnBlankLines() {
        assertThat(RichText.html("One.\n\nTwo.")).isEqualTo("<p>One.</p>\n<p>Two.</p>\n");
    }

    @Test
    void inlineHtmlDropsTheSingleParagraphWrapper() {
        assertThat(RichText.inlineHtml("One, shared by the `three` containers"))
                .isEqualTo("One, shared by the <code>three</code> containers");
    }

    @Test
    void inlineHtmlKeepsParagraphsWhenThereAreSeveral() {
        assertThat(RichText.inlineHtml("One.\n\nTwo.")).isEqualTo("<p>One.</p>\n<p>Two.</p>");
    }

    @Test
    void inlineHtmlKeepsBlocksThatAreNotAParagraph() {
        assertThat(RichText.inlineHtml("```\nls\n```")).isEqualTo("<pre tabindex=\"0\"><code>ls\n</code></pre>");
    }

    @Test
    void inlineHtmlEscapesRawScript() {
        assertThat(RichText.inlineHtml("<script>alert(1)</script>"))
                .doesNotContain("<script")
                .contains("&lt;script&gt;");
    }

    @Test
    void richTextOfNothingIsEmpty() {
        assertThat(RichText.html(null)).isEmpty();
        assertThat(RichText.inlineHtml(null)).isEmpty();
    }
}
