/**
 * The articles' pages: the public list and article pages (plain Faces, no script), the editors'
 * list and editor under {@code /editorial/}, the images, the news feed and the sitemap. The content
 * module's use cases decide; these beans read parameters, show and send.
 */
package org.familyportal.portal.interfaces.web.content.article;
