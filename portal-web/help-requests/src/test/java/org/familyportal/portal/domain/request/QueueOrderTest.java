package org.familyportal.portal.domain.request;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How the queue sorts by its columns, and what a page's sort parameter means. */
class QueueOrderTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static HelpRequest request(String number, int minutes, int dueInMinutes, TriageLevel level, String topic) {
        HelpRequest request = new HelpRequest(RequestChannel.ONLINE, number, T0.plusSeconds(minutes * 60L));
        request.route("centre", T0.plusSeconds(dueInMinutes * 60L));
        if (level != null) {
            request.triage(level);
        }
        request.setTopics(List.of(topic));
        return request;
    }

    private final HelpRequest first = request("0001-0001", 0, 300, TriageLevel.INFORMATION, "legal-help");
    private final HelpRequest second = request("0001-0002", 10, 60, TriageLevel.IMMEDIATE_THREAT, "psychological-help");
    private final HelpRequest third = request("0001-0003", 20, 120, null, "benefits");

    private List<String> sorted(String sort) {
        return Stream.of(third, first, second).sorted(QueueOrder.parse(sort).comparator()).map(HelpRequest::getNumber).toList();
    }

    @Test
    void eachColumnSortsInItsNaturalDirectionAndTheOtherWayRound() {
        second.moveTo(RequestStatus.IN_PROGRESS, T0.plusSeconds(900));
        assertEquals(List.of("0001-0001", "0001-0002", "0001-0003"), sorted("received"));
        assertEquals(List.of("0001-0003", "0001-0002", "0001-0001"), sorted("-received"));
        assertEquals(List.of("0001-0002", "0001-0003", "0001-0001"), sorted("deadline"), "soonest due first");
        assertEquals(List.of("0001-0002", "0001-0001", "0001-0003"), sorted("urgency"), "untriaged last");
        assertEquals(List.of("0001-0001", "0001-0003", "0001-0002"), sorted("status"), "new ones before those in progress");
        assertEquals(List.of("0001-0003", "0001-0001", "0001-0002"), sorted("topic"));
    }

    @Test
    void anUnknownSortIsTheQueuesOwnOrder() {
        second.markUrgent(true);
        assertEquals(QueueOrder.STANDARD, QueueOrder.parse("drop table"));
        assertEquals(QueueOrder.STANDARD, QueueOrder.parse(null));
        assertEquals(List.of("0001-0002", "0001-0001", "0001-0003"), sorted("nonsense"), "urgent first, then oldest");
    }

    @Test
    void clickingTheCurrentColumnTurnsItRound() {
        QueueOrder byDeadline = QueueOrder.parse("deadline");
        assertEquals("-deadline", byDeadline.toggled(QueueOrder.Column.DEADLINE).asParameter());
        assertEquals("status", byDeadline.toggled(QueueOrder.Column.STATUS).asParameter());
        assertEquals("deadline", QueueOrder.parse("-deadline").toggled(QueueOrder.Column.DEADLINE).asParameter());
    }
}
