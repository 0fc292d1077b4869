/**
 * Drafts of listings: what an organisation's member or a moderator prepares before the public sees
 * it. A {@link org.familyportal.directory.domain.draft.ListingSnapshot} is the whole listing of one
 * organisation as a value (the organisation, its services with their phones, hours, areas and
 * terms, its locations); a {@link org.familyportal.directory.domain.draft.ListingDraft} holds one
 * snapshot with its author, state and version; {@link
 * org.familyportal.directory.domain.draft.ListingDiff} tells field by field what a draft changes
 * against the published listing; {@link org.familyportal.directory.domain.draft.SnapshotCheck}
 * says what is wrong with a snapshot. The repositories ({@code ListingDrafts}, {@code
 * PublishedListings}) are implemented in {@code infrastructure}.
 */
package org.familyportal.directory.domain.draft;
