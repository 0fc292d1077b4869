package org.familyportal.directory.domain.search;

/**
 * What a service's schedule says about a moment: open (and whether round the clock), closed, or
 * not known (no hours given, or hours in an unknown time zone). Unknown is never shown as closed.
 */
public enum Opening {
    /** Open at every hour of every day ("open 24/7"). */
    ROUND_THE_CLOCK,
    OPEN,
    CLOSED,
    /** The schedule does not tell ("hours not given"). */
    NOT_GIVEN;

    /** Open now (24/7 or by its hours). */
    public boolean open() {
        return this == ROUND_THE_CLOCK || this == OPEN;
    }
}
