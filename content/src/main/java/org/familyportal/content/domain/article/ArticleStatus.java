package org.familyportal.content.domain.article;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an article is in its workflow. An article is written as a draft, sent for review, then
 * published (at once or from a future instant); it may go back to draft from any state, and a
 * published article may be archived (off the site, kept with its revisions).
 */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

    /** The states this one may move to. */
    public Set<ArticleStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW);
            case IN_REVIEW -> EnumSet.of(PUBLISHED, DRAFT);
            case PUBLISHED -> EnumSet.of(DRAFT, ARCHIVED);
            case ARCHIVED -> EnumSet.of(DRAFT);
        };
    }

    public boolean mayMoveTo(ArticleStatus target) {
        return next().contains(target);
    }
}
