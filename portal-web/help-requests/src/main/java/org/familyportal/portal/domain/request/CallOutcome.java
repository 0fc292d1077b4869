package org.familyportal.portal.domain.request;

/** How a hotline call ended. */
public enum CallOutcome {
    HELP_GIVEN, REFERRAL, FOLLOW_UP, SILENT, PRANK;

    /** Silent and prank calls need no work from a centre: they are closed when logged. */
    public boolean closesAtIntake() {
        return this == SILENT || this == PRANK;
    }
}
