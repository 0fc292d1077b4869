package org.familyportal.content.domain.measure;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StalenessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private final Staleness sixMonths = new Staleness(6);

    @Test
    void aMeasureNobodyVerifiedIsStale() {
        assertEquals(Set.of(StaleReason.NEVER_VERIFIED), sixMonths.reasons(Measures.federal("a"), TODAY));
    }

    @Test
    void aCheckWithinTheMonthsKeepsItFreshAndAnOlderOneDoesNot() {
        SupportMeasure m = Measures.federal("a");
        m.verify("editor", TODAY.minusMonths(6));
        assertFalse(sixMonths.isStale(m, TODAY), "exactly six months ago is still within");
        m.verify("editor", TODAY.minusMonths(6).minusDays(1));
        assertEquals(Set.of(StaleReason.VERIFIED_LONG_AGO), sixMonths.reasons(m, TODAY));
        assertFalse(new Staleness(12).isStale(m, TODAY), "the number of months is configured");
    }

    @Test
    void anAmountWhosePeriodEndedWithNothingAfterItMakesTheMeasureStale() {
        SupportMeasure m = Measures.federal("a");
        m.verify("editor", TODAY);
        m.getAmounts().add(Measures.amount("Доплата", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 30)));
        assertEquals(Set.of(StaleReason.AMOUNT_ENDED), sixMonths.reasons(m, TODAY));
        m.getAmounts().add(Measures.amount("Доплата", LocalDate.of(2026, 12, 1), null));
        assertFalse(sixMonths.isStale(m, TODAY), "a following amount of the same label renews it");
    }

    @Test
    void anAmountEndingTodayIsStillInEffect() {
        SupportMeasure m = Measures.federal("a");
        m.verify("editor", TODAY);
        m.getAmounts().add(Measures.amount("Доплата", LocalDate.of(2025, 1, 1), TODAY));
        assertFalse(sixMonths.isStale(m, TODAY));
        assertTrue(sixMonths.isStale(m, TODAY.plusDays(1)));
    }

    @Test
    void anIndexedAmountFromBeforeTheLatestFebruaryIsStale() {
        SupportMeasure m = Measures.federal("a");
        m.verify("editor", LocalDate.of(2027, 1, 20));
        m.getAmounts().get(0).setIndexedInFebruary(true);
        assertFalse(sixMonths.isStale(m, LocalDate.of(2027, 1, 31)), "the 2026 amount holds until February");
        assertEquals(Set.of(StaleReason.INDEXATION_PASSED), sixMonths.reasons(m, LocalDate.of(2027, 2, 1)));
        m.getAmounts().get(0).setIndexedInFebruary(false);
        assertFalse(sixMonths.isStale(m, LocalDate.of(2027, 2, 1)), "an amount not indexed yearly stays");
    }

    @Test
    void theLatestIndexationIsTheFirstOfFebruaryOnOrBeforeToday() {
        assertEquals(LocalDate.of(2026, 2, 1), Staleness.latestIndexation(LocalDate.of(2026, 2, 1)));
        assertEquals(LocalDate.of(2025, 2, 1), Staleness.latestIndexation(LocalDate.of(2026, 1, 31)));
        assertEquals(LocalDate.of(2026, 2, 1), Staleness.latestIndexation(TODAY));
    }

    @Test
    void monthsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Staleness(0));
    }
}
