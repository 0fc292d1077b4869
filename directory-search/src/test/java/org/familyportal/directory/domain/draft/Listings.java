package org.familyportal.directory.domain.draft;

import org.familyportal.directory.domain.draft.ListingSnapshot.Hours;
import org.familyportal.directory.domain.draft.ListingSnapshot.HoursMode;
import org.familyportal.directory.domain.draft.ListingSnapshot.Location;
import org.familyportal.directory.domain.draft.ListingSnapshot.Phone;
import org.familyportal.directory.domain.draft.ListingSnapshot.Service;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;

/** A small published listing for the tests: an organisation with one service at one location. */
public final class Listings {

    private Listings() {
    }

    public static ListingSnapshot counselling() {
        ListingSnapshot s = new ListingSnapshot();
        s.getOrganisation().setId("00000000-0000-0000-0000-00000000000a");
        s.getOrganisation().setName("Центр «Семья» (демо)");
        s.getOrganisation().setDescription("Помощь семьям");
        s.getOrganisation().setTaxId("7707083893");
        s.getOrganisation().setOgrn("1027700132195");
        Location l = new Location();
        l.setId("00000000-0000-0000-0000-0000000000l1");
        l.setName("Офис на Ленина");
        l.setAddress("ул. Ленина, 1");
        l.setCity("Иркутск");
        l.setMunicipalityCode("38-irkutsk");
        l.setLatitude(new BigDecimal("52.2870"));
        l.setLongitude(new BigDecimal("104.3050"));
        s.getLocations().add(l);
        Service v = new Service();
        v.setId("00000000-0000-0000-0000-0000000000s1");
        v.setName("Консультация семейного психолога");
        v.setMinimumAge(0);
        v.setMaximumAge(18);
        v.getLocationIds().add(l.getId());
        v.getTerms().add("term-psychology");
        v.getAreas().add("38-irkutsk");
        Phone p = new Phone();
        p.setId("p1");
        p.setNumber("+7 3952 20-00-00");
        p.setType("voice");
        v.getPhones().add(p);
        v.setHoursMode(HoursMode.GIVEN);
        Hours h = new Hours();
        h.setId("h1");
        h.getDays().addAll(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
        h.setOpensAt(LocalTime.of(9, 0));
        h.setClosesAt(LocalTime.of(18, 0));
        v.getHours().add(h);
        s.getServices().add(v);
        return s;
    }

    public static SnapshotCheck check() {
        return new SnapshotCheck(code -> code.startsWith("38-"), term -> term.startsWith("term-"));
    }
}
