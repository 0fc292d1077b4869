package org.familyportal.portal.interfaces.web.content.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.familyportal.content.application.article.ArticleReading;
import org.familyportal.content.domain.article.Article;
import org.familyportal.content.domain.article.ArticleImage;
import org.familyportal.content.domain.article.ArticleKind;
import org.familyportal.directory.application.search.InvalidSearchException;
import org.familyportal.directory.application.search.SearchRequest;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.directory.domain.search.SearchResults;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.util.List;

/**
 * Backing bean of {@code article.xhtml} (at {@code /articles/<slug>}): one published article by its address (anything else, a
 * draft or one scheduled for later included, is "not found"), its body as sanitized HTML, and for
 * a guide about kinds of help, the nearest services of those kinds: near the place the reader gave,
 * or across the regions when none was given.
 */
@Named
@RequestScoped
public class ArticlePage {

    static final int NEAREST = 5;

    @Inject
    HttpServletRequest request;

    @Inject
    ArticleReading reading;

    @Inject
    ArticleCategories categories;

    @Inject
    ArticleLinks links;

    @Inject
    SiteSearch search;

    private Article article;
    private String html;
    private List<SearchResults.Hit> nearest;

    public void load() throws IOException {
        // From Faces' request, the forwarded one (ReadableAddressFilter): the slug is in the forward's
        // query, which the injected HttpServletRequest (the request as it came in) does not see.
        article = reading.bySlug(Faces.getRequestParameter("slug")).orElse(null);
        if (article == null) {
            Faces.responseSendError(404, null);
            return;
        }
        html = reading.html(article);
    }

    public Article getArticle() {
        return article;
    }

    public String getHtml() {
        return html;
    }

    public List<String> getCategoryLabels() {
        return article.getCategories().stream().filter(categories::known).map(categories::label).sorted().toList();
    }

    public List<String> getCategoryCodes() {
        return article.getCategories().stream().filter(categories::known).sorted().toList();
    }

    public ArticleImage getCover() {
        return reading.image(article.getCoverImageId()).orElse(null);
    }

    /** The absolute address of this page (canonical, Open Graph). */
    public String getCanonical() {
        return links.site() + links.page(article);
    }

    public String getCoverUrl() {
        ArticleImage cover = getCover();
        return cover == null ? null : links.site() + links.image(cover, 1600);
    }

    public String getPlace() {
        String place = request.getParameter("place");
        return place == null ? "" : place.strip();
    }

    /** A guide with categories offers services of those kinds. */
    public boolean isOffersServices() {
        return article.getKind() == ArticleKind.GUIDE && !getCategoryCodes().isEmpty();
    }

    /** The nearest services of the article's kinds of help (the directory's own search), at most {@link #NEAREST}. */
    public List<SearchResults.Hit> getNearest() {
        if (nearest == null) {
            nearest = List.of();
            if (isOffersServices()) {
                try {
                    String place = getPlace();
                    SearchRequest query = SearchRequest.parse("", place.length() > 100 ? place.substring(0, 100) : place,
                            null, null, null, getCategoryCodes(), List.of(), List.of(), List.of(), List.of(), null, null,
                            place.isEmpty() ? null : "distance", "1", List.of(), null);
                    List<SearchResults.Hit> hits = query.run(search).results().hits();
                    nearest = hits.subList(0, Math.min(NEAREST, hits.size()));
                } catch (InvalidSearchException e) {
                    Messages.addGlobalError(e.messageKey(), e.arguments());
                } catch (IOException e) {
                    throw new IllegalStateException("Search failed", e);
                }
            }
        }
        return nearest;
    }

    /** The same search on the directory's page, for more. */
    public String getMoreServicesLink() {
        StringBuilder link = new StringBuilder(request.getContextPath()).append("/find-help.xhtml?");
        getCategoryCodes().forEach(c -> link.append("category=").append(c).append('&'));
        if (!getPlace().isEmpty()) {
            link.append("place=").append(java.net.URLEncoder.encode(getPlace(), java.nio.charset.StandardCharsets.UTF_8)).append('&');
        }
        return link.substring(0, link.length() - 1);
    }
}
