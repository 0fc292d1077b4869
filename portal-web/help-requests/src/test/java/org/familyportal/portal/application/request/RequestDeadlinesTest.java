package org.familyportal.portal.application.request;

import org.familyportal.portal.domain.request.EventKind;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.RequestChannel;
import org.familyportal.portal.domain.request.RequestEvent;
import org.familyportal.portal.domain.request.RequestStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clock-driven rules (escalation, reminders of requests without a centre, anonymisation) on in-memory repositories. */
class RequestDeadlinesTest {

    private static final ZoneId SAMARA = ZoneId.of("Europe/Samara");
    /** A Wednesday, 12:00 in Samara. */
    private static final Instant NOW = ZonedDateTime.of(2026, 11, 25, 12, 0, 0, 0, SAMARA).toInstant();

    private final InMemoryResourceCentres centres = new InMemoryResourceCentres()
            .municipality("36701000", SAMARA, "centre-samara")
            .municipality("36735000", SAMARA, null)
            .organisation("centre-samara", "Центр Самары");
    private final InMemoryHelpRequests requests = new InMemoryHelpRequests();
    private final Fakes.Audit audit = new Fakes.Audit();
    private final Fakes.Alerts alerts = new Fakes.Alerts();
    private final RequestDeadlines deadlines = new RequestDeadlines();
    private final RequestSettings settings = Fakes.settings();

    @BeforeEach
    void wire() {
        Routing routing = new Routing();
        routing.centres = centres;
        routing.requests = requests;
        deadlines.requests = requests;
        deadlines.routing = routing;
        deadlines.audit = audit;
        deadlines.alerts = alerts;
        deadlines.settings = settings;
        deadlines.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void aRequestNotAcknowledgedByItsDeadlineIsEscalatedOnce() {
        HelpRequest late = routed("1111-1111", NOW.minusSeconds(1));
        HelpRequest onTime = routed("2222-2222", NOW.plusSeconds(60));
        HelpRequest taken = routed("3333-3333", NOW.minusSeconds(60));
        taken.moveTo(RequestStatus.IN_PROGRESS, NOW.minusSeconds(120));

        assertEquals(1, deadlines.escalateOverdue());
        assertEquals(0, deadlines.escalateOverdue(), "escalated once");

        assertEquals(List.of("overdue 1111-1111"), alerts.sent);
        assertEquals(List.of(EventKind.ESCALATED), requests.timeline(late.getId()));
        assertEquals("system", requests.events(late.getId()).get(0).getActor());
        assertTrue(requests.timeline(onTime.getId()).isEmpty());
        assertTrue(requests.timeline(taken.getId()).isEmpty());
    }

    @Test
    void aRequestWithoutACentreIsNeverEscalatedButTheAdministratorsAreRemindedEachDeadlinePeriod() {
        HelpRequest waiting = unrouted("1111-1111", NOW.minus(Duration.ofDays(2)), false);

        assertEquals(0, deadlines.escalateOverdue());
        assertEquals(1, deadlines.remindUnrouted());
        assertEquals(0, deadlines.remindUnrouted(), "told; not again before a working day has passed");
        assertEquals(List.of("unrouted 1111-1111"), alerts.sent);
        assertEquals(List.of(EventKind.UNROUTED), requests.timeline(waiting.getId()));

        deadlines.clock = Clock.fixed(NOW.plus(Duration.ofDays(1)).plusSeconds(1), ZoneOffset.UTC);
        assertEquals(1, deadlines.remindUnrouted(), "a working day later they are told again");
    }

    @Test
    void anUrgentRequestWithoutACentreIsRemindedOfWithinTheHour() {
        unrouted("1111-1111", NOW.minusSeconds(30 * 60), true);
        assertEquals(0, deadlines.remindUnrouted(), "not yet an hour");
        deadlines.clock = Clock.fixed(NOW.plusSeconds(31 * 60), ZoneOffset.UTC);
        assertEquals(1, deadlines.remindUnrouted());
    }

    @Test
    void aRequestClosedLongerThanTheRetentionLosesItsPersonalDataAndKeepsItsStatistics() {
        HelpRequest old = routed("1111-1111", NOW);
        old.setContact(org.familyportal.portal.domain.request.ContactChannel.PHONE, "Анна", "+79001234567", null, null, null);
        old.moveTo(RequestStatus.CLOSED, NOW.minus(settings.retention()).minusSeconds(1));
        HelpRequest recent = routed("2222-2222", NOW);
        recent.setContact(org.familyportal.portal.domain.request.ContactChannel.PHONE, "Борис", "+79007654321", null, null, null);
        recent.moveTo(RequestStatus.CLOSED, NOW.minus(settings.retention()).plusSeconds(60));
        requests.addEvent(new RequestEvent(old.getId(), EventKind.NOTE, "specialist@example.org", NOW.minus(Duration.ofDays(2000)), "звонила"));

        assertEquals(1, deadlines.anonymiseExpired());

        assertTrue(old.isAnonymised());
        assertNull(old.getName());
        assertEquals("36701000", old.getMunicipalityCode(), "statistics stay");
        assertNull(requests.events(old.getId()).get(0).getText(), "the timeline's words are erased too");
        assertEquals(EventKind.ANONYMISED, requests.timeline(old.getId()).get(1));
        assertFalse(recent.isAnonymised());
        assertEquals("Борис", recent.getName());
        assertEquals(0, deadlines.anonymiseExpired(), "once");
    }

    @Test
    void onlyPeoplesWorkKeepsAnOpenRequestAlive() {
        Instant longAgo = NOW.minus(settings.retention()).minusSeconds(3600);
        HelpRequest forgotten = unrouted("1111-1111", longAgo, false);
        requests.addEvent(new RequestEvent(forgotten.getId(), EventKind.UNROUTED, "system", NOW.minusSeconds(60), null));
        HelpRequest worked = unrouted("2222-2222", longAgo, false);
        requests.addEvent(new RequestEvent(worked.getId(), EventKind.NOTE, "specialist@example.org", NOW.minusSeconds(60), "перезвонить"));

        assertEquals(1, deadlines.anonymiseExpired());
        assertTrue(forgotten.isAnonymised(), "the portal's own reminders do not count as work");
        assertFalse(worked.isAnonymised());
    }

    private HelpRequest routed(String number, Instant acknowledgeBy) {
        HelpRequest request = new HelpRequest(RequestChannel.ONLINE, number, NOW.minus(Duration.ofDays(3)));
        request.setMunicipalityCode("36701000");
        request.route("centre-samara", acknowledgeBy);
        requests.add(request);
        return request;
    }

    private HelpRequest unrouted(String number, Instant createdAt, boolean urgent) {
        HelpRequest request = new HelpRequest(RequestChannel.ONLINE, number, createdAt);
        request.setMunicipalityCode("36735000");
        request.markUrgent(urgent);
        requests.add(request);
        return request;
    }
}
