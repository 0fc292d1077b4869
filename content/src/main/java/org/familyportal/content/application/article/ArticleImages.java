package org.familyportal.content.application.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.content.application.port.ContentCaller;
import org.familyportal.content.application.port.ContentRole;
import org.familyportal.content.domain.article.ArticleImage;
import org.familyportal.content.domain.article.Articles;
import org.familyportal.content.domain.article.ImageProcessing;
import org.familyportal.content.domain.article.ImageVariant;
import org.familyportal.content.domain.article.ProcessedImage;

import java.time.Clock;
import java.util.List;

/**
 * Editors upload images for articles: the text alternative is required, the picture is checked
 * (type by its bytes, size, pixels) and kept resized in the database beside the articles.
 */
@ApplicationScoped
public class ArticleImages {

    public static final int RECENT = 24;

    @Inject
    Articles articles;

    @Inject
    ImageProcessing processing;

    @Inject
    ContentCaller caller;

    private final Clock clock = Clock.systemUTC();

    @Transactional
    public ArticleImage upload(byte[] bytes, String alt) {
        String by = caller.require(ContentRole.EDITOR, ContentRole.ADMIN);
        ArticleImage.checkedAlt(alt);
        ProcessedImage processed = processing.process(bytes);
        ArticleImage image = ArticleImage.of(processed, alt, clock.instant(), by);
        articles.add(image);
        for (ProcessedImage.Variant variant : processed.variants()) {
            articles.add(new ImageVariant(image.getId(), variant.width(), variant.bytes()));
        }
        return image;
    }

    public List<ArticleImage> recent() {
        caller.require(ContentRole.EDITOR, ContentRole.ADMIN);
        return articles.recentImages(RECENT);
    }
}
