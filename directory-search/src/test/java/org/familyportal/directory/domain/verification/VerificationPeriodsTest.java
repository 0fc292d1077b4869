package org.familyportal.directory.domain.verification;

import org.familyportal.directory.domain.verification.VerificationPeriods.Due;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When an organisation is reminded, when the reminder is escalated, when a listing is shown as possibly out of date. */
class VerificationPeriodsTest {

    private static final VerificationPeriods PERIODS = VerificationPeriods.DEFAULT;
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void theDefaultsAreSixMonthsThreeWeeksAndTwelveMonths() {
        assertEquals(PERIODS, VerificationPeriods.parse("P6M", "P21D", "P12M"));
    }

    @Test
    void aReminderIsDueSixMonthsAfterTheVerifiedDateToTheDay() {
        assertFalse(PERIODS.reminderDue(LocalDate.of(2026, 6, 2), TODAY), "a day short of six months");
        assertTrue(PERIODS.reminderDue(LocalDate.of(2026, 6, 1), TODAY), "six months to the day");
        assertTrue(PERIODS.reminderDue(LocalDate.of(2025, 1, 1), TODAY));
        assertFalse(PERIODS.reminderDue(null, TODAY), "nothing to count from: nothing is due");
    }

    @Test
    void aServiceNeverVerifiedCountsFromItsLastChange() {
        assertEquals(LocalDate.of(2026, 1, 5), VerificationPeriods.baseline(null, LocalDate.of(2026, 1, 5)));
        assertEquals(LocalDate.of(2026, 3, 1), VerificationPeriods.baseline(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1)),
                "the verified date wins over a later edit");
    }

    @Test
    void theReminderIsEscalatedThreeWeeksAfterItWasSent() {
        LocalDate reminded = LocalDate.of(2026, 11, 10);
        assertFalse(PERIODS.escalationDue(reminded, LocalDate.of(2026, 11, 30)), "20 days");
        assertTrue(PERIODS.escalationDue(reminded, LocalDate.of(2026, 12, 1)), "21 days");
        assertFalse(PERIODS.escalationDue(null, TODAY), "never reminded: nothing to escalate");
    }

    @Test
    void whatIsDueFollowsFromWhatWasSentForTheBaseline() {
        LocalDate old = LocalDate.of(2026, 1, 1);
        assertEquals(Due.NOTHING, PERIODS.due(LocalDate.of(2026, 11, 1), null, null, TODAY), "verified a month ago");
        assertEquals(Due.REMINDER, PERIODS.due(old, null, null, TODAY));
        assertEquals(Due.NOTHING, PERIODS.due(old, LocalDate.of(2026, 11, 20), null, TODAY), "reminded, still waiting");
        assertEquals(Due.ESCALATION, PERIODS.due(old, LocalDate.of(2026, 11, 10), null, TODAY));
        assertEquals(Due.NOTHING, PERIODS.due(old, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 22), TODAY),
                "escalated once, never again for the same baseline");
    }

    @Test
    void theListingIsPossiblyOutOfDateTwelveMonthsAfterItWasVerifiedAndNeverWithoutADate() {
        assertFalse(PERIODS.isStale(LocalDate.of(2025, 12, 2), TODAY));
        assertTrue(PERIODS.isStale(LocalDate.of(2025, 12, 1), TODAY));
        assertFalse(PERIODS.isStale(null, TODAY), "never verified: nothing is claimed");
        assertEquals(LocalDate.of(2025, 12, 1), PERIODS.staleUpTo(TODAY));
    }

    @Test
    void otherPeriodsComeFromConfigurationAndMustBePositive() {
        VerificationPeriods quick = VerificationPeriods.parse("P1M", "P7D", "P2M");
        assertTrue(quick.reminderDue(LocalDate.of(2026, 11, 1), TODAY));
        assertTrue(quick.isStale(LocalDate.of(2026, 10, 1), TODAY));
        assertThrows(IllegalArgumentException.class, () -> new VerificationPeriods(Period.ZERO, Period.ofDays(1), Period.ofDays(1)));
        assertThrows(IllegalArgumentException.class, () -> VerificationPeriods.parse("P-1M", "P21D", "P12M"));
    }
}
