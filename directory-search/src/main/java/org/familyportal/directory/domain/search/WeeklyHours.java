package org.familyportal.directory.domain.search;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A schedule as a parent reads it: the days from Monday to Sunday, consecutive days with the same
 * periods joined ("Mon–Fri 09:00–13:00, 14:00–18:00"), days without hours named as closed, then the
 * closures that have not ended; a service open at every hour is "round the clock", and a schedule
 * with no hours at all is "not given", never "closed". However the data lists its rules, the week
 * reads in order.
 *
 * <p>Hours valid only between two dates (a summer timetable) count on the dates they cover;
 * {@code zone} is the place's own time zone (null when not known), in which the hours are read.
 */
public record WeeklyHours(Kind kind, List<Days> days, List<OpeningRule> closures, ZoneId zone) {

    /** What the week says as a whole. */
    public enum Kind {
        ROUND_THE_CLOCK,
        HOURS,
        NOT_GIVEN
    }

    /** One or more consecutive days, {@code first} to {@code last}, with the same periods (none: closed). */
    public record Days(DayOfWeek first, DayOfWeek last, List<Period> periods) {

        public boolean closed() {
            return periods.isEmpty();
        }

        public boolean everyDay() {
            return first == DayOfWeek.MONDAY && last == DayOfWeek.SUNDAY;
        }

        public int count() {
            return last.getValue() - first.getValue() + 1;
        }
    }

    /** From {@code opens} to {@code closes} (earlier than it opens: overnight). */
    public record Period(LocalTime opens, LocalTime closes) implements Comparable<Period> {

        private static final Comparator<Period> ORDER = Comparator.comparing(Period::opens).thenComparing(Period::closes);

        /** "09:00–18:00"; a period to midnight ends at "24:00". */
        public String text() {
            boolean toMidnight = closes.equals(LocalTime.MIDNIGHT) || closes.equals(opens)
                    || !closes.isBefore(LocalTime.of(23, 59));
            return hhmm(opens) + "–" + (toMidnight ? "24:00" : hhmm(closes));
        }

        @Override
        public int compareTo(Period other) {
            return ORDER.compare(this, other);
        }

        private static String hhmm(LocalTime time) {
            return String.format("%02d:%02d", time.getHour(), time.getMinute());
        }
    }

    public WeeklyHours {
        days = List.copyOf(days);
        closures = List.copyOf(closures);
    }

    /** The week of {@code rules} as it stands on {@code today} (in the place's time). */
    public static WeeklyHours of(List<OpeningRule> rules, LocalDate today) {
        Map<DayOfWeek, TreeSet<Period>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            byDay.put(day, new TreeSet<>());
        }
        List<OpeningRule> closures = new ArrayList<>();
        ZoneId zone = null;
        for (OpeningRule rule : rules) {
            if (rule.closure()) {
                if (rule.validTo() == null || !rule.validTo().isBefore(today)) {
                    closures.add(rule);
                }
                continue;
            }
            if (rule.opens() == null || rule.closes() == null || !validOn(rule, today)) {
                continue;
            }
            if (zone == null) {
                zone = rule.zone();
            }
            for (DayOfWeek day : rule.days().isEmpty() ? List.of(DayOfWeek.values()) : rule.days()) {
                byDay.get(day).add(new Period(rule.opens(), rule.closes()));
            }
        }
        closures.sort(Comparator.comparing(OpeningRule::validFrom, Comparator.nullsFirst(Comparator.naturalOrder())));
        if (byDay.values().stream().allMatch(TreeSet::isEmpty)) {
            return new WeeklyHours(Kind.NOT_GIVEN, List.of(), closures, zone);
        }
        if (OpeningRule.roundTheClock(rules)) {
            return new WeeklyHours(Kind.ROUND_THE_CLOCK, List.of(), closures, zone);
        }
        List<Days> days = new ArrayList<>();
        DayOfWeek first = DayOfWeek.MONDAY;
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean endsRun = day == DayOfWeek.SUNDAY || !byDay.get(day).equals(byDay.get(day.plus(1)));
            if (endsRun) {
                days.add(new Days(first, day, List.copyOf(byDay.get(day))));
                first = day.plus(1);
            }
        }
        return new WeeklyHours(Kind.HOURS, days, closures, zone);
    }

    /** Whether any hours are given (round the clock included). */
    public boolean given() {
        return kind != Kind.NOT_GIVEN;
    }

    /** The zone as people read it at {@code instant}: "UTC+8", "UTC+5:30"; null when not known. */
    public String zoneLabel(Instant instant) {
        return zone == null ? null : utc(zone.getRules().getOffset(instant));
    }

    static String utc(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int hours = Math.abs(seconds) / 3600;
        int minutes = Math.abs(seconds) % 3600 / 60;
        return "UTC" + (seconds < 0 ? "−" : "+") + hours + (minutes == 0 ? "" : String.format(":%02d", minutes));
    }

    private static boolean validOn(OpeningRule rule, LocalDate date) {
        return (rule.validFrom() == null || !date.isBefore(rule.validFrom()))
                && (rule.validTo() == null || !date.isAfter(rule.validTo()));
    }
}
