package org.familyportal.portal.infrastructure.protection;

/** A sealed value that cannot be opened: changed, moved to another column, or sealed with an unknown key. */
public class UnreadableValueException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public UnreadableValueException(String message) {
        super(message);
    }
}
