/**
 * Editorial content for parents: articles, the catalogue of support measures with the
 * "what am I entitled to" screener, and events such as the parents' school and webinars.
 * <p>
 * Layered like the other modules: {@code domain}, {@code application}, {@code infrastructure}.
 */
package org.familyportal.content;
