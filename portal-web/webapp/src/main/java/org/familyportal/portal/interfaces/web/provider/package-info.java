/**
 * The organisations' door in the browser: sign-up and the e-mail confirmation (public, under
 * {@code /for-organisations/}), a member's organisations, claims, proposals and fellow members
 * ({@code /organisation/}), and the moderators' queue of claims ({@code /moderation/memberships.xhtml}).
 * Thin beans over the use cases of {@code application.provider}, which check role and scope themselves.
 */
package org.familyportal.portal.interfaces.web.provider;
