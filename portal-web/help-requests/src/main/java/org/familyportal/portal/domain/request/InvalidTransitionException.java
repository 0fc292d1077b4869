package org.familyportal.portal.domain.request;

/** A status change the request's (or referral's) current status does not allow. */
public class InvalidTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidTransitionException(Enum<?> from, Enum<?> to) {
        super("Cannot move from " + from + " to " + to);
    }
}
