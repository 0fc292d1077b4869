/**
 * The portal's side of the content module's ports ({@code org.familyportal.content.application.port}):
 * articles, support measures and the screener live in {@code content} and reach the portal's security
 * only through these adapters.
 */
package org.familyportal.portal.application.content;
