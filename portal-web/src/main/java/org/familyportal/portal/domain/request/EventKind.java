package org.familyportal.portal.domain.request;

/** What happened to a request, as its timeline shows. */
public enum EventKind {
    CREATED, TRIAGED, ASSIGNED, STATUS_CHANGED, NOTE, REPLY, TASK_ADDED, TASK_DONE,
    REFERRAL_SENT, REFERRAL_CHANGED, ESCALATED, ANONYMISED
}
