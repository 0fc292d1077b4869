package org.familyportal.directory.application.moderation;

import jakarta.ejb.ApplicationException;

/**
 * Someone else (a moderator or an import) changed the listing after it was read for editing;
 * nothing was saved, and what the user typed stays on the form.
 */
@ApplicationException(rollback = true)
public class ConcurrentListingChangeException extends InvalidListingException {

    private static final long serialVersionUID = 1L;

    public ConcurrentListingChangeException() {
        super("moderation.changedMeanwhile");
    }
}
