package org.familyportal.directory.application.moderation;

import jakarta.ejb.ApplicationException;
import org.familyportal.shared.BusinessException;

/** A listing edit that breaks a rule of the directory; {@code messageKey} explains it to the user. */
@ApplicationException(rollback = true)
public class InvalidListingException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public InvalidListingException(String messageKey) {
        super(messageKey);
    }
}
