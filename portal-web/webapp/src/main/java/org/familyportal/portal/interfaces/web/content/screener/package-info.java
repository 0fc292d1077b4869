/**
 * The screener's pages: the public wizard ({@code screener.xhtml}, plain HTML, one POST per step,
 * the answers kept only in the view) and the editors' screens under {@code /editorial/screener*.xhtml}.
 */
package org.familyportal.portal.interfaces.web.content.screener;
