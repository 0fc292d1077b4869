/**
 * Editorial content for parents: articles, the catalogue of support measures with the
 * "what am I entitled to" screener, and events such as the parents' school and webinars.
 * <p>
 * Not written yet (the content issue fills it): the module holds only this package so far. Its code
 * will follow the other modules' layering, {@code domain}, {@code application}, {@code infrastructure}.
 */
package org.familyportal.content;
