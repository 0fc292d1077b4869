/**
 * The articles' use cases: editors write, review, publish (or schedule), archive and restore
 * articles and upload their images ({@link org.familyportal.content.application.article.ArticleEditing},
 * {@link org.familyportal.content.application.article.ArticleImages}); the public reads what is
 * published ({@link org.familyportal.content.application.article.ArticleReading}). Who may edit is
 * asked of {@code application.port.ContentCaller}.
 */
package org.familyportal.content.application.article;
