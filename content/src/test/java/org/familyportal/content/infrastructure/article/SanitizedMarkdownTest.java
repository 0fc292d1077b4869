package org.familyportal.content.infrastructure.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Markdown becomes HTML that cannot run script, whatever an editor (or a stolen editor account) types. */
class SanitizedMarkdownTest {

    private static final Set<String> ALLOWED = Set.of("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "del", "ul",
            "ol", "li", "blockquote", "code", "pre", "hr", "a", "img", "table", "thead", "tbody", "tr", "th", "td");
    private static final Set<String> ATTRIBUTES = Set.of("href", "src", "alt", "title", "rel", "align", "start", "loading");

    private final SanitizedMarkdown markdown = new SanitizedMarkdown();

    static Stream<String> payloads() {
        return Stream.of(
                "<script>alert(1)</script>",
                "text <script src=https://evil.example/x.js></script>",
                "<SCRIPT>alert(1)</SCRIPT>",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](java&#x09;script:alert(1))",
                "[click](&#106;avascript:alert(1))",
                "[click](vbscript:msgbox(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "![x](javascript:alert(1))",
                "<img src=x onerror=alert(1)>",
                "![x\" onerror=\"alert(1)](/images/1-0123456789ab-480.jpg)",
                "<p onclick=\"alert(1)\">hi</p>",
                "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![data](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<object data=\"x.swf\"></object><embed src=x>",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<a href=\"&#x6A;avascript:alert(1)\">x</a>",
                "javascript:alert(1)",
                "<javascript:alert(1)>",
                "www.example.com/\"onmouseover=\"alert(1)",
                "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
                "<form action=x><input name=q></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<base href=\"https://evil.example/\">",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>");
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void noPayloadSurvivesAsMarkup(String payload) {
        String html = markdown.html(payload);
        // read back as a browser would: only allowed elements, no attribute that runs script or style
        for (Element element : Jsoup.parseBodyFragment(html).body().select("*")) {
            if (element.tagName().equals("body")) {
                continue;
            }
            assertTrue(ALLOWED.contains(element.tagName()), element.tagName() + " in " + html);
            for (Attribute attribute : element.attributes()) {
                assertTrue(ATTRIBUTES.contains(attribute.getKey()), attribute.getKey() + " in " + html);
                String value = attribute.getValue().toLowerCase().replaceAll("\\s", "");
                assertFalse(value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"),
                        value + " in " + html);
            }
        }
        assertFalse(html.toLowerCase().contains("<script"), html);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[портал](https://example.org/a)|<a href=\"https://example.org/a\" rel=\"nofollow noopener\">портал</a>",
            "[mail](mailto:help@example.org)|<a href=\"mailto:help@example.org\" rel=\"nofollow noopener\">mail</a>",
            "[call](tel:88002000122)|<a href=\"tel:88002000122\" rel=\"nofollow noopener\">call</a>",
            "[find](/find-help.xhtml?q=x)|<a href=\"/find-help.xhtml?q=x\" rel=\"nofollow noopener\">find</a>",
            // read at /articles/<slug>: an address relative to the page is read from the site's root
            "[ask](ask-for-help.xhtml)|<a href=\"/ask-for-help.xhtml\" rel=\"nofollow noopener\">ask</a>",
            "[law](find-help.xhtml?category=legal-aid)|<a href=\"/find-help.xhtml?category=legal-aid\" rel=\"nofollow noopener\">law</a>",
            "[all](../articles)|<a href=\"/articles\" rel=\"nofollow noopener\">all</a>",
            "[top](#docs)|<a href=\"#docs\" rel=\"nofollow noopener\">top</a>",
            "https://gosuslugi.ru|<a href=\"https://gosuslugi.ru\" rel=\"nofollow noopener\">https://gosuslugi.ru</a>"})
    void safeLinksStayWithNofollowNoopener(String source, String expected) {
        assertTrue(markdown.html(source).contains(expected), markdown.html(source));
    }

    @Test
    void onlyThePortalsOwnImagesAreShown() {
        assertTrue(markdown.html("![Семья](/images/12-0123456789ab-960.jpg)")
                .contains("<img src=\"/images/12-0123456789ab-960.jpg\" alt=\"Семья\""));
        assertTrue(markdown.html("![Семья](/portal/images/12-0123456789ab-960.png)").contains("<img"));
        assertFalse(markdown.html("![track](https://evil.example/pixel.gif)").contains("<img"));
        assertFalse(markdown.html("![x](https://evil.example/images/12-0123456789ab-960.jpg)").contains("<img"));
        assertFalse(markdown.html("![x](/elsewhere/pic.jpg)").contains("<img"));
    }

    @Test
    void tablesHeadingsAndEscapedTextRender() {
        String html = markdown.html("# Заголовок\n\n| Кто | Сколько |\n|---|---:|\n| семья | 3 |\n\nA & B <b>");
        assertTrue(html.contains("<h2>Заголовок</h2>"), html);
        assertTrue(html.contains("<table>") && html.contains("<td align=\"right\">3</td>"), html);
        assertTrue(html.contains("A &amp; B &lt;b&gt;"), html);
    }

    @Test
    void emptyMarkdownIsEmpty() {
        assertEquals("", markdown.html(null));
    }
}
