package org.familyportal.content.application.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.content.domain.article.Article;
import org.familyportal.content.domain.article.ArticleFilter;
import org.familyportal.content.domain.article.ArticleImage;
import org.familyportal.content.domain.article.ArticleKind;
import org.familyportal.content.domain.article.Articles;
import org.familyportal.content.domain.article.MarkdownRendering;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the public reads: published articles from their publishing instant on (a scheduled one
 * appears by itself when its time comes), in bounded pages; one article by its address; the news
 * for the feed; the guides of a kind of help; what the sitemap lists. Nobody needs to be signed in.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ArticleReading {

    public static final int PAGE_SIZE = 10;
    /** The deepest page the list answers: a crawler cannot make it count far. */
    public static final int MAX_PAGE = 100;
    public static final int FEED_SIZE = 20;
    public static final int SITEMAP_MAX = 5_000;

    /** One page of the public list. */
    public record Page(List<Article> articles, long total, int page, int pages) {
    }

    @Inject
    Articles articles;

    @Inject
    MarkdownRendering rendering;

    private final Clock clock;

    /** For CDI. */
    public ArticleReading() {
        this.clock = Clock.systemUTC();
    }

    /** Outside a container (tests), at the time of {@code clock}. */
    public ArticleReading(Articles articles, MarkdownRendering rendering, Clock clock) {
        this.articles = articles;
        this.rendering = rendering;
        this.clock = clock;
    }

    /** Page {@code page} (from 1, at most {@link #MAX_PAGE}) of what is public, newest first. */
    public Page page(ArticleFilter filter, int page) {
        return page(filter, "ru", page);
    }

    /**
     * Page {@code page} of what is public, the articles in the reader's {@code language} first: an
     * English reader found the few English guides on the list's last page, after every Russian one.
     */
    public Page page(ArticleFilter filter, String language, int page) {
        Instant now = clock.instant();
        int wanted = Math.min(Math.max(1, page), MAX_PAGE);
        long total = articles.countPublished(filter, now);
        int pages = (int) Math.min(MAX_PAGE, Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE));
        List<Article> found = wanted > pages ? List.of()
                : articles.published(filter, now, language, (wanted - 1) * PAGE_SIZE, PAGE_SIZE);
        return new Page(found, total, wanted, pages);
    }

    /** The article at {@code slug} if the public may read it now. */
    public Optional<Article> bySlug(String slug) {
        if (slug == null || slug.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return articles.bySlug(slug).filter(a -> a.isPublicAt(now));
    }

    /** The body as safe HTML. */
    public String html(Article article) {
        return rendering.html(article.getBody());
    }

    /** The latest news, newest first. */
    public List<Article> news() {
        return articles.published(new ArticleFilter(ArticleKind.NEWS, null, null, null), clock.instant(), null, 0, FEED_SIZE);
    }

    /** Public guides about any of {@code categories} (of a service, say), newest first. */
    public List<Article> guidesAbout(Set<String> categories, int max) {
        return articles.publishedIn(categories, ArticleKind.GUIDE, clock.instant(), Math.min(max, 20));
    }

    /** Everything public, for the sitemap, newest first. */
    public List<Article> everyPublished() {
        return articles.published(ArticleFilter.any(), clock.instant(), null, 0, SITEMAP_MAX);
    }

    /**
     * The tags readers may filter by, most used first: those of the articles in the reader's
     * {@code language} (a Russian reader is not offered "#safety"), or in Russian, the portal's
     * language, when none is written in theirs.
     */
    public List<String> tags(String language, int max) {
        List<String> tags = articles.publishedTags(clock.instant(), language, Math.min(max, 50));
        return tags.isEmpty() && !"ru".equals(language) ? articles.publishedTags(clock.instant(), "ru", Math.min(max, 50)) : tags;
    }

    public Optional<ArticleImage> image(Long id) {
        return id == null ? Optional.empty() : articles.image(id);
    }

    /** The bytes of an image at {@code width}, when {@code digest} is its current one. */
    public Optional<byte[]> imageBytes(long id, String digest, int width) {
        return articles.image(id).filter(i -> i.getDigest().equals(digest) && i.widthList().contains(width))
                .flatMap(i -> articles.imageBytes(id, width));
    }

    public Instant now() {
        return clock.instant();
    }
}
