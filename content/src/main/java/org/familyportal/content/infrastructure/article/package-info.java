/**
 * The articles' infrastructure: JPA over the portal's persistence unit, Markdown rendered with
 * commonmark-java and cleaned by jsoup's allow-list, images checked and resized with javax.imageio.
 */
package org.familyportal.content.infrastructure.article;
