package org.familyportal.content.domain.article;

/**
 * Which articles a list shows: of a kind, a category, a tag (null: any), for the public (only what
 * is public at the time) or for editors (of a status, null: any).
 */
public record ArticleFilter(ArticleKind kind, String category, String tag, ArticleStatus status) {

    public static ArticleFilter any() {
        return new ArticleFilter(null, null, null, null);
    }
}
