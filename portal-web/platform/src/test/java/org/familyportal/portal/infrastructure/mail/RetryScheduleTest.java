package org.familyportal.portal.infrastructure.mail;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(24));
    private final Instant queued = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void theWaitDoublesFromTheFirstUpToTheLongest() {
        assertEquals(Duration.ofSeconds(30), schedule.waitAfter(1));
        assertEquals(Duration.ofMinutes(1), schedule.waitAfter(2));
        assertEquals(Duration.ofMinutes(2), schedule.waitAfter(3));
        assertEquals(Duration.ofMinutes(8), schedule.waitAfter(5));
        assertEquals(Duration.ofMinutes(15), schedule.waitAfter(6), "16 minutes capped at 15");
        assertEquals(Duration.ofMinutes(15), schedule.waitAfter(1_000_000), "no overflow however many failures");
    }

    @Test
    void anSmtpServerDownForTenMinutesCostsNoMailAndOnlyAFewAttempts() {
        // The old outbox gave up after 20 attempts, each commit burning one: ten busy minutes lost the alert.
        Instant now = queued;
        int failures = 0;
        while (now.isBefore(queued.plus(Duration.ofMinutes(10)))) {
            failures++;
            assertFalse(schedule.givesUp(queued, now));
            now = schedule.nextAttempt(failures, queued, now);
        }
        assertTrue(failures <= 6, "tried " + failures + " times in ten minutes");
        assertTrue(now.isBefore(queued.plus(Duration.ofMinutes(10)).plus(Duration.ofMinutes(15))),
                "the next attempt after the outage comes within the longest wait");
    }

    @Test
    void aMailIsGivenUpOnlyAfterTheGiveUpTimeAndTriedOnceMoreThen() {
        assertFalse(schedule.givesUp(queued, queued.plus(Duration.ofHours(23))));
        assertTrue(schedule.givesUp(queued, queued.plus(Duration.ofHours(24))));
        Instant late = queued.plus(Duration.ofHours(24)).minus(Duration.ofMinutes(5));
        assertEquals(queued.plus(Duration.ofHours(24)), schedule.nextAttempt(40, queued, late),
                "the last attempt is at the give-up time, not a full wait after it");
        Instant after = queued.plus(Duration.ofHours(25));
        assertEquals(after, schedule.nextAttempt(40, queued, after));
    }

    @Test
    void minutesAreNoGiveUpTime() {
        assertThrows(IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofMinutes(10)));
        assertThrows(IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ZERO, Duration.ofMinutes(15), Duration.ofHours(1)));
    }
}
