package org.familyportal.portal.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Shows moments in the portal's display time zone ({@code portal.display.time-zone}) and how long
 * ago they were, in a form that reads the same in Russian and English.
 */
@Named
@ApplicationScoped
public class Moments {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    @ConfigProperty(name = "portal.display.time-zone", defaultValue = "Europe/Moscow")
    String zone;

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(ZoneId.of(zone)));
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "3 h 5 min", "2 d 4 h": the age of a request in the queue. */
    public String age(Instant since) {
        if (since == null) {
            return "";
        }
        Duration age = Duration.between(since, Instant.now());
        if (age.isNegative()) {
            age = Duration.ZERO;
        }
        if (age.toDays() > 0) {
            return Messages.text("time.daysHours", age.toDays(), age.toHoursPart());
        }
        return Messages.text("time.hoursMinutes", age.toHours(), age.toMinutesPart());
    }

    public LocalDate today() {
        return LocalDate.now(ZoneId.of(zone));
    }
}
