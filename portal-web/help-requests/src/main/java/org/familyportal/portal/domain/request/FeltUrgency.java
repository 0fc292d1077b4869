package org.familyportal.portal.domain.request;

/** How urgent the situation feels to the family asking online. */
public enum FeltUrgency {
    CAN_WAIT,
    THIS_WEEK,
    /** Needs help today; treated as urgent until a specialist has looked at it. */
    TODAY;

    public boolean isUrgent() {
        return this == TODAY;
    }
}
