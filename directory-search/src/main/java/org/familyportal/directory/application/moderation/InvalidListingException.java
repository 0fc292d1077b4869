package org.familyportal.directory.application.moderation;

import jakarta.ejb.ApplicationException;

/** A listing edit that breaks a rule of the directory; {@code messageKey} explains it to the user. */
@ApplicationException(rollback = true)
public class InvalidListingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public InvalidListingException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
