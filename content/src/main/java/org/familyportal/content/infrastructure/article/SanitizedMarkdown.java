package org.familyportal.content.infrastructure.article;

import jakarta.enterprise.context.ApplicationScoped;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.familyportal.content.domain.article.MarkdownRendering;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown → HTML with commonmark-java (tables, autolinks; raw HTML in the Markdown is escaped, not
 * passed), then always through jsoup's {@link Cleaner} with an allow-list: text structure, tables,
 * links (http, https, mailto, tel and the portal's own addresses only, each with {@code rel="nofollow
 * noopener"}; an address relative to the page is read from the site's root) and images only from the portal's own image addresses. No attribute that could run
 * script or style survives; headings start at level 2 (the page's title is the one level 1).
 */
@ApplicationScoped
public class SanitizedMarkdown implements MarkdownRendering {

    /** The portal's image addresses ({@code ArticleImages}), under any context path of one segment. */
    static final Pattern OWN_IMAGE = Pattern.compile("(/[A-Za-z0-9._-]+)?/images/[0-9]+-[0-9a-f]{12}-[0-9]+\\.(jpg|png)");

    /** A base that only makes relative addresses checkable; it never appears in the output. */
    private static final String BASE = "https://portal.invalid/";

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto", "tel"))).build();

    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "del", "ul", "ol", "li", "blockquote",
                    "code", "pre", "hr", "a", "img", "table", "thead", "tbody", "tr", "th", "td")
            .addAttributes("a", "href", "title")
            .addAttributes("img", "src", "alt", "title")
            .addAttributes("th", "align")
            .addAttributes("td", "align")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", "http", "https", "mailto", "tel")
            .addProtocols("img", "src", "https")
            .preserveRelativeLinks(true);

    @Override
    public String html(String markdown) {
        String rendered = RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
        Document dirty = Jsoup.parseBodyFragment(demoteHeadings(rendered), BASE);
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        for (Element image : clean.select("img")) {
            if (!OWN_IMAGE.matcher(image.attr("src")).matches()) {
                image.remove();
            } else {
                image.attr("loading", "lazy");
            }
        }
        for (Element link : clean.select("a")) {
            String href = link.attr("href");
            if (href.isEmpty() || href.startsWith(BASE) || href.startsWith("//")) {
                link.unwrap();
                continue;
            }
            if (isRelativeToPage(href)) {
                String fromRoot = fromSiteRoot(href);
                if (fromRoot == null) {
                    link.unwrap();
                    continue;
                }
                link.attr("href", fromRoot);
            }
            link.attr("rel", "nofollow noopener");
        }
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }

    /** An address without a scheme that is not written from the site's root ({@code find-help.xhtml}, {@code ../x}). */
    private static boolean isRelativeToPage(String href) {
        return !href.startsWith("/") && !href.startsWith("#") && !SCHEME.matcher(href).lookingAt();
    }

    /**
     * An article is read at {@code /articles/<slug>} (and previewed in the editor elsewhere), so an address
     * written relative to the page would point somewhere else on each: editors' {@code find-help.xhtml} is
     * read from the site's root, where the portal's pages are. {@code null} when it is not an address.
     */
    static String fromSiteRoot(String href) {
        try {
            String resolved = URI.create(BASE).resolve(href).toString();
            if (!resolved.startsWith(BASE)) {
                return null;
            }
            String path = "/" + resolved.substring(BASE.length());
            while (path.startsWith("/../") || path.equals("/..")) {
                path = path.substring(3).isEmpty() ? "/" : path.substring(3);
            }
            return path;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** # and ## become level 2, ### level 3...: the article's title is the page's only level 1. */
    private static String demoteHeadings(String html) {
        return html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
                .replace("<h5>", "<h4>").replace("</h5>", "</h4>").replace("<h6>", "<h4>").replace("</h6>", "</h4>");
    }
}
