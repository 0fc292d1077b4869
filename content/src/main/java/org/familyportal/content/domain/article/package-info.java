/**
 * Articles for parents: news, guides and family stories written in Markdown, their workflow
 * (draft, in review, published, possibly scheduled, archived), their revisions and the images they
 * show. The repository ({@link org.familyportal.content.domain.article.Articles}), the Markdown
 * rendering and the image processing are interfaces implemented in {@code infrastructure.article}.
 */
package org.familyportal.content.domain.article;
