package org.familyportal.content.application.article;

import org.familyportal.content.domain.article.Article;
import org.familyportal.content.domain.article.ArticleFilter;
import org.familyportal.content.domain.article.ArticleImage;
import org.familyportal.content.domain.article.ArticleKind;
import org.familyportal.content.domain.article.ArticleRevision;
import org.familyportal.content.domain.article.Articles;
import org.familyportal.content.domain.article.ImageVariant;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The repository in memory for the rules' tests: ids given in order, every write moves the versions. */
class InMemoryArticles implements Articles {

    final List<Article> articles = new ArrayList<>();
    final List<ArticleRevision> revisions = new ArrayList<>();

    @Override
    public Optional<Article> article(long id) {
        return articles.stream().filter(a -> a.getId() == id).findFirst();
    }

    @Override
    public Optional<Article> bySlug(String slug) {
        return articles.stream().filter(a -> a.getSlug().equals(slug)).findFirst();
    }

    @Override
    public boolean slugTaken(String slug, Long exceptId) {
        return articles.stream().anyMatch(a -> a.getSlug().equals(slug) && !Objects.equals(a.getId(), exceptId));
    }

    @Override
    public void add(Article article) {
        set(article, "id", (long) articles.size() + 1);
        articles.add(article);
    }

    @Override
    public void writeNow() {
        articles.forEach(a -> set(a, "version", a.getVersion() + 1));
    }

    private Stream<Article> matching(ArticleFilter f) {
        return articles.stream().filter(a -> f.kind() == null || a.getKind() == f.kind())
                .filter(a -> f.status() == null || a.getStatus() == f.status())
                .filter(a -> f.category() == null || a.getCategories().contains(f.category()))
                .filter(a -> f.tag() == null || a.getTags().contains(f.tag()));
    }

    @Override
    public List<Article> published(ArticleFilter filter, Instant now, String language, int first, int max) {
        return matching(filter).filter(a -> a.isPublicAt(now))
                .sorted(Comparator.comparing((Article a) -> language != null && !a.getLanguage().equals(language))
                        .thenComparing(Comparator.comparing(Article::getPublishAt).reversed()))
                .skip(first).limit(max).toList();
    }

    @Override
    public long countPublished(ArticleFilter filter, Instant now) {
        return matching(filter).filter(a -> a.isPublicAt(now)).count();
    }

    @Override
    public List<Article> all(ArticleFilter filter, int first, int max) {
        return matching(filter).skip(first).limit(max).toList();
    }

    @Override
    public long countAll(ArticleFilter filter) {
        return matching(filter).count();
    }

    @Override
    public List<Article> publishedIn(Set<String> categories, ArticleKind kind, Instant now, int max) {
        return articles.stream().filter(a -> a.isPublicAt(now) && a.getKind() == kind
                && a.getCategories().stream().anyMatch(categories::contains)).limit(max).toList();
    }

    @Override
    public List<String> publishedTags(Instant now, String language, int max) {
        return articles.stream().filter(a -> a.isPublicAt(now) && a.getLanguage().equals(language)).flatMap(a -> a.getTags().stream()).distinct().limit(max).toList();
    }

    @Override
    public void add(ArticleRevision revision) {
        revisions.add(revision);
    }

    @Override
    public List<ArticleRevision> revisions(long articleId) {
        return revisions.stream().filter(r -> r.getArticleId() == articleId)
                .sorted(Comparator.comparingInt(ArticleRevision::getNumber).reversed()).toList();
    }

    @Override
    public Optional<ArticleRevision> revision(long articleId, int number) {
        return revisions.stream().filter(r -> r.getArticleId() == articleId && r.getNumber() == number).findFirst();
    }

    @Override
    public int lastRevisionNumber(long articleId) {
        return revisions.stream().filter(r -> r.getArticleId() == articleId).mapToInt(ArticleRevision::getNumber).max().orElse(0);
    }

    @Override
    public boolean any() {
        return !articles.isEmpty();
    }

    @Override
    public void add(ArticleImage image) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void add(ImageVariant variant) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ArticleImage> image(long id) {
        return Optional.empty();
    }

    @Override
    public Optional<byte[]> imageBytes(long imageId, int width) {
        return Optional.empty();
    }

    @Override
    public List<ArticleImage> recentImages(int max) {
        return List.of();
    }

    private static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
