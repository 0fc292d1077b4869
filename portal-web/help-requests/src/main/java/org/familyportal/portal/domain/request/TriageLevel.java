package org.familyportal.portal.domain.request;

/** How serious the family's situation is, from the prevention system's scale. */
public enum TriageLevel {
    INFORMATION,
    EARLY_CRISIS,
    DIFFICULT_SITUATION,
    SOCIALLY_DANGEROUS,
    /** A threat to a child's life or health: the request is urgent and the centre is alerted at once. */
    IMMEDIATE_THREAT;

    public boolean isUrgent() {
        return this == IMMEDIATE_THREAT;
    }
}
