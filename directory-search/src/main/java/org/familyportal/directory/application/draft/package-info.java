/**
 * Use cases of listing drafts: an organisation's member (only for the organisations they belong
 * to) or a moderator opens the listing, edits it as a draft and sends it; moderators see the queue,
 * the field-by-field difference with the published listing, edit, approve (the draft is written to
 * the HSDS tables in the same transaction and the search is told) or reject with a reason the
 * author reads. Scope and roles are checked here, not only at the pages.
 */
package org.familyportal.directory.application.draft;
