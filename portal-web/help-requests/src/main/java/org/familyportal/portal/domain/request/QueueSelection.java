package org.familyportal.portal.domain.request;

import java.time.Instant;
import java.util.List;

/**
 * Which requests a centre's queue shows: every condition that is given narrows it, in the order the
 * queue shows them (urgent first, then those not yet acknowledged, then oldest first).
 *
 * @param centres    the centres whose requests are shown; null: every centre (an administrator)
 * @param statuses   the statuses shown; null: any
 * @param urgentOnly only urgent requests
 * @param assigneeId only requests assigned to this account; null: anybody's
 * @param overdueAt  only requests not acknowledged by their deadline, as of this moment; null: any
 */
public record QueueSelection(List<String> centres, List<RequestStatus> statuses, boolean urgentOnly, Long assigneeId,
                             Instant overdueAt) {

    public QueueSelection {
        centres = centres == null ? null : List.copyOf(centres);
        statuses = statuses == null ? null : List.copyOf(statuses);
    }

    /** Whether {@code request} is in the queue (the same test as the repository's query). */
    public boolean shows(HelpRequest request) {
        return (centres == null || centres.contains(request.getCentreId()))
                && (statuses == null || statuses.contains(request.getStatus()))
                && (!urgentOnly || request.isUrgent())
                && (assigneeId == null || assigneeId.equals(request.getAssigneeId()))
                && (overdueAt == null || (request.getAcknowledgedAt() == null && request.getAcknowledgeBy() != null
                        && request.getAcknowledgeBy().isBefore(overdueAt)));
    }
}
