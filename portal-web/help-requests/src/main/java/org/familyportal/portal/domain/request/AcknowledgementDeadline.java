package org.familyportal.portal.domain.request;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * By when a centre must acknowledge a request: urgent ones within a short time around the clock,
 * the others within a number of working days (Monday to Friday, in the region's time zone).
 */
public record AcknowledgementDeadline(Duration urgentWithin, int workingDays) {

    public AcknowledgementDeadline {
        if (urgentWithin.isNegative() || urgentWithin.isZero() || workingDays < 1) {
            throw new IllegalArgumentException("Deadlines must be positive");
        }
    }

    public Instant due(Instant received, boolean urgent, ZoneId zone) {
        if (urgent) {
            return received.plus(urgentWithin);
        }
        ZonedDateTime due = received.atZone(zone);
        int left = workingDays;
        // A request that comes in on a weekend is counted from the start of Monday.
        while (isWeekend(due)) {
            due = due.plusDays(1).toLocalDate().atStartOfDay(zone);
        }
        while (left > 0) {
            due = due.plusDays(1);
            if (!isWeekend(due)) {
                left--;
            }
        }
        return due.toInstant();
    }

    private static boolean isWeekend(ZonedDateTime time) {
        DayOfWeek day = time.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
