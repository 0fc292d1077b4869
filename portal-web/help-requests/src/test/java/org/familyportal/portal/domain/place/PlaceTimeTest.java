package org.familyportal.portal.domain.place;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A moment at a place reads on the place's clock, labelled with the place's offset. */
class PlaceTimeTest {

    private static final Instant MOMENT = Instant.parse("2026-12-02T06:05:00Z");

    @Test
    void eachOfThePortalsRegionsReadsTheMomentOnItsOwnClock() {
        assertEquals("14:05 UTC+8", read(ZoneId.of("Asia/Irkutsk"), "38"));
        assertEquals("13:05 UTC+7", read(ZoneId.of("Asia/Novosibirsk"), "54"));
        assertEquals("11:05 UTC+5", read(ZoneId.of("Asia/Yekaterinburg"), "74"));
        assertEquals("10:05 UTC+4", read(ZoneId.of("Europe/Samara"), "63"));
    }

    @Test
    void offsetsWithMinutesAndBehindUtcAreNamedToo() {
        assertEquals("UTC+5:30", PlaceTime.offset(MOMENT, ZoneId.of("Asia/Kolkata")));
        assertEquals("UTC-5", PlaceTime.offset(MOMENT, ZoneId.of("America/New_York")));
        assertEquals("UTC", PlaceTime.offset(MOMENT, ZoneId.of("UTC")));
    }

    private static String read(ZoneId zone, String region) {
        PlaceTime at = new PlaceTime(MOMENT, zone, region, "регион", "region");
        return String.format("%02d:%02d %s", at.local().getHour(), at.local().getMinute(), at.offset());
    }
}
