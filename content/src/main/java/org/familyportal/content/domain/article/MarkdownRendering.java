package org.familyportal.content.domain.article;

/**
 * Markdown as safe HTML: rendered (CommonMark with tables and autolinks) and always passed through
 * an allow-list sanitizer, for the public page and the editor's preview alike.
 */
public interface MarkdownRendering {

    String html(String markdown);
}
