package org.familyportal.directory.domain.draft;

import org.familyportal.directory.domain.draft.ListingDiff.FieldChange;
import org.familyportal.directory.domain.draft.ListingDiff.Kind;
import org.familyportal.directory.domain.draft.ListingSnapshot.Hours;
import org.familyportal.directory.domain.draft.ListingSnapshot.HoursMode;
import org.familyportal.directory.domain.draft.ListingSnapshot.Service;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a moderator reads before approving: the draft against the published listing, field by field. */
class ListingDiffTest {

    @Test
    void aSnapshotSurvivesItsJsonAndAnUnchangedDraftChangesNothing() {
        ListingSnapshot published = Listings.counselling();
        ListingSnapshot copy = SnapshotJson.read(SnapshotJson.write(published));
        assertEquals(SnapshotJson.write(published), SnapshotJson.write(copy));
        assertEquals(List.of(), ListingDiff.between(published, copy));
    }

    @Test
    void newPhonesAndHoursShowBothSidesOfTheServiceThatChanged() {
        ListingSnapshot published = Listings.counselling();
        ListingSnapshot draft = published.copy();
        Service service = draft.getServices().get(0);
        service.addPhone().setNumber("8-800-2000-122");
        service.getPhones().get(1).setType("hotline");
        Hours lunch = service.getHours().get(0);
        lunch.setClosesAt(LocalTime.of(13, 0));
        Hours afternoon = service.addHours();
        afternoon.getDays().addAll(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
        afternoon.setOpensAt(LocalTime.of(14, 0));
        afternoon.setClosesAt(LocalTime.of(18, 0));

        List<FieldChange> changes = ListingDiff.between(published, draft);

        assertEquals(List.of("phones", "hours"), changes.stream().map(FieldChange::field).toList());
        FieldChange phones = changes.get(0);
        assertEquals("service", phones.part());
        assertEquals(service.getId(), phones.id());
        assertEquals("Консультация семейного психолога", phones.item());
        assertEquals("+7 3952 20-00-00 (voice)", phones.before());
        assertEquals("+7 3952 20-00-00 (voice); 8-800-2000-122 (hotline)", phones.after());
        assertEquals(Kind.CHANGED, phones.kind());
        assertEquals("MO TU 09:00–18:00", changes.get(1).before());
        assertEquals("MO TU 09:00–13:00; MO TU 14:00–18:00", changes.get(1).after());
    }

    @Test
    void roundTheClockHolidaysAndOvernightHoursReadPlainly() {
        ListingSnapshot published = Listings.counselling();
        ListingSnapshot draft = published.copy();
        Service service = draft.getServices().get(0);
        service.setHoursMode(HoursMode.ALWAYS);
        Hours holiday = service.addHours();
        holiday.setClosed(true);
        holiday.setValidFrom(LocalDate.of(2027, 1, 1));
        holiday.setValidTo(LocalDate.of(2027, 1, 8));
        List<FieldChange> changes = ListingDiff.between(published, draft);
        assertEquals("24/7; 2027-01-01..2027-01-08 closed", changes.get(0).after());

        Hours night = new Hours();
        night.getDays().add(DayOfWeek.FRIDAY);
        night.setOpensAt(LocalTime.of(20, 0));
        night.setClosesAt(LocalTime.of(8, 0));
        assertTrue(night.isOvernight());
        assertEquals("FR 20:00–08:00", ListingDiff.period(night));
    }

    @Test
    void aServiceAddedListsWhatItFillsAndOneRemovedIsOneLine() {
        ListingSnapshot published = Listings.counselling();
        ListingSnapshot draft = published.copy();
        draft.getServices().clear();
        Service added = draft.addService();
        added.setName("Школа приёмных родителей");
        added.setAccepting(ListingSnapshot.Accepting.WAITING_LIST);

        List<FieldChange> changes = ListingDiff.between(published, draft);

        assertTrue(changes.contains(new FieldChange("service", added.getId(), "Школа приёмных родителей", "name", "",
                "Школа приёмных родителей", Kind.ADDED)));
        assertTrue(changes.contains(new FieldChange("service", added.getId(), "Школа приёмных родителей", "accepting", "",
                "waiting-list", Kind.ADDED)));
        assertTrue(changes.contains(new FieldChange("service", "00000000-0000-0000-0000-0000000000s1",
                "Консультация семейного психолога", "service", "Консультация семейного психолога", "", Kind.REMOVED)));
    }

    @Test
    void aNewListingIsAllAddedAndTheOrganisationsFieldsComeFirst() {
        ListingSnapshot draft = Listings.counselling();
        List<FieldChange> changes = ListingDiff.between(null, draft);
        assertEquals(new FieldChange("organisation", draft.getOrganisation().getId(), "Центр «Семья» (демо)", "name", "",
                "Центр «Семья» (демо)", Kind.ADDED), changes.get(0));
        assertTrue(changes.stream().allMatch(c -> c.kind() == Kind.ADDED));
        assertTrue(changes.stream().anyMatch(c -> c.field().equals("coordinates") && c.after().equals("52.287, 104.305")));
    }

    @Test
    void a24HourPeriodIsPublishedOnceWhateverWasTypedBeforeTheModeChanged() {
        Service service = Listings.counselling().getServices().get(0);
        service.setHoursMode(HoursMode.ALWAYS);
        List<Hours> published = service.hoursToPublish();
        assertEquals(1, published.size());
        assertTrue(published.get(0).isRoundTheClock());
        service.setHoursMode(HoursMode.NOT_GIVEN);
        assertEquals(List.of(), service.hoursToPublish());
    }
}
