package org.familyportal.content.domain.article;

/** What an article is to a reader. */
public enum ArticleKind {
    /** Something that happened or changes: goes to the news feed. */
    NEWS,
    /** How to do something (apply for a payment, talk to a teenager): may point to services near the reader. */
    GUIDE,
    /** A family tells how they came through. */
    STORY
}
