package org.familyportal.directory.domain.listing;

/**
 * A listing was saved or imported by someone else after it was read for editing (its {@code
 * version} moved): nothing of the edit was written.
 */
public class ListingChangedMeanwhileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ListingChangedMeanwhileException(Throwable cause) {
        super("the listing was changed meanwhile", cause);
    }
}
