package org.familyportal.portal.interfaces.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Times are shown in the zone they belong to, with that zone's offset. */
class MomentsTest {

    private static final Instant MOMENT = Instant.parse("2026-12-01T06:05:00Z");

    @Test
    void aMomentReadsInItsRegionsWallClockTime() {
        assertEquals("01.12.2026 14:05", Moments.local(MOMENT, ZoneId.of("Asia/Irkutsk")));
        assertEquals("01.12.2026 09:05", Moments.local(MOMENT, ZoneId.of("Europe/Moscow")));
        assertEquals("01.12.2026 10:05", Moments.local(MOMENT, ZoneId.of("Europe/Samara")));
    }

    @Test
    void theOffsetIsNamed() {
        assertEquals("UTC+8", Moments.offset(MOMENT, ZoneId.of("Asia/Irkutsk")));
        assertEquals("UTC+3", Moments.offset(MOMENT, ZoneId.of("Europe/Moscow")));
        assertEquals("UTC+5:30", Moments.offset(MOMENT, ZoneId.of("Asia/Kolkata")));
        assertEquals("UTC-5", Moments.offset(MOMENT, ZoneId.of("America/New_York")));
        assertEquals("UTC", Moments.offset(MOMENT, ZoneId.of("UTC")));
    }
}
