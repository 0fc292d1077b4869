package org.familyportal.directory.domain.search;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/**
 * One line of a service's schedule: on these weekdays from {@code opens} to {@code closes}, or a
 * closure between two dates (holidays), in the local time of the service's region (a UTC offset).
 */
public record OpeningRule(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, LocalDate validFrom,
                          LocalDate validTo, boolean closure, int utcOffsetHours) {

    /** Whether the rules say "open" at {@code instant}: some opening applies and no closure does. */
    public static boolean openAt(List<OpeningRule> rules, java.time.Instant instant) {
        boolean open = false;
        for (OpeningRule rule : rules) {
            LocalDateTime local = ZonedDateTime.ofInstant(instant, ZoneOffset.ofHours(rule.utcOffsetHours()))
                    .toLocalDateTime();
            if (!rule.valid(local.toLocalDate())) {
                continue;
            }
            if (rule.closure()) {
                return false;
            }
            open |= rule.opensAt(local);
        }
        return open;
    }

    private boolean valid(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    private boolean opensAt(LocalDateTime local) {
        if (opens == null || closes == null || (!days.isEmpty() && !days.contains(local.getDayOfWeek()))) {
            return false;
        }
        LocalTime time = local.toLocalTime();
        return !time.isBefore(opens) && time.isBefore(closes.equals(LocalTime.of(23, 59, 59)) ? LocalTime.MAX : closes);
    }
}
