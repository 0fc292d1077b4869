package org.familyportal.portal.infrastructure.web;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionLimitsTest {

    @Test
    void eachClientGetsItsQuotaPerMinute() {
        MutableClock clock = new MutableClock();
        SubmissionLimits limits = new SubmissionLimits(3, clock);
        assertTrue(limits.tryPass("a") && limits.tryPass("a") && limits.tryPass("a"));
        assertFalse(limits.tryPass("a"));
        assertTrue(limits.tryPass("b"), "another client has its own quota");
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        assertTrue(limits.tryPass("a"), "a new minute, a new quota");
    }

    @Test
    void aLimitOfZeroLetsEverythingPass() {
        SubmissionLimits limits = new SubmissionLimits(0, new MutableClock());
        for (int i = 0; i < 1000; i++) {
            assertTrue(limits.tryPass("a"));
        }
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
