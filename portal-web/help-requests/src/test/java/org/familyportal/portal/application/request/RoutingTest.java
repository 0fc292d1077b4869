package org.familyportal.portal.application.request;

import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.access.AccessDeniedException;
import org.familyportal.portal.domain.centre.MunicipalityCode;
import org.familyportal.portal.domain.request.EventKind;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.RequestChannel;
import org.familyportal.portal.domain.request.RequestEvent;
import org.familyportal.portal.domain.request.RequestStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a help request goes, without a container: the use case on in-memory repositories. */
class RoutingTest {

    private static final ZoneId IRKUTSK = ZoneId.of("Asia/Irkutsk");
    /** A Tuesday, 10:00 in Irkutsk. */
    private static final Instant NOW = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, IRKUTSK).toInstant();

    private final InMemoryResourceCentres centres = new InMemoryResourceCentres()
            .municipality("25701000", IRKUTSK, "centre-irkutsk")
            .municipality("25714000", IRKUTSK, null)
            .organisation("centre-irkutsk", "Центр Иркутска")
            .organisation("centre-angarsk", "Центр Ангарска");
    private final InMemoryHelpRequests requests = new InMemoryHelpRequests();
    private final Fakes.Audit audit = new Fakes.Audit();
    private final Fakes.Alerts alerts = new Fakes.Alerts();
    private final Routing routing = new Routing();

    @BeforeEach
    void wire() {
        routing.centres = centres;
        routing.requests = requests;
        routing.audit = audit;
        routing.alerts = alerts;
        routing.settings = Fakes.settings();
        routing.caller = Fakes.administrator("admin@example.org");
        routing.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void aRequestGoesToTheCentreOfItsMunicipalityOnItsRegionsClock() {
        Routing.Destination destination = routing.destination("25701000");
        assertEquals("centre-irkutsk", destination.centreId());
        assertEquals(IRKUTSK, destination.zone());
    }

    @Test
    void aMunicipalityWithoutACentreStillHasItsRegionsClock() {
        Routing.Destination destination = routing.destination("25714000");
        assertNull(destination.centreId());
        assertEquals(IRKUTSK, destination.zone());
    }

    @Test
    void anUnknownOrBlankMunicipalityIsRefusedWithItsMessage() {
        for (String code : new String[] {"99999999", " ", null}) {
            InvalidRequestException refused = assertThrows(InvalidRequestException.class, () -> routing.destination(code));
            assertEquals("request.municipality.unknown", refused.messageKey());
        }
    }

    @Test
    void settingACentreRoutesTheOpenRequestsThatWaitedForOneWithADeadlineFromNow() {
        HelpRequest ordinary = waiting("1111-1111", "25714000", false);
        HelpRequest urgent = waiting("2222-2222", "25714000", true);
        HelpRequest closed = waiting("3333-3333", "25714000", false);
        closed.moveTo(RequestStatus.CLOSED, NOW.minusSeconds(60));
        HelpRequest elsewhere = waiting("4444-4444", "25701000", false);

        routing.assignCentre("25714000", "centre-angarsk", "admin@example.org");

        assertEquals("centre-angarsk", centres.municipality(new MunicipalityCode("25714000")).orElseThrow().centreId());
        assertEquals("centre-angarsk", ordinary.getCentreId());
        assertEquals(ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, IRKUTSK).toInstant(), ordinary.getAcknowledgeBy(),
                "the next working day in the region's zone, counted from the routing");
        assertEquals(NOW.plusSeconds(3600), urgent.getAcknowledgeBy(), "urgent: within the hour from the routing");
        assertNull(closed.getCentreId(), "a closed request is not routed late");
        assertNull(elsewhere.getCentreId(), "another municipality's requests stay where they are");

        List<RequestEvent> timeline = requests.events(ordinary.getId());
        assertEquals(List.of(EventKind.ROUTED), timeline.stream().map(RequestEvent::getKind).toList());
        assertEquals("Центр Ангарска", timeline.get(0).getText());
        assertEquals("admin@example.org", timeline.get(0).getActor());
        assertEquals(List.of("routed 1111-1111 to centre-angarsk", "routed 2222-2222 to centre-angarsk"), alerts.sent);
        assertTrue(audit.entries.contains("admin@example.org CHANGE null centre of 25714000 set to centre-angarsk"));
    }

    @Test
    void clearingACentreRoutesNothing() {
        HelpRequest routed = waiting("1111-1111", "25701000", false);
        routed.route("centre-irkutsk", NOW);

        routing.assignCentre("25701000", " ", "admin@example.org");

        assertNull(centres.municipality(new MunicipalityCode("25701000")).orElseThrow().centreId());
        assertEquals("centre-irkutsk", routed.getCentreId(), "a request already routed stays with its centre");
        assertTrue(alerts.sent.isEmpty());
    }

    @Test
    void onlyAnAdministratorInTheirOwnNameSetsACentre() {
        assertThrows(AccessDeniedException.class, () -> routing.assignCentre("25714000", "centre-angarsk", "someone@example.org"));
        assertNull(centres.municipality(new MunicipalityCode("25714000")).orElseThrow().centreId());
    }

    @Test
    void aCentreForAnUnknownMunicipalityIsRefused() {
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> routing.assignCentre("99999999", "centre-angarsk", "admin@example.org"));
        assertEquals("request.municipality.unknown", refused.messageKey());
    }

    @Test
    void theAdministratorsListShowsEachMunicipalityWithItsCentresName() {
        List<Routing.MunicipalityCentre> list = routing.municipalities();
        assertEquals(2, list.size());
        assertEquals("Центр Иркутска", list.get(0).centreName());
        assertNull(list.get(1).centreName());
    }

    private HelpRequest waiting(String number, String municipality, boolean urgent) {
        HelpRequest request = new HelpRequest(RequestChannel.ONLINE, number, NOW.minusSeconds(3600));
        request.setMunicipalityCode(municipality);
        request.markUrgent(urgent);
        requests.add(request);
        return request;
    }
}
