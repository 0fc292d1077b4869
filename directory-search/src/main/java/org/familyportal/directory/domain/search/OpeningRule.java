package org.familyportal.directory.domain.search;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One line of a service's schedule: on these weekdays (none: every day) from {@code opens} to
 * {@code closes}, or a closure between two dates (holidays; no dates: closed until further
 * notice), in the local time {@code zone} of the place (null when nobody knows it: then whether it
 * is open now is not known either).
 *
 * <p>A period that closes at or before it opens runs overnight: 20:00–08:00 on Monday is open from
 * Monday 20:00 to Tuesday 08:00. A period that opens and closes at the same time, or closes at
 * 23:59, lasts to midnight.
 */
public record OpeningRule(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, LocalDate validFrom,
                          LocalDate validTo, boolean closure, ZoneId zone) {

    private static final LocalTime LAST_MINUTE = LocalTime.of(23, 59);

    public OpeningRule {
        days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    /** Closed until further notice (a temporarily closed service). */
    public static OpeningRule closedUntilFurtherNotice() {
        return new OpeningRule(Set.of(), null, null, null, null, true, ZoneOffset.UTC);
    }

    /** The same rule in {@code zone}, when it has none of its own. */
    public OpeningRule inZoneIfUnknown(ZoneId fallback) {
        return zone != null || fallback == null ? this
                : new OpeningRule(days, opens, closes, validFrom, validTo, closure, fallback);
    }

    /** Whether the rules say "open" at {@code instant} (see {@link #at}). */
    public static boolean openAt(List<OpeningRule> rules, Instant instant) {
        return at(rules, instant).open();
    }

    /**
     * What the rules say at {@code instant}: a closure that applies wins; else open when a period
     * covers the moment in its place's time; closed when hours are given and none covers it; not
     * given when there are no hours for the day's date, or their time zone is not known.
     */
    public static Opening at(List<OpeningRule> rules, Instant instant) {
        boolean hours = false;
        boolean zoneUnknown = false;
        boolean open = false;
        for (OpeningRule rule : rules) {
            LocalDateTime local = LocalDateTime.ofInstant(instant, rule.zone == null ? ZoneOffset.UTC : rule.zone);
            if (rule.closure) {
                if (rule.valid(local.toLocalDate())) {
                    return Opening.CLOSED;
                }
                continue;
            }
            if (!rule.hasHours() || !(rule.valid(local.toLocalDate()) || rule.valid(local.toLocalDate().minusDays(1)))) {
                continue;
            }
            hours = true;
            if (rule.zone == null) {
                zoneUnknown = true;
            } else {
                open |= rule.opensAt(local);
            }
        }
        if (open) {
            return roundTheClock(rules) ? Opening.ROUND_THE_CLOCK : Opening.OPEN;
        }
        return !hours || zoneUnknown ? Opening.NOT_GIVEN : Opening.CLOSED;
    }

    /** Whether the hours cover every hour of every day (ignoring closures). */
    public static boolean roundTheClock(List<OpeningRule> rules) {
        Set<DayOfWeek> wholeDays = EnumSet.noneOf(DayOfWeek.class);
        for (OpeningRule rule : rules) {
            if (!rule.closure && rule.hasHours() && rule.validFrom == null && rule.validTo == null && rule.wholeDay()) {
                wholeDays.addAll(rule.days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : rule.days);
            }
        }
        return wholeDays.size() == 7;
    }

    private boolean hasHours() {
        return opens != null && closes != null;
    }

    /** Midnight to midnight. */
    private boolean wholeDay() {
        return opens.equals(LocalTime.MIDNIGHT) && (closes.equals(LocalTime.MIDNIGHT) || !closes.isBefore(LAST_MINUTE));
    }

    private boolean valid(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    private boolean on(LocalDate date) {
        return valid(date) && (days.isEmpty() || days.contains(date.getDayOfWeek()));
    }

    private boolean opensAt(LocalDateTime local) {
        LocalTime time = local.toLocalTime();
        LocalDate today = local.toLocalDate();
        if (!closes.isAfter(opens) || !closes.isBefore(LAST_MINUTE)) {
            // To midnight, or overnight into the next day.
            boolean sameDay = on(today) && !time.isBefore(opens);
            boolean fromYesterday = closes.isBefore(opens) && on(today.minusDays(1)) && time.isBefore(closes);
            return sameDay || fromYesterday;
        }
        return on(today) && !time.isBefore(opens) && time.isBefore(closes);
    }
}
