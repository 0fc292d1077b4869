package org.familyportal.content.domain.article;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The repository of articles, their revisions and images. The one implementation is JPA
 * ({@code infrastructure.article.JpaArticles}) in the caller's transaction.
 */
public interface Articles {

    Optional<Article> article(long id);

    Optional<Article> bySlug(String slug);

    /** Whether an article other than {@code exceptId} (null: any) has {@code slug}. */
    boolean slugTaken(String slug, Long exceptId);

    void add(Article article);

    /**
     * Writes the changes of this transaction at once.
     *
     * @throws ArticleChangedMeanwhileException when someone else saved the article meanwhile
     */
    void writeNow();

    /** One page of the articles public at {@code now}: those in {@code language} (null: any) first, each part newest first. */
    List<Article> published(ArticleFilter filter, Instant now, String language, int first, int max);

    long countPublished(ArticleFilter filter, Instant now);

    /** One page of every article for editors, last changed first. */
    List<Article> all(ArticleFilter filter, int first, int max);

    long countAll(ArticleFilter filter);

    /** Public articles whose categories include any of {@code categories}, guides first then newest, at most {@code max}. */
    List<Article> publishedIn(java.util.Set<String> categories, ArticleKind kind, Instant now, int max);

    /** The tags of public articles in {@code language}, most used first, at most {@code max}. */
    List<String> publishedTags(Instant now, String language, int max);

    void add(ArticleRevision revision);

    /** The revisions of an article, newest first. */
    List<ArticleRevision> revisions(long articleId);

    Optional<ArticleRevision> revision(long articleId, int number);

    int lastRevisionNumber(long articleId);

    /** Whether any article exists (demo articles are loaded once, into an empty table). */
    boolean any();

    void add(ArticleImage image);

    void add(ImageVariant variant);

    Optional<ArticleImage> image(long id);

    /** The bytes of one width of an image. */
    Optional<byte[]> imageBytes(long imageId, int width);

    /** The images uploaded last, newest first. */
    List<ArticleImage> recentImages(int max);
}
