package org.familyportal.portal.domain.request;

/** What happened to a request, as its timeline shows. */
public enum EventKind {
    CREATED, TRIAGED, ASSIGNED, STATUS_CHANGED, NOTE, REPLY, TASK_ADDED, TASK_DONE,
    REFERRAL_SENT, REFERRAL_CHANGED, ESCALATED, ANONYMISED,
    /** No centre answers for the municipality: the administrators were told (again each deadline period). */
    UNROUTED,
    /** Handed to a centre after it waited for one: a new deadline and the alert of a routing. */
    ROUTED
}
