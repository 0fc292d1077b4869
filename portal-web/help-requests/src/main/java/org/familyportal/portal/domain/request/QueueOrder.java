package org.familyportal.portal.domain.request;

import java.util.Comparator;
import java.util.Locale;

/**
 * How a centre's queue is sorted: by one of its columns, up or down. {@link #STANDARD} is the
 * queue's own order (urgent first, then those not yet acknowledged, then oldest first); a sort by a
 * column keeps that order among the requests the column does not tell apart.
 *
 * Each column has its natural direction (oldest received, soonest due, most urgent, earliest in the
 * workflow, topics A to Z first); {@code descending} turns it round.
 *
 * @param column     the column sorted by
 * @param descending the column's natural direction turned round
 */
public record QueueOrder(Column column, boolean descending) {

    /** The columns a queue can be sorted by. */
    public enum Column {
        /** The queue's own order: urgent, then unacknowledged, then oldest. */
        STANDARD,
        /** When the request was received. */
        RECEIVED,
        /** When it is due to be acknowledged. */
        DEADLINE,
        /** Urgent ones, then by the triage's level (untriaged last). */
        URGENCY,
        /** Along the workflow: new, in progress, referred, resolved, closed. */
        STATUS,
        /** By its first topic's code. */
        TOPIC
    }

    public static final QueueOrder STANDARD = new QueueOrder(Column.STANDARD, false);

    public QueueOrder {
        column = column == null ? Column.STANDARD : column;
    }

    /** The order a page asks for by name ("deadline", "-received"); anything unknown is the standard order. */
    public static QueueOrder parse(String sort) {
        if (sort == null || sort.isBlank() || sort.length() > 20) {
            return STANDARD;
        }
        boolean descending = sort.startsWith("-");
        String name = descending ? sort.substring(1) : sort;
        for (Column column : Column.values()) {
            if (column.name().equalsIgnoreCase(name)) {
                return new QueueOrder(column, descending);
            }
        }
        return STANDARD;
    }

    /** The rank of a triage level by urgency: the most urgent first, an untriaged request last. */
    public static int urgencyRank(TriageLevel level) {
        return level == null ? TriageLevel.values().length : TriageLevel.values().length - 1 - level.ordinal();
    }

    /** The same order as the repository's query, for requests in memory. */
    public Comparator<HelpRequest> comparator() {
        Comparator<HelpRequest> standard = Comparator.comparing(HelpRequest::isUrgent).reversed()
                .thenComparing(r -> r.getAcknowledgedAt() == null ? 0 : 1)
                .thenComparing(HelpRequest::getCreatedAt);
        Comparator<HelpRequest> byColumn = switch (column) {
            case STANDARD -> standard;
            case RECEIVED -> Comparator.comparing(HelpRequest::getCreatedAt);
            case DEADLINE -> Comparator.comparing(HelpRequest::getAcknowledgeBy,
                    Comparator.nullsLast(Comparator.naturalOrder()));
            case URGENCY -> Comparator.comparing((HelpRequest r) -> r.isUrgent() ? 0 : 1)
                    .thenComparing(r -> urgencyRank(r.getTriageLevel()));
            case STATUS -> Comparator.comparing(HelpRequest::getStatus);
            case TOPIC -> Comparator.comparing((HelpRequest r) -> String.join(",", r.getTopics()));
        };
        return (descending ? byColumn.reversed() : byColumn).thenComparing(standard);
    }

    /** The name {@link #parse} reads back. */
    public String asParameter() {
        return (descending ? "-" : "") + column.name().toLowerCase(Locale.ROOT);
    }

    /** The order a click on {@code column}'s header asks for: that column, the other way round if it is the current one. */
    public QueueOrder toggled(Column target) {
        return new QueueOrder(target, target == column && !descending);
    }
}
