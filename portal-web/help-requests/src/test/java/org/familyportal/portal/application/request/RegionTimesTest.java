package org.familyportal.portal.application.request;

import org.familyportal.portal.domain.centre.MunicipalityCode;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one place a place's time zone is looked up: by municipality for a request, by centre for its staff. */
class RegionTimesTest {

    private static final ZoneId IRKUTSK = ZoneId.of("Asia/Irkutsk");
    private static final ZoneId SAMARA = ZoneId.of("Europe/Samara");

    private final InMemoryResourceCentres centres = new InMemoryResourceCentres()
            .municipality("25701000", IRKUTSK, "centre-irkutsk")
            .municipality("36701000", SAMARA, null);
    private final RegionTimes times = new RegionTimes();

    {
        times.centres = centres;
    }

    @Test
    void aRequestsZoneIsItsMunicipalitysRegions() {
        assertEquals(IRKUTSK, times.of("25701000").orElseThrow().zone());
        assertEquals(SAMARA, times.of("36701000").orElseThrow().zone());
        assertEquals(Optional.empty(), times.of(null), "a silent call names no district");
        assertEquals(Optional.empty(), times.of("99999999"));
    }

    @Test
    void aCentresStaffWorkInTheZoneOfTheDistrictsItAnswersFor() {
        assertEquals(IRKUTSK, times.ofCentre("centre-irkutsk").orElseThrow().zone());
        assertEquals(Optional.empty(), times.ofCentre("partner-ngo"), "a partner organisation answers for no district");
        centres.assignCentre(new MunicipalityCode("36701000"), "centre-samara");
        assertEquals(SAMARA, times.ofCentre("centre-samara").orElseThrow().zone(), "a centre set since is found");
    }
}
