package org.familyportal.directory.application.draft;

import jakarta.ejb.ApplicationException;

/** Someone changed or decided the draft after it was opened; nothing was saved, what was typed stays. */
@ApplicationException(rollback = true)
public class ConcurrentDraftChangeException extends InvalidDraftException {

    private static final long serialVersionUID = 1L;

    public ConcurrentDraftChangeException() {
        super("draft.changedMeanwhile");
    }
}
