package org.familyportal.portal.interfaces.web.content.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.familyportal.content.application.article.ArticleReading;
import org.familyportal.content.domain.article.Article;
import org.familyportal.directory.application.search.SiteSearch;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;

/**
 * The guides a service page shows ({@code WEB-INF/includes/related-guides.xhtml}): published guides
 * filed under any of the service's categories. Reads the service's id from the request itself, so
 * the fragment needs nothing from the page that includes it.
 */
@Named
@RequestScoped
public class RelatedGuides {

    static final int MAX = 3;

    @Inject
    HttpServletRequest request;

    @Inject
    SiteSearch search;

    @Inject
    ArticleReading reading;

    private List<Article> guides;

    public List<Article> getGuides() {
        if (guides == null) {
            guides = List.of();
            String id = request.getParameter("id");
            if (id != null && id.matches("[0-9a-fA-F-]{36}")) {
                try {
                    Set<String> categories = search.service(id.toLowerCase())
                            .map(s -> Set.copyOf(s.categories())).orElse(Set.of());
                    guides = reading.guidesAbout(categories, MAX);
                } catch (SQLException e) {
                    throw new IllegalStateException("The service could not be read", e);
                }
            }
        }
        return guides;
    }
}
