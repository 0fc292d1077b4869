package org.familyportal.directory.domain.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a schedule says at a moment, in the place's own time: a table of schedules and moments. */
class OpeningRuleTest {

    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final ZoneId IRKUTSK = ZoneId.of("Asia/Irkutsk");
    private static final ZoneId NOVOSIBIRSK = ZoneId.of("Asia/Novosibirsk");
    private static final ZoneId CHELYABINSK = ZoneId.of("Asia/Yekaterinburg");
    private static final ZoneId SAMARA = ZoneId.of("Europe/Samara");

    private static final Map<String, List<OpeningRule>> SCHEDULES = Map.of(
            // Irkutsk (UTC+8): two periods a day with a lunch break, and the New Year closure.
            "irkutsk-office", List.of(
                    hours(WEEKDAYS, "09:00", "13:00", IRKUTSK),
                    hours(WEEKDAYS, "14:00", "18:00", IRKUTSK),
                    new OpeningRule(Set.of(), null, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 8), true, IRKUTSK)),
            // A night shelter in Novosibirsk (UTC+7), 20:00 to 08:00 every night of the week.
            "novosibirsk-night", List.of(hours(Set.of(), "20:00", "08:00", NOVOSIBIRSK)),
            // A weekend-night service in Chelyabinsk (UTC+5): Friday and Saturday nights only.
            "chelyabinsk-weekend-nights", List.of(
                    hours(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), "22:00", "06:00", CHELYABINSK)),
            // Samara (UTC+4): 09:00 to midnight, written as closing at 00:00.
            "samara-to-midnight", List.of(hours(WEEKDAYS, "09:00", "00:00", SAMARA)),
            // A hotline round the clock.
            "hotline", List.of(hours(EnumSet.allOf(DayOfWeek.class), "00:00", "23:59:59", NOVOSIBIRSK)),
            // Hours whose time zone nobody knows.
            "no-zone", List.of(hours(WEEKDAYS, "09:00", "18:00", null)),
            "no-hours", List.of(),
            "temporarily-closed", List.of(OpeningRule.closedUntilFurtherNotice()),
            // Only a summer timetable.
            "summer-only", List.of(new OpeningRule(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0),
                    LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), false, SAMARA)));

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource({
            // Tuesday 24 Nov 2026. 02:30 UTC = 10:30 in Irkutsk.
            "irkutsk-office, 2026-11-24T02:30:00Z, OPEN",
            "irkutsk-office, 2026-11-24T05:30:00Z, CLOSED",       // 13:30: lunch break
            "irkutsk-office, 2026-11-24T06:30:00Z, OPEN",         // 14:30
            "irkutsk-office, 2026-11-24T11:00:00Z, CLOSED",       // 19:00
            "irkutsk-office, 2026-11-28T02:30:00Z, CLOSED",       // Saturday
            "irkutsk-office, 2027-01-05T02:30:00Z, CLOSED",       // a weekday in the New Year closure
            "irkutsk-office, 2027-01-12T02:30:00Z, OPEN",
            "irkutsk-office, 2026-11-23T23:30:00Z, CLOSED",       // Tue 07:30 in Irkutsk, though Monday 23:30 UTC
            "irkutsk-office, 2026-11-24T01:30:00Z, OPEN",         // Tue 09:30 in Irkutsk, 04:30 in Moscow
            // Overnight: Novosibirsk is UTC+7.
            "novosibirsk-night, 2026-11-24T14:00:00Z, OPEN",      // 21:00
            "novosibirsk-night, 2026-11-24T19:00:00Z, OPEN",      // 02:00 the next day
            "novosibirsk-night, 2026-11-25T00:30:00Z, OPEN",      // 07:30
            "novosibirsk-night, 2026-11-25T01:00:00Z, CLOSED",    // 08:00
            "novosibirsk-night, 2026-11-24T08:00:00Z, CLOSED",    // 15:00
            // Friday and Saturday nights in Chelyabinsk (UTC+5): Saturday 03:00 and Sunday 03:00 open, Monday 03:00 not.
            "chelyabinsk-weekend-nights, 2026-11-27T22:00:00Z, OPEN",
            "chelyabinsk-weekend-nights, 2026-11-28T22:00:00Z, OPEN",
            "chelyabinsk-weekend-nights, 2026-11-29T22:00:00Z, CLOSED",
            "chelyabinsk-weekend-nights, 2026-11-26T22:00:00Z, CLOSED",  // Friday 03:00 follows Thursday
            "chelyabinsk-weekend-nights, 2026-11-27T17:30:00Z, OPEN",    // Friday 22:30
            // Samara (UTC+4), to midnight.
            "samara-to-midnight, 2026-11-24T19:30:00Z, OPEN",     // 23:30
            "samara-to-midnight, 2026-11-24T20:30:00Z, CLOSED",   // 00:30 Wednesday
            "samara-to-midnight, 2026-11-24T05:30:00Z, OPEN",     // 09:30 Tuesday
            "samara-to-midnight, 2026-11-24T04:00:00Z, CLOSED",   // 08:00, before 09:00
            "hotline, 2026-11-22T16:59:30Z, ROUND_THE_CLOCK",
            "hotline, 2026-11-22T17:00:00Z, ROUND_THE_CLOCK",
            "no-zone, 2026-11-24T08:00:00Z, NOT_GIVEN",
            "no-hours, 2026-11-24T08:00:00Z, NOT_GIVEN",
            "temporarily-closed, 2026-11-24T08:00:00Z, CLOSED",
            "summer-only, 2026-07-14T08:00:00Z, OPEN",
            "summer-only, 2026-07-14T18:00:00Z, CLOSED",
            "summer-only, 2026-11-24T08:00:00Z, NOT_GIVEN",
    })
    void whatTheScheduleSays(String schedule, String instant, Opening expected) {
        assertEquals(expected, OpeningRule.at(SCHEDULES.get(schedule), Instant.parse(instant)));
        assertEquals(expected.open(), OpeningRule.openAt(SCHEDULES.get(schedule), Instant.parse(instant)));
    }

    @Test
    void roundTheClockNeedsEveryHourOfEveryDay() {
        assertTrue(OpeningRule.roundTheClock(SCHEDULES.get("hotline")));
        assertTrue(OpeningRule.roundTheClock(List.of(hours(Set.of(), "00:00", "00:00", SAMARA))));
        assertFalse(OpeningRule.roundTheClock(SCHEDULES.get("novosibirsk-night")));
        assertFalse(OpeningRule.roundTheClock(List.of(hours(WEEKDAYS, "00:00", "23:59:59", SAMARA))));
    }

    @Test
    void aScheduleWithoutZoneTakesThePlacesZoneButKeepsItsOwn() {
        OpeningRule noZone = hours(WEEKDAYS, "09:00", "18:00", null);
        assertEquals(IRKUTSK, noZone.inZoneIfUnknown(IRKUTSK).zone());
        OpeningRule own = hours(WEEKDAYS, "09:00", "18:00", ZoneOffset.ofHours(7));
        assertEquals(ZoneOffset.ofHours(7), own.inZoneIfUnknown(IRKUTSK).zone());
    }

    private static OpeningRule hours(Set<DayOfWeek> days, String opens, String closes, ZoneId zone) {
        return new OpeningRule(days, LocalTime.parse(opens), LocalTime.parse(closes), null, null, false, zone);
    }
}
