package org.familyportal.directory.domain.draft;

/** A draft was changed by someone else after it was read; nothing was written. */
public class DraftChangedMeanwhileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DraftChangedMeanwhileException(Throwable cause) {
        super(cause);
    }
}
