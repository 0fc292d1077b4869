package org.familyportal.portal.infrastructure.mail;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailHtmlTest {

    @Test
    void whatAUserTypedStaysText() {
        String html = MailHtml.render("Отказ <i>", "Причина: <b>x</b> & <script>alert('x')</script>\n"
                + "<img src=\"https://tracker.example/p.gif\" onerror=\"alert(1)\">", Locale.ENGLISH);
        assertTrue(html.contains("Причина: &lt;b&gt;x&lt;/b&gt; &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertFalse(html.contains("<b>") || html.contains("<script") || html.contains("<img") || html.contains("<i>"), html);
        assertTrue(html.contains("<title>Отказ &lt;i&gt;</title>"), html);
        assertTrue(html.contains("<html lang=\"en\">"), html);
    }

    @Test
    void anAddressCannotBreakOutOfItsLink() {
        String line = MailHtml.linked("https://portal.example/x?a=1&b=\"><script>alert(1)</script>");
        assertFalse(line.contains("<script"), line);
        assertTrue(line.startsWith("<a href=\"https://portal.example/x?a=1&amp;b=\""), line);
        assertEquals("javascript:alert(1)", MailHtml.linked("javascript:alert(1)"), "only http(s) addresses become links");
    }

    @Test
    void addressesBecomeLinksWithoutTheirClosingPunctuation() {
        assertEquals("Откройте <a href=\"https://portal.example/a?id=1&amp;lang=en\" style=\"color:#0b57a4;"
                        + "text-decoration:underline;word-break:break-all;\">https://portal.example/a?id=1&amp;lang=en</a>.",
                MailHtml.linked("Откройте https://portal.example/a?id=1&lang=en."));
        assertTrue(MailHtml.linked("(см. http://localhost:8080/sign-in.xhtml), затем")
                .endsWith(">http://localhost:8080/sign-in.xhtml</a>), затем"));
        assertTrue(MailHtml.linked("«https://portal.example/x»").endsWith("</a>»"));
    }

    @Test
    void paragraphsLineBreaksAndLists() {
        String body = MailHtml.body("Здравствуйте!\n\nПервая строка\nвторая строка\n\n\n"
                + "- Служба А (проверено 1 мая)\n  https://portal.example/service.xhtml?id=1\n- Служба Б\n\nКонец");
        assertEquals("<p style=\"margin:0 0 1em 0;\">Здравствуйте!</p>\n"
                + "<p style=\"margin:0 0 1em 0;\">Первая строка<br>\nвторая строка</p>\n"
                + "<ul style=\"margin:0 0 1em 0;padding-left:1.5em;\">\n"
                + "<li style=\"margin-bottom:0.5em;\">Служба А (проверено 1 мая)<br>\n<a href=\"https://portal.example/service.xhtml?id=1\""
                + " style=\"color:#0b57a4;text-decoration:underline;word-break:break-all;\">https://portal.example/service.xhtml?id=1</a></li>\n"
                + "<li style=\"margin-bottom:0.5em;\">Служба Б</li>\n</ul>\n"
                + "<p style=\"margin:0 0 1em 0;\">Конец</p>\n", body);
    }

    @Test
    void aDocumentWithNothingRemote() {
        String html = MailHtml.render("S", "Текст https://portal.example/", Locale.forLanguageTag("ru"));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"ru\">"), html);
        assertTrue(html.contains("<meta charset=\"UTF-8\">"), html);
        assertFalse(html.contains("<img") || html.contains("<link") || html.contains("<script") || html.contains("src="), html);
        assertEquals(1, html.split("href=", -1).length - 1, "one link, the one in the text");
    }
}
