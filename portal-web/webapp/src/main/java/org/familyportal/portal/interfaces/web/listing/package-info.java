/**
 * Backing beans of the listing editor and its moderation: the editor an organisation's member
 * ({@code organisation/listing.xhtml}) and a moderator ({@code moderation/listing.xhtml},
 * {@code moderation/draft.xhtml}) use alike, with its preview, and the moderators' queue of drafts
 * ({@code moderation/drafts.xhtml}). They call {@code ListingEditing}, which checks roles and
 * scopes, and show its answers.
 */
package org.familyportal.portal.interfaces.web.listing;
