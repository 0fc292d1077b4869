package org.familyportal.content.infrastructure.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import org.familyportal.content.domain.article.Article;
import org.familyportal.content.domain.article.ArticleChangedMeanwhileException;
import org.familyportal.content.domain.article.ArticleFilter;
import org.familyportal.content.domain.article.ArticleImage;
import org.familyportal.content.domain.article.ArticleKind;
import org.familyportal.content.domain.article.ArticleRevision;
import org.familyportal.content.domain.article.ArticleStatus;
import org.familyportal.content.domain.article.Articles;
import org.familyportal.content.domain.article.ImageVariant;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link Articles} in JPA over the portal's persistence unit, in the caller's (JTA) transaction. */
@ApplicationScoped
public class JpaArticles implements Articles {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<Article> article(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    @Override
    public Optional<Article> bySlug(String slug) {
        return em.createNamedQuery("Article.bySlug", Article.class).setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    @Override
    public boolean slugTaken(String slug, Long exceptId) {
        return em.createNamedQuery("Article.slugTaken", Long.class).setParameter("slug", slug)
                .setParameter("id", exceptId == null ? -1L : exceptId).getSingleResult() > 0;
    }

    @Override
    public void add(Article article) {
        em.persist(article);
        em.flush();
    }

    @Override
    public void writeNow() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ArticleChangedMeanwhileException(e);
        } catch (PersistenceException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                    throw new ArticleChangedMeanwhileException(e);
                }
            }
            throw e;
        }
    }

    @Override
    public List<Article> published(ArticleFilter filter, Instant now, String language, int first, int max) {
        if (language == null) {
            return query("select a", filter, now, Article.class, " order by a.publishAt desc, a.id desc")
                    .setFirstResult(first).setMaxResults(max).getResultList();
        }
        return query("select a", filter, now, Article.class,
                " order by case when a.language = :readerLanguage then 0 else 1 end, a.publishAt desc, a.id desc")
                .setParameter("readerLanguage", language)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countPublished(ArticleFilter filter, Instant now) {
        return query("select count(a)", filter, now, Long.class, "").getSingleResult();
    }

    @Override
    public List<Article> all(ArticleFilter filter, int first, int max) {
        return query("select a", filter, null, Article.class, " order by a.updatedAt desc, a.id desc")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countAll(ArticleFilter filter) {
        return query("select count(a)", filter, null, Long.class, "").getSingleResult();
    }

    /** Public at {@code now} when given, else every article of the filter's status (editors). */
    private <R> TypedQuery<R> query(String select, ArticleFilter filter, Instant now, Class<R> type, String order) {
        StringBuilder jpql = new StringBuilder(select).append(" from Article a where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (now != null) {
            jpql.append(" and a.status = :published and a.publishAt <= :now");
            parameters.put("published", ArticleStatus.PUBLISHED);
            parameters.put("now", utc(now));
        } else if (filter.status() != null) {
            jpql.append(" and a.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.kind() != null) {
            jpql.append(" and a.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.category() != null) {
            jpql.append(" and :category member of a.categories");
            parameters.put("category", filter.category());
        }
        if (filter.tag() != null) {
            jpql.append(" and :tag member of a.tags");
            parameters.put("tag", filter.tag());
        }
        TypedQuery<R> query = em.createQuery(jpql.append(order).toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public List<Article> publishedIn(Set<String> categories, ArticleKind kind, Instant now, int max) {
        if (categories.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct a from Article a join a.categories c where c in :categories"
                        + " and a.status = :published and a.publishAt <= :now and a.kind = :kind"
                        + " order by a.publishAt desc", Article.class)
                .setParameter("categories", categories).setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("now", utc(now)).setParameter("kind", kind).setMaxResults(max).getResultList();
    }

    @Override
    public List<String> publishedTags(Instant now, String language, int max) {
        return em.createQuery("select t from Article a join a.tags t where a.status = :published"
                        + " and a.publishAt <= :now and a.language = :language group by t order by count(a) desc, t", String.class)
                .setParameter("published", ArticleStatus.PUBLISHED).setParameter("now", utc(now))
                .setParameter("language", language).setMaxResults(max).getResultList();
    }

    @Override
    public void add(ArticleRevision revision) {
        em.persist(revision);
    }

    @Override
    public List<ArticleRevision> revisions(long articleId) {
        return em.createQuery("select r from ArticleRevision r where r.articleId = :id order by r.number desc",
                ArticleRevision.class).setParameter("id", articleId).setMaxResults(500).getResultList();
    }

    @Override
    public Optional<ArticleRevision> revision(long articleId, int number) {
        return em.createQuery("select r from ArticleRevision r where r.articleId = :id and r.number = :number",
                ArticleRevision.class).setParameter("id", articleId).setParameter("number", number)
                .getResultStream().findFirst();
    }

    @Override
    public int lastRevisionNumber(long articleId) {
        Integer last = em.createQuery("select max(r.number) from ArticleRevision r where r.articleId = :id", Integer.class)
                .setParameter("id", articleId).getSingleResult();
        return last == null ? 0 : last;
    }

    @Override
    public boolean any() {
        return !em.createQuery("select a.id from Article a", Long.class).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(ArticleImage image) {
        em.persist(image);
        em.flush();
    }

    @Override
    public void add(ImageVariant variant) {
        em.persist(variant);
    }

    @Override
    public Optional<ArticleImage> image(long id) {
        return Optional.ofNullable(em.find(ArticleImage.class, id));
    }

    @Override
    public Optional<byte[]> imageBytes(long imageId, int width) {
        return Optional.ofNullable(em.find(ImageVariant.class, new ImageVariant.Key(imageId, width)))
                .map(ImageVariant::getBytes);
    }

    @Override
    public List<ArticleImage> recentImages(int max) {
        return em.createQuery("select i from ArticleImage i order by i.id desc", ArticleImage.class)
                .setMaxResults(max).getResultList();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
