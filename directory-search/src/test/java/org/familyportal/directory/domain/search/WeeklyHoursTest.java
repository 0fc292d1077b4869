package org.familyportal.directory.domain.search;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A schedule read as a week, Monday to Sunday, whatever the order of its rules. */
class WeeklyHoursTest {

    private static final ZoneId IRKUTSK = ZoneId.of("Asia/Irkutsk");
    private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);
    /** Tuesday 24 November 2026, 10:30 in Irkutsk (02:30 UTC). */
    private static final Clock TUESDAY_MORNING_IN_IRKUTSK = Clock.fixed(Instant.parse("2026-11-24T02:30:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void daysReadFromMondayToSundayHoweverTheDataListsThem() {
        WeeklyHours week = WeeklyHours.of(List.of(
                hours(EnumSet.of(SATURDAY), "10:00", "14:00", IRKUTSK),
                hours(WEEKDAYS, "14:00", "18:00", IRKUTSK),
                hours(WEEKDAYS, "09:00", "13:00", IRKUTSK)), TODAY);

        assertEquals(WeeklyHours.Kind.HOURS, week.kind());
        assertEquals(3, week.days().size(), week.days().toString());
        WeeklyHours.Days weekdays = week.days().get(0);
        assertEquals(MONDAY, weekdays.first());
        assertEquals(FRIDAY, weekdays.last());
        assertEquals(List.of("09:00–13:00", "14:00–18:00"), weekdays.periods().stream().map(WeeklyHours.Period::text).toList(),
                "a day's periods in the order of the day (lunch break between)");
        assertEquals(SATURDAY, week.days().get(1).first());
        assertEquals(List.of("10:00–14:00"), week.days().get(1).periods().stream().map(WeeklyHours.Period::text).toList());
        assertEquals(SUNDAY, week.days().get(2).first());
        assertTrue(week.days().get(2).closed(), "Sunday has no hours: closed that day");
    }

    @Test
    void differentHoursOnOneDaySplitARun() {
        WeeklyHours week = WeeklyHours.of(List.of(
                hours(EnumSet.of(MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, FRIDAY), "09:00", "18:00", IRKUTSK),
                hours(EnumSet.of(THURSDAY), "12:00", "20:00", IRKUTSK)), TODAY);

        List<String> runs = week.days().stream().map(d -> d.first() + "-" + d.last() + ":" + d.periods().size()).toList();
        assertEquals(List.of("MONDAY-WEDNESDAY:1", "THURSDAY-THURSDAY:1", "FRIDAY-FRIDAY:1", "SATURDAY-SUNDAY:0"), runs);
    }

    @Test
    void noHoursAreNotGivenNeverClosed() {
        WeeklyHours week = WeeklyHours.of(List.of(), TODAY);

        assertEquals(WeeklyHours.Kind.NOT_GIVEN, week.kind());
        assertFalse(week.given());
        assertTrue(week.days().isEmpty(), "no day is called closed when nothing is known");
        assertEquals(Opening.NOT_GIVEN, OpeningRule.at(List.of(), TUESDAY_MORNING_IN_IRKUTSK.instant()));
    }

    @Test
    void aHelplineOpenAtEveryHourIsRoundTheClock() {
        List<OpeningRule> rules = List.of(hours(Set.of(), "00:00", "23:59:59", IRKUTSK));

        WeeklyHours week = WeeklyHours.of(rules, TODAY);

        assertEquals(WeeklyHours.Kind.ROUND_THE_CLOCK, week.kind());
        assertTrue(week.given());
        assertEquals(Opening.ROUND_THE_CLOCK, OpeningRule.at(rules, TUESDAY_MORNING_IN_IRKUTSK.instant()));
    }

    @Test
    void everyDayWithTheSameHoursIsOneLine() {
        WeeklyHours week = WeeklyHours.of(List.of(hours(Set.of(), "08:00", "20:00", IRKUTSK)), TODAY);

        assertEquals(1, week.days().size());
        assertTrue(week.days().get(0).everyDay());
        assertEquals("08:00–20:00", week.days().get(0).periods().get(0).text());
    }

    @Test
    void aPeriodToMidnightEndsAt24() {
        assertEquals("09:00–24:00", new WeeklyHours.Period(LocalTime.of(9, 0), LocalTime.MIDNIGHT).text());
        assertEquals("09:00–24:00", new WeeklyHours.Period(LocalTime.of(9, 0), LocalTime.of(23, 59)).text());
        assertEquals("20:00–08:00", new WeeklyHours.Period(LocalTime.of(20, 0), LocalTime.of(8, 0)).text());
    }

    @Test
    void openNowIsReadInThePlacesOwnTimeWithItsZoneLabel() {
        List<OpeningRule> office = List.of(hours(WEEKDAYS, "09:00", "18:00", IRKUTSK));
        WeeklyHours week = WeeklyHours.of(office, TODAY);

        // 10:30 in Irkutsk, 05:30 in Moscow: open, by Irkutsk's clock.
        assertEquals(Opening.OPEN, OpeningRule.at(office, TUESDAY_MORNING_IN_IRKUTSK.instant()));
        // 19:30 in Irkutsk is 14:30 in Moscow: closed there already.
        assertEquals(Opening.CLOSED, OpeningRule.at(office, Instant.parse("2026-11-24T11:30:00Z")));
        assertEquals("UTC+8", week.zoneLabel(TUESDAY_MORNING_IN_IRKUTSK.instant()));
        assertEquals("UTC+5:30", WeeklyHours.utc(ZoneOffset.ofHoursMinutes(5, 30)));
        assertEquals("UTC−3", WeeklyHours.utc(ZoneOffset.ofHours(-3)));
        assertNull(WeeklyHours.of(List.of(hours(WEEKDAYS, "09:00", "18:00", null)), TODAY).zoneLabel(Instant.EPOCH),
                "a zone nobody knows has no label");
    }

    @Test
    void closuresThatEndedAreLeftOutAndTheOthersFollowInDateOrder() {
        OpeningRule past = closure(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 8));
        OpeningRule newYear = closure(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 8));
        OpeningRule may = closure(LocalDate.of(2026, 12, 30), LocalDate.of(2026, 12, 31));

        WeeklyHours week = WeeklyHours.of(List.of(hours(WEEKDAYS, "09:00", "18:00", IRKUTSK), newYear, past, may), TODAY);

        assertEquals(List.of(may, newYear), week.closures());
    }

    @Test
    void aSummerTimetableCountsOnlyInSummer() {
        List<OpeningRule> rules = List.of(new OpeningRule(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), false, IRKUTSK));

        assertEquals(WeeklyHours.Kind.NOT_GIVEN, WeeklyHours.of(rules, TODAY).kind());
        assertEquals(WeeklyHours.Kind.HOURS, WeeklyHours.of(rules, LocalDate.of(2026, 7, 1)).kind());
    }

    private static OpeningRule hours(Set<DayOfWeek> days, String opens, String closes, ZoneId zone) {
        return new OpeningRule(days, LocalTime.parse(opens), LocalTime.parse(closes), null, null, false, zone);
    }

    private static OpeningRule closure(LocalDate from, LocalDate to) {
        return new OpeningRule(Set.of(), null, null, from, to, true, IRKUTSK);
    }
}
