package org.familyportal.portal.domain.provider;

/**
 * Where a claim stands. A moderator decides once: {@link #PENDING} becomes {@link #APPROVED} or
 * {@link #REJECTED}, and a decided claim stays decided (a person rejected may claim again).
 */
public enum ClaimStatus {
    PENDING,
    APPROVED,
    REJECTED;

    /** Whether a claim in this status may move to {@code next}. */
    public boolean canBecome(ClaimStatus next) {
        return this == PENDING && next != PENDING;
    }
}
