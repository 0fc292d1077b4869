package org.familyportal.portal.domain.request;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HelpRequestRulesTest {

    private static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");
    private final AcknowledgementDeadline deadline = new AcknowledgementDeadline(Duration.ofHours(1), 1);

    @Test
    void urgentRequestsAreDueWithinTheHourAroundTheClock() {
        Instant saturdayNight = ZonedDateTime.of(2026, 11, 21, 23, 30, 0, 0, YEKATERINBURG).toInstant();
        assertEquals(saturdayNight.plus(Duration.ofHours(1)), deadline.due(saturdayNight, true, YEKATERINBURG));
    }

    @Test
    void otherRequestsAreDueTheNextWorkingDayInTheRegionsTimeZone() {
        Instant tuesday = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, YEKATERINBURG).toInstant();
        assertEquals(ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, YEKATERINBURG).toInstant(),
                deadline.due(tuesday, false, YEKATERINBURG));
        Instant friday = ZonedDateTime.of(2026, 11, 27, 16, 0, 0, 0, YEKATERINBURG).toInstant();
        assertEquals(ZonedDateTime.of(2026, 11, 30, 16, 0, 0, 0, YEKATERINBURG).toInstant(),
                deadline.due(friday, false, YEKATERINBURG), "Friday's request is due on Monday");
        Instant saturday = ZonedDateTime.of(2026, 11, 28, 12, 0, 0, 0, YEKATERINBURG).toInstant();
        assertEquals(ZonedDateTime.of(2026, 12, 1, 0, 0, 0, 0, YEKATERINBURG).toInstant(),
                deadline.due(saturday, false, YEKATERINBURG), "a weekend request counts from Monday");
    }

    @Test
    void statusesMoveOnlyAlongTheWorkflowAndClosedRequestsCanBeReopened() {
        HelpRequest request = new HelpRequest(RequestChannel.ONLINE, "1234-5678", Instant.EPOCH);
        request.route("centre", Instant.EPOCH.plusSeconds(3600));
        assertThrows(InvalidTransitionException.class, () -> request.moveTo(RequestStatus.RESOLVED, Instant.EPOCH));
        request.moveTo(RequestStatus.IN_PROGRESS, Instant.EPOCH.plusSeconds(60));
        assertEquals(Instant.EPOCH.plusSeconds(60), request.getAcknowledgedAt(), "the first move acknowledges");
        request.moveTo(RequestStatus.RESOLVED, Instant.EPOCH.plusSeconds(120));
        request.moveTo(RequestStatus.CLOSED, Instant.EPOCH.plusSeconds(180));
        assertEquals(Instant.EPOCH.plusSeconds(180), request.getClosedAt());
        request.moveTo(RequestStatus.IN_PROGRESS, Instant.EPOCH.plusSeconds(240));
        assertNull(request.getClosedAt(), "reopened");
        assertEquals(Instant.EPOCH.plusSeconds(60), request.getAcknowledgedAt(), "acknowledged once");
    }

    @Test
    void takingANewRequestPutsItInProgressAndAcknowledgesIt() {
        HelpRequest request = new HelpRequest(RequestChannel.ONLINE, "1234-5678", Instant.EPOCH);
        request.route("centre", Instant.EPOCH.plusSeconds(3600));
        assertTrue(request.takeOn(7L, Instant.EPOCH.plusSeconds(60)));
        assertEquals(RequestStatus.IN_PROGRESS, request.getStatus());
        assertEquals(7L, request.getAssigneeId());
        assertEquals(Instant.EPOCH.plusSeconds(60), request.getAcknowledgedAt());
    }

    @Test
    void takingARequestFurtherAlongKeepsItsStatus() {
        HelpRequest referred = new HelpRequest(RequestChannel.ONLINE, "1234-5678", Instant.EPOCH);
        referred.route("centre", Instant.EPOCH.plusSeconds(3600));
        referred.moveTo(RequestStatus.IN_PROGRESS, Instant.EPOCH.plusSeconds(60));
        referred.moveTo(RequestStatus.REFERRED, Instant.EPOCH.plusSeconds(120));
        assertFalse(referred.takeOn(8L, Instant.EPOCH.plusSeconds(180)));
        assertEquals(RequestStatus.REFERRED, referred.getStatus(), "a referred request is not put back in progress");
        assertEquals(8L, referred.getAssigneeId());

        HelpRequest closed = new HelpRequest(RequestChannel.HOTLINE, "1234-5679", Instant.EPOCH);
        closed.closeAtIntake(Instant.EPOCH);
        assertFalse(closed.takeOn(8L, Instant.EPOCH.plusSeconds(180)));
        assertEquals(RequestStatus.CLOSED, closed.getStatus(), "taking is not reopening: that is a move of its own");
    }

    @Test
    void overdueMeansNotAcknowledgedByTheDeadline() {
        HelpRequest request = new HelpRequest(RequestChannel.HOTLINE, "1234-5678", Instant.EPOCH);
        request.route("centre", Instant.EPOCH.plusSeconds(3600));
        assertFalse(request.isOverdueAt(Instant.EPOCH.plusSeconds(3599)));
        assertTrue(request.isOverdueAt(Instant.EPOCH.plusSeconds(3601)));
        request.assignTo(7L, Instant.EPOCH.plusSeconds(3700));
        assertFalse(request.isOverdueAt(Instant.EPOCH.plusSeconds(9999)));
    }

    @Test
    void urgencyComesFromTheTriageOrFromAFamilyThatCannotWait() {
        HelpRequest request = new HelpRequest(RequestChannel.ONLINE, "1", Instant.EPOCH);
        request.setFeltUrgency(FeltUrgency.THIS_WEEK);
        assertFalse(request.deservesUrgency());
        request.triage(TriageLevel.IMMEDIATE_THREAT);
        assertTrue(request.deservesUrgency());
        HelpRequest online = new HelpRequest(RequestChannel.ONLINE, "2", Instant.EPOCH);
        online.setFeltUrgency(FeltUrgency.TODAY);
        assertTrue(online.deservesUrgency());
    }

    @Test
    void anonymisingErasesEveryPersonalDetail() {
        HelpRequest request = new HelpRequest(RequestChannel.ONLINE, "1", Instant.EPOCH);
        request.setContact(ContactChannel.PHONE, "Анна", "+7 900", "a@example.org", "@anna", "вечером");
        request.setDescription("Текст");
        request.setPhoneIndex("abc");
        request.anonymise(Instant.EPOCH);
        assertNull(request.getName());
        assertNull(request.getPhone());
        assertNull(request.getEmail());
        assertNull(request.getMessenger());
        assertNull(request.getDescription());
        assertNull(request.getPhoneIndex());
        assertNull(request.getContactTime());
        assertTrue(request.isAnonymised());
    }

    @Test
    void anAnonymousRequestKeepsNoContactDetails() {
        HelpRequest request = new HelpRequest(RequestChannel.ONLINE, "1", Instant.EPOCH);
        request.setContact(ContactChannel.NONE, "Анна", "+7 900", "a@example.org", null, null);
        assertNull(request.getName());
        assertNull(request.getPhone());
        assertNull(request.getEmail());
    }

    @Test
    void codesAndPhonesAreComparedAsPeopleTypeThem() {
        assertEquals("K7QM-3XPD", RequestNumbers.normalizeCode(" k7qm 3xpd "));
        assertEquals("4821-9307", RequestNumbers.normalizeNumber("48219307"));
        assertEquals(RequestNumbers.normalizePhone("8 (912) 345-67-89"), RequestNumbers.normalizePhone("+79123456789"));
        assertTrue(RequestNumbers.newCode().matches("[A-Z2-9]{4}-[A-Z2-9]{4}"));
        assertFalse(RequestNumbers.newCode().matches(".*[01IO].*"));
    }

    @Test
    void raisingToImmediateThreatGivesTheUrgentDeadlineFromThatMomentAndLoweringTheOrdinaryOne() {
        Instant monday = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, YEKATERINBURG).toInstant();
        HelpRequest request = new HelpRequest(RequestChannel.ONLINE, "1", monday);
        request.setFeltUrgency(FeltUrgency.THIS_WEEK);
        request.markUrgent(request.deservesUrgency());
        request.route("centre", deadline.due(monday, false, YEKATERINBURG));
        assertEquals(ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, YEKATERINBURG).toInstant(), request.getAcknowledgeBy());

        Instant noon = monday.plus(Duration.ofHours(2));
        assertTrue(request.retriage(TriageLevel.IMMEDIATE_THREAT, deadline, noon, YEKATERINBURG), "it became urgent");
        assertTrue(request.isUrgent());
        assertEquals(noon.plus(Duration.ofHours(1)), request.getAcknowledgeBy(), "due within the hour from now, not tomorrow");

        assertFalse(request.retriage(TriageLevel.IMMEDIATE_THREAT, deadline, noon.plus(Duration.ofMinutes(30)), YEKATERINBURG),
                "the same assessment again is no new urgency");
        assertEquals(noon.plus(Duration.ofHours(1)), request.getAcknowledgeBy(), "and keeps its deadline");

        Instant evening = monday.plus(Duration.ofHours(8));
        assertFalse(request.retriage(TriageLevel.EARLY_CRISIS, deadline, evening, YEKATERINBURG));
        assertFalse(request.isUrgent());
        assertEquals(ZonedDateTime.of(2026, 11, 24, 18, 0, 0, 0, YEKATERINBURG).toInstant(), request.getAcknowledgeBy(),
                "lowered: the ordinary deadline from that moment");
    }

    @Test
    void aFamilyThatCannotWaitIsUrgentUntilSomebodyAssessesIt() {
        Instant friday = ZonedDateTime.of(2026, 11, 27, 16, 0, 0, 0, YEKATERINBURG).toInstant();
        HelpRequest request = new HelpRequest(RequestChannel.ONLINE, "1", friday);
        request.setFeltUrgency(FeltUrgency.TODAY);
        request.markUrgent(request.deservesUrgency());
        request.route("centre", deadline.due(friday, true, YEKATERINBURG));
        assertTrue(request.isUrgent());
        Instant later = friday.plus(Duration.ofMinutes(20));
        assertFalse(request.retriage(TriageLevel.INFORMATION, deadline, later, YEKATERINBURG));
        assertFalse(request.isUrgent(), "the specialist's assessment decides");
        assertEquals(ZonedDateTime.of(2026, 11, 30, 16, 20, 0, 0, YEKATERINBURG).toInstant(), request.getAcknowledgeBy());
    }

    @Test
    void administratorsAreToldAgainEachDeadlinePeriodWhileNoCentreAnswers() {
        Instant tuesday = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, YEKATERINBURG).toInstant();
        HelpRequest urgent = new HelpRequest(RequestChannel.ONLINE, "1", tuesday);
        urgent.setFeltUrgency(FeltUrgency.TODAY);
        urgent.markUrgent(urgent.deservesUrgency());
        urgent.unroutedAlerted(tuesday);
        assertEquals(tuesday.plus(Duration.ofHours(1)), urgent.nextUnroutedAlert(deadline, YEKATERINBURG));
        urgent.unroutedAlerted(tuesday.plus(Duration.ofHours(1)));
        assertEquals(tuesday.plus(Duration.ofHours(2)), urgent.nextUnroutedAlert(deadline, YEKATERINBURG), "and again, not once");

        HelpRequest ordinary = new HelpRequest(RequestChannel.ONLINE, "2", tuesday);
        assertEquals(ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, YEKATERINBURG).toInstant(),
                ordinary.nextUnroutedAlert(deadline, YEKATERINBURG), "counted from its arrival until first told");
    }
}
