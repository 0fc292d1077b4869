package org.familyportal.directory.domain.draft;

import org.familyportal.directory.domain.draft.ListingSnapshot.Hours;
import org.familyportal.directory.domain.draft.ListingSnapshot.Service;
import org.familyportal.directory.domain.draft.SnapshotCheck.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a listing must be before it is sent or published; each problem names its field. */
class SnapshotCheckTest {

    @Test
    void aCompleteListingPasses() {
        assertEquals(List.of(), Listings.check().problems(Listings.counselling()));
    }

    @Test
    void innAndOgrnCarryTheirCheckDigits() {
        assertTrue(SnapshotCheck.validInn("7707083893"));
        assertTrue(SnapshotCheck.validInn("500100732259"));
        assertFalse(SnapshotCheck.validInn("7707083894"));
        assertFalse(SnapshotCheck.validInn("77070838"));
        assertTrue(SnapshotCheck.validOgrn("1027700132195"));
        assertFalse(SnapshotCheck.validOgrn("1027700132196"));
        assertTrue(SnapshotCheck.validOgrn("304500116000157"));

        ListingSnapshot listing = Listings.counselling();
        listing.getOrganisation().setTaxId("1234567890");
        listing.getOrganisation().setOgrn("12345");
        assertEquals(List.of(new Problem("organisation.taxId", "draft.invalid.inn"),
                new Problem("organisation.ogrn", "draft.invalid.ogrn")), Listings.check().problems(listing));
    }

    @Test
    void phonesNeedANumberThatLooksLikeOneAndAKnownType() {
        ListingSnapshot listing = Listings.counselling();
        Service service = listing.getServices().get(0);
        service.addPhone().setNumber("позвоните нам");
        service.addPhone().setType("voice");
        service.getPhones().get(0).setType("telegraph");
        assertEquals(List.of(new Problem("services[0].phones[0].type", "draft.invalid.phoneType"),
                new Problem("services[0].phones[1].number", "draft.invalid.phone"),
                new Problem("services[0].phones[2].number", "draft.invalid.required")), Listings.check().problems(listing));
    }

    @Test
    void hoursSayWhenAndClosuresSayFromWhen() {
        ListingSnapshot listing = Listings.counselling();
        Service service = listing.getServices().get(0);
        Hours h = service.getHours().get(0);
        h.getDays().clear();
        h.setClosesAt(LocalTime.of(9, 0));
        Hours closure = service.addHours();
        closure.setClosed(true);
        Hours backwards = service.addHours();
        backwards.setClosed(true);
        backwards.setValidFrom(LocalDate.of(2027, 1, 8));
        backwards.setValidTo(LocalDate.of(2027, 1, 1));
        assertEquals(List.of(new Problem("services[0].hours[0].days", "draft.invalid.days"),
                new Problem("services[0].hours[0].closesAt", "draft.invalid.emptyPeriod"),
                new Problem("services[0].hours[1].validFrom", "draft.invalid.closureDates"),
                new Problem("services[0].hours[2].validTo", "draft.invalid.dateRange")), Listings.check().problems(listing));
    }

    @Test
    void overnightHoursAreAllowedAndGivenHoursNeedAPeriod() {
        ListingSnapshot listing = Listings.counselling();
        Service service = listing.getServices().get(0);
        service.getHours().get(0).setOpensAt(LocalTime.of(20, 0));
        service.getHours().get(0).setClosesAt(LocalTime.of(8, 0));
        assertEquals(List.of(), Listings.check().problems(listing));
        service.getHours().clear();
        assertEquals(List.of(new Problem("services[0].hours", "draft.invalid.noPeriods")), Listings.check().problems(listing));
    }

    @Test
    void agesPlacesAndAddressesAreChecked() {
        ListingSnapshot listing = Listings.counselling();
        Service service = listing.getServices().get(0);
        service.setMinimumAge(12);
        service.setMaximumAge(6);
        service.getAreas().add("99-nowhere");
        service.getTerms().add("no-such-term");
        service.setUrl("family.example");
        listing.getLocations().get(0).setLatitude(new BigDecimal("95"));
        listing.getLocations().get(0).setCity(" ");
        listing.getOrganisation().setName(" ");
        assertEquals(List.of(new Problem("organisation.name", "draft.invalid.required"),
                new Problem("services[0].maximumAge", "draft.invalid.ageRange"),
                new Problem("services[0].url", "draft.invalid.url"),
                new Problem("services[0].terms", "draft.invalid.term"),
                new Problem("services[0].areas", "draft.invalid.municipality"),
                new Problem("locations[0].city", "draft.invalid.required"),
                new Problem("locations[0].latitude", "draft.invalid.coordinates")), Listings.check().problems(listing));
    }
}
