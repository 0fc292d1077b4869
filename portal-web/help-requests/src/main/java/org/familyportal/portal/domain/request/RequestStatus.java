package org.familyportal.portal.domain.request;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a request is in the centre's work. A resolved or closed request can be reopened.
 */
public enum RequestStatus {
    NEW, IN_PROGRESS, REFERRED, RESOLVED, CLOSED;

    /** The statuses a request may move to from this one. */
    public Set<RequestStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_PROGRESS, CLOSED);
            case IN_PROGRESS -> EnumSet.of(REFERRED, RESOLVED);
            case REFERRED -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case RESOLVED -> EnumSet.of(CLOSED, IN_PROGRESS);
            case CLOSED -> EnumSet.of(IN_PROGRESS);
        };
    }

    public boolean canMoveTo(RequestStatus target) {
        return next().contains(target);
    }

    /** Still needs the centre's work. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
