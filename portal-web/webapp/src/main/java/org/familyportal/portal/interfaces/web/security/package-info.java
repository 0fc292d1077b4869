/**
 * Which staff areas each role may open ({@code AccessPolicy}) and the filter that enforces it,
 * answering 404 (never 403) to whoever may not see a page.
 */
package org.familyportal.portal.interfaces.web.security;
