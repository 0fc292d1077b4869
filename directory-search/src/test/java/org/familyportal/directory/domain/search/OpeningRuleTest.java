package org.familyportal.directory.domain.search;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpeningRuleTest {

    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    /** Irkutsk: UTC+8. Two periods a day with a lunch break, and the New Year closure. */
    private final List<OpeningRule> irkutsk = List.of(
            new OpeningRule(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(13, 0), null, null, false, 8),
            new OpeningRule(WEEKDAYS, LocalTime.of(14, 0), LocalTime.of(18, 0), null, null, false, 8),
            new OpeningRule(EnumSet.noneOf(DayOfWeek.class), null, null, LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 1, 8), true, 8));

    @Test
    void openHoursAreReadInTheRegionsTime() {
        // Tuesday 24 Nov 2026, 02:30 UTC = 10:30 in Irkutsk.
        assertTrue(OpeningRule.openAt(irkutsk, Instant.parse("2026-11-24T02:30:00Z")));
        // 05:30 UTC = 13:30 in Irkutsk: lunch break.
        assertFalse(OpeningRule.openAt(irkutsk, Instant.parse("2026-11-24T05:30:00Z")));
        // 06:30 UTC = 14:30: the afternoon period.
        assertTrue(OpeningRule.openAt(irkutsk, Instant.parse("2026-11-24T06:30:00Z")));
        // 11:00 UTC = 19:00: closed for the evening.
        assertFalse(OpeningRule.openAt(irkutsk, Instant.parse("2026-11-24T11:00:00Z")));
        // Saturday 28 Nov, 10:30 local.
        assertFalse(OpeningRule.openAt(irkutsk, Instant.parse("2026-11-28T02:30:00Z")));
    }

    @Test
    void holidayClosuresWinOverOpeningHours() {
        // Tuesday 5 Jan 2027, 10:30 in Irkutsk: a weekday, but the New Year closure applies.
        assertFalse(OpeningRule.openAt(irkutsk, Instant.parse("2027-01-05T02:30:00Z")));
        assertTrue(OpeningRule.openAt(irkutsk, Instant.parse("2027-01-12T02:30:00Z")));
    }

    @Test
    void roundTheClockServicesAreAlwaysOpen() {
        List<OpeningRule> always = List.of(new OpeningRule(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT,
                LocalTime.of(23, 59, 59), null, null, false, 7));
        assertTrue(OpeningRule.openAt(always, Instant.parse("2026-11-22T16:59:30Z")));
        assertTrue(OpeningRule.openAt(always, Instant.parse("2026-11-22T17:00:00Z")));
    }
}
