package org.familyportal.portal.interfaces.web.content.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.content.application.article.ArticleReading;

import java.util.List;

/** The sitemap's published articles, with when each last changed. */
@ApplicationScoped
public class ArticlesSitemap implements SitemapSource {

    @Inject
    ArticleReading reading;

    @Inject
    ArticleLinks links;

    @Override
    public List<Entry> entries() {
        return reading.everyPublished().stream().map(a -> new Entry(links.page(a),
                a.getUpdatedAt().isAfter(a.getPublishAt()) ? a.getUpdatedAt() : a.getPublishAt())).toList();
    }
}
