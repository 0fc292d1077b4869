/**
 * Editorial content for parents: articles, the catalogue of support measures with the
 * "what am I entitled to" screener, and events such as the parents' school and webinars.
 * <p>
 * Layered like the other modules: {@code domain} (entities, rules, repository interfaces),
 * {@code application} (use cases; what they need from the host through {@code application.port}),
 * {@code infrastructure} (JPA repositories, Markdown and sanitizing, images). The pages and the REST
 * API live in the portal's WAR, which composes the content with the directory.
 */
package org.familyportal.content;
