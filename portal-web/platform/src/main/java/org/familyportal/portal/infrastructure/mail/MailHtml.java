package org.familyportal.portal.infrastructure.mail;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML alternative of a mail, rendered from its plain text so the two parts always say the same:
 * blank lines make paragraphs, line breaks stay line breaks, a paragraph whose lines all start with
 * {@code "- "} is a list, and {@code http(s)://} addresses become links. Everything else is text,
 * escaped: whatever a user typed (a name, a rejection reason) cannot become markup. No remote images,
 * no scripts, no trackers; the few styles are inline.
 */
public final class MailHtml {

    /** An address up to the first space or character that cannot end it (closing punctuation stays text). */
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`«»]+?(?=[.,;:!?)\\]»]*(?:\\s|$|[<>\"'`«»]))");
    private static final String BODY_STYLE = "font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;"
            + "color:#1a1a1a;background:#ffffff;margin:0;padding:16px;";
    private static final String LINK_STYLE = "color:#0b57a4;text-decoration:underline;word-break:break-all;";

    private MailHtml() {
    }

    /**
     * The whole HTML document of a mail whose subject is {@code subject} (its title) and whose plain
     * text is {@code text}, in {@code language} ({@code lang} of the document).
     */
    public static String render(String subject, String text, Locale language) {
        String lang = language == null || language.getLanguage().isEmpty() ? "ru" : language.getLanguage();
        StringBuilder html = new StringBuilder(text.length() * 2 + 400);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(lang)).append("\">\n<head>\n")
                .append("<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(subject == null ? "" : subject)).append("</title>\n</head>\n")
                .append("<body style=\"").append(BODY_STYLE).append("\">\n")
                .append("<div style=\"max-width:40em;\">\n")
                .append(body(text))
                .append("</div>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The paragraphs and lists of {@code text}, without the document around them. */
    static String body(String text) {
        StringBuilder html = new StringBuilder();
        String normalised = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
        for (String paragraph : normalised.split("\n[ \t]*\n")) {
            String trimmed = paragraph.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (isList(trimmed)) {
                list(trimmed, html);
            } else {
                html.append("<p style=\"margin:0 0 1em 0;\">").append(lines(trimmed)).append("</p>\n");
            }
        }
        return html.toString();
    }

    /** Every line starts with "- " or continues the item above it with indentation. */
    private static boolean isList(String paragraph) {
        String[] lines = paragraph.split("\n");
        if (!lines[0].startsWith("- ")) {
            return false;
        }
        for (String line : lines) {
            if (!line.startsWith("- ") && !line.startsWith(" ")) {
                return false;
            }
        }
        return true;
    }

    private static void list(String paragraph, StringBuilder html) {
        html.append("<ul style=\"margin:0 0 1em 0;padding-left:1.5em;\">\n");
        StringBuilder item = null;
        for (String line : paragraph.split("\n")) {
            if (line.startsWith("- ")) {
                if (item != null) {
                    html.append("<li style=\"margin-bottom:0.5em;\">").append(lines(item.toString())).append("</li>\n");
                }
                item = new StringBuilder(line.substring(2).strip());
            } else {
                item.append('\n').append(line.strip());
            }
        }
        html.append("<li style=\"margin-bottom:0.5em;\">").append(lines(item.toString())).append("</li>\n");
        html.append("</ul>\n");
    }

    private static String lines(String paragraph) {
        StringBuilder html = new StringBuilder();
        String[] lines = paragraph.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                html.append("<br>\n");
            }
            html.append(linked(lines[i].strip()));
        }
        return html.toString();
    }

    /** One line: its text escaped, its addresses links (the address escaped as attribute and as text). */
    static String linked(String line) {
        StringBuilder html = new StringBuilder();
        Matcher url = URL.matcher(line);
        int at = 0;
        while (url.find()) {
            html.append(escape(line.substring(at, url.start())));
            String address = escape(url.group());
            html.append("<a href=\"").append(address).append("\" style=\"").append(LINK_STYLE).append("\">")
                    .append(address).append("</a>");
            at = url.end();
        }
        return html.append(escape(line.substring(at))).toString();
    }

    /** Text as HTML text or attribute value. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
