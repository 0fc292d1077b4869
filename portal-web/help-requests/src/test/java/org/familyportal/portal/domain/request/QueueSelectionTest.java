package org.familyportal.portal.domain.request;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which requests a centre's queue shows: each condition that is given narrows it, none that is not. */
class QueueSelectionTest {

    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    private static HelpRequest routed(String centre, Instant acknowledgeBy) {
        HelpRequest request = new HelpRequest(RequestChannel.ONLINE, "1234-5678", T0);
        request.route(centre, acknowledgeBy);
        return request;
    }

    @Test
    void nothingGivenShowsEveryRequest() {
        QueueSelection all = new QueueSelection(null, null, false, null, null);
        assertTrue(all.shows(routed("centre-a", T0.plusSeconds(3600))));
        assertTrue(all.shows(new HelpRequest(RequestChannel.HOTLINE, "1234-5679", T0)), "even one without a centre");
    }

    @Test
    void aSpecialistSeesOnlyTheirCentresAndNoCentreAtAllWhenTheyHaveNone() {
        HelpRequest ofA = routed("centre-a", T0.plusSeconds(3600));
        assertTrue(new QueueSelection(List.of("centre-a"), null, false, null, null).shows(ofA));
        assertFalse(new QueueSelection(List.of("centre-b"), null, false, null, null).shows(ofA));
        assertFalse(new QueueSelection(List.of(), null, false, null, null).shows(ofA));
    }

    @Test
    void statusUrgencyAssigneeAndOverdueNarrowIt() {
        HelpRequest request = routed("centre-a", T0.plusSeconds(3600));
        assertTrue(new QueueSelection(null, HelpRequestRepository.OPEN, false, null, null).shows(request));
        assertFalse(new QueueSelection(null, List.of(RequestStatus.CLOSED), false, null, null).shows(request));
        assertFalse(new QueueSelection(null, null, true, null, null).shows(request), "not urgent");
        request.markUrgent(true);
        assertTrue(new QueueSelection(null, null, true, null, null).shows(request));
        assertFalse(new QueueSelection(null, null, false, 7L, null).shows(request), "nobody's yet");
        request.assignTo(7L, T0.plusSeconds(60));
        assertTrue(new QueueSelection(null, null, false, 7L, null).shows(request));
        assertFalse(new QueueSelection(null, null, false, null, T0.plus(Duration.ofHours(2))).shows(request),
                "taken on, so acknowledged: never overdue");
    }

    @Test
    void overdueIsADeadlinePassedWithoutAcknowledgement() {
        HelpRequest request = routed("centre-a", T0.plusSeconds(3600));
        assertFalse(new QueueSelection(null, null, false, null, T0.plusSeconds(1800)).shows(request), "still in time");
        assertTrue(new QueueSelection(null, null, false, null, T0.plusSeconds(7200)).shows(request), "deadline passed");
    }
}
