package org.familyportal.content.domain.measure;

/** Why a measure is due to be checked again against its sources. */
public enum StaleReason {
    /** No editor has checked it yet. */
    NEVER_VERIFIED,
    /** The last check is older than the allowed number of months. */
    VERIFIED_LONG_AGO,
    /** An amount's effective period has ended, and no amount follows it. */
    AMOUNT_ENDED,
    /** An amount that is indexed every February dates from before the latest indexation. */
    INDEXATION_PASSED
}
