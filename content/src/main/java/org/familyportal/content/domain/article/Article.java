package org.familyportal.content.domain.article;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * An article (news, a guide or a family story) and its place in the workflow. It is public only
 * while {@link ArticleStatus#PUBLISHED} and from its {@code publishAt} instant on, so publishing at
 * a future instant schedules it. Every save is kept as an {@link ArticleRevision}; {@code version}
 * refuses a save over someone else's.
 */
@Entity
@Table(name = "article")
@NamedQuery(name = "Article.bySlug", query = "select a from Article a where a.slug = :slug")
@NamedQuery(name = "Article.slugTaken", query = "select count(a) from Article a where a.slug = :slug and a.id <> :id")
public class Article implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ArticleKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ArticleStatus status = ArticleStatus.DRAFT;

    @Column(name = "title", nullable = false, length = ArticleContent.TITLE_MAX)
    private String title;

    @Column(name = "slug", nullable = false, length = Slugs.MAX)
    private String slug;

    @Column(name = "summary", nullable = false, length = ArticleContent.SUMMARY_MAX)
    private String summary;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "article_category", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "code")
    private Set<String> categories = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    @Column(name = "cover_image_id")
    private Long coverImageId;

    /** UTC: from when the public sees a published article. */
    @Column(name = "publish_at")
    private LocalDateTime publishAt;

    @Column(name = "demo", nullable = false)
    private boolean demo;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Article() {
    }

    /** A new draft of {@code content} at {@code slug}, written by {@code by} at {@code now}. */
    public static Article draft(ArticleContent content, String slug, boolean demo, Instant now, String by) {
        Article article = new Article();
        article.demo = demo;
        article.createdAt = utc(now);
        article.write(content.checked(), slug, now, by);
        return article;
    }

    /** Replaces what the editor writes; the state stays (a published article's change is public at once). */
    public void write(ArticleContent content, String slug, Instant now, String by) {
        content.checked();
        this.kind = content.kind();
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.language = content.language();
        this.categories = new LinkedHashSet<>(content.categories());
        this.tags = new LinkedHashSet<>(content.tags());
        this.coverImageId = content.coverImageId();
        this.slug = slug;
        touched(now, by);
    }

    /** Sends a draft for review. */
    public void submit(Instant now, String by) {
        move(ArticleStatus.IN_REVIEW, now, by);
    }

    /**
     * Publishes a reviewed article from {@code from} on (null, or a past instant: now); a future
     * instant schedules it. A published article needs a summary and a body.
     */
    public void publish(Instant from, Instant now, String by) {
        if (summary.isBlank() || body.isBlank()) {
            throw new ArticleException("article.workflow.incomplete");
        }
        move(ArticleStatus.PUBLISHED, now, by);
        this.publishAt = utc(from == null || from.isBefore(now) ? now : from);
    }

    /** Back to draft (from review, from published or scheduled, from the archive): off the site. */
    public void backToDraft(Instant now, String by) {
        move(ArticleStatus.DRAFT, now, by);
        this.publishAt = null;
    }

    /** Off the site, kept with its revisions. */
    public void archive(Instant now, String by) {
        move(ArticleStatus.ARCHIVED, now, by);
    }

    private void move(ArticleStatus target, Instant now, String by) {
        if (!status.mayMoveTo(target)) {
            throw new ArticleException("article.workflow.notAllowed", status.name(), target.name());
        }
        this.status = target;
        touched(now, by);
    }

    private void touched(Instant now, String by) {
        this.updatedAt = utc(now);
        this.updatedBy = by;
    }

    /** Whether the public sees it at {@code now}. */
    public boolean isPublicAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && publishAt != null && !publishAt.isAfter(utc(now));
    }

    /** Published, but from an instant still to come. */
    public boolean isScheduledAt(Instant now) {
        return status == ArticleStatus.PUBLISHED && publishAt != null && publishAt.isAfter(utc(now));
    }

    /** What the editor wrote, as a whole (for a revision, a new edit, a restore). */
    public ArticleContent content() {
        return new ArticleContent(kind, title, summary, body, language, categories, tags, coverImageId);
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public ArticleKind getKind() {
        return kind;
    }

    public ArticleStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public String getSlug() {
        return slug;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getLanguage() {
        return language;
    }

    public Set<String> getCategories() {
        return Set.copyOf(categories);
    }

    public Set<String> getTags() {
        return new LinkedHashSet<>(tags);
    }

    public Long getCoverImageId() {
        return coverImageId;
    }

    public Instant getPublishAt() {
        return instant(publishAt);
    }

    public boolean isDemo() {
        return demo;
    }

    public Instant getCreatedAt() {
        return instant(createdAt);
    }

    public Instant getUpdatedAt() {
        return instant(updatedAt);
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
