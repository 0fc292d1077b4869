package org.familyportal.portal.application.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.content.application.article.ArticleReading;
import org.familyportal.portal.infrastructure.web.ReadableAddresses;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The published articles, for the site-wide search's "articles" tab. Their tags are read with the
 * body: editors tag an article with the words parents use ("маткапитал", "многодетные"), which the
 * article's own wording may not carry.
 */
@ApplicationScoped
public class ArticleTexts implements TextSource {

    @Inject
    ArticleReading reading;

    @Override
    public String kind() {
        return "articles";
    }

    @Override
    public List<SearchableText> published() {
        return reading.everyPublished().stream()
                .map(a -> new SearchableText(a.getSlug(), a.getLanguage(), a.getTitle(), a.getSummary(),
                        String.join("\n", a.getBody() == null ? "" : a.getBody(), String.join(", ", a.getTags())),
                        ReadableAddresses.article(URLEncoder.encode(a.getSlug(), StandardCharsets.UTF_8))))
                .toList();
    }
}
