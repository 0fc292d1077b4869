package org.familyportal.content.domain.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * What an article said after one save: its text as a whole, who saved it and when. Revisions are
 * numbered from 1 per article and never change; restoring one saves its text again as a new one.
 */
@Entity
@Table(name = "article_revision")
public class ArticleRevision implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "number", nullable = false)
    private int number;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "body", nullable = false)
    private String body;

    @Column(name = "saved_by", nullable = false)
    private String savedBy;

    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    /** Why it was saved when not a plain edit (e.g. "restored from 3"), as a message key and argument. */
    @Column(name = "note")
    private String note;

    protected ArticleRevision() {
    }

    /** Revision {@code number} of {@code article} as it is now. */
    public static ArticleRevision of(Article article, int number, Instant now, String by, String note) {
        ArticleRevision revision = new ArticleRevision();
        revision.articleId = article.getId();
        revision.number = number;
        revision.title = article.getTitle();
        revision.summary = article.getSummary();
        revision.body = article.getBody();
        revision.savedBy = by;
        revision.savedAt = Article.utc(now);
        revision.note = note;
        return revision;
    }

    /** The revision's text as one document (title, summary, body), the way a diff compares it. */
    public String document() {
        return "# " + title + "\n\n" + summary + "\n\n" + body;
    }

    public Long getId() {
        return id;
    }

    public Long getArticleId() {
        return articleId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return Article.instant(savedAt);
    }

    public String getNote() {
        return note;
    }
}
