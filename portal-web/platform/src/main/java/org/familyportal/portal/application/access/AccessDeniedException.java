package org.familyportal.portal.application.access;

import jakarta.ejb.ApplicationException;

/**
 * The caller may not do this: not signed in, without the role, or acting in someone else's name.
 * Answered "not found", exactly like a restricted page, so that nothing is revealed.
 */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String reason) {
        super(reason);
    }
}
