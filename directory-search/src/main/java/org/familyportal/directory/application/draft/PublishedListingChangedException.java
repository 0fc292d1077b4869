package org.familyportal.directory.application.draft;

import jakarta.ejb.ApplicationException;

/**
 * The published listing changed after the draft was started (an import, an administrator), so
 * approving the draft as it is would silently undo that change. Nothing is published; the draft is
 * now reviewed against the listing published today ({@link #editing()}, with its new version), so
 * the moderator sees what it would replace and may approve again.
 */
@ApplicationException(rollback = false)
public class PublishedListingChangedException extends InvalidDraftException {

    private static final long serialVersionUID = 1L;

    private final ListingEditing.Editing editing;

    public PublishedListingChangedException(ListingEditing.Editing editing) {
        super("draft.publishedChangedMeanwhile");
        this.editing = editing;
    }

    /** The draft as it stands now (reviewed against the listing published today). */
    public ListingEditing.Editing editing() {
        return editing;
    }
}
