package org.familyportal.content.domain.measure;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MeasureAmountTest {

    private final MeasureAmount year2026 = Measures.amount("Размер", LocalDate.of(2026, 2, 1), LocalDate.of(2027, 1, 31));

    @Test
    void anAmountIsInEffectFromItsFirstToItsLastDayBothIncluded() {
        assertFalse(year2026.inEffectOn(LocalDate.of(2026, 1, 31)));
        assertTrue(year2026.inEffectOn(LocalDate.of(2026, 2, 1)));
        assertTrue(year2026.inEffectOn(LocalDate.of(2027, 1, 31)));
        assertFalse(year2026.inEffectOn(LocalDate.of(2027, 2, 1)));
        assertTrue(year2026.endedBefore(LocalDate.of(2027, 2, 1)));
    }

    @Test
    void anOpenEndedAmountNeverEnds() {
        MeasureAmount open = Measures.amount("Размер", LocalDate.of(2026, 2, 1), null);
        assertTrue(open.inEffectOn(LocalDate.of(2040, 1, 1)));
        assertFalse(open.endedBefore(LocalDate.of(2040, 1, 1)));
    }

    @Test
    void theCataloguesShowsCurrentAndComingAmountsNotEndedOnes() {
        SupportMeasure m = Measures.federal("a");
        m.getAmounts().clear();
        MeasureAmount old = Measures.amount("Размер", LocalDate.of(2025, 2, 1), LocalDate.of(2026, 1, 31));
        MeasureAmount next = Measures.amount("Размер", LocalDate.of(2027, 2, 1), null);
        m.getAmounts().addAll(List.of(old, year2026, next));
        assertEquals(List.of(year2026, next), m.amountsFrom(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void anUnconfirmedFigureIsFlaggedAndAConfirmedOneIsNot() {
        SupportMeasure m = Measures.federal("a");
        assertTrue(m.hasUnconfirmedAmount(LocalDate.of(2026, 12, 1)));
        m.getAmounts().get(0).setConfirmed(true);
        assertFalse(m.hasUnconfirmedAmount(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void englishFallsBackToRussianWhenNotWritten() {
        assertEquals("Размер", new MeasureAmount("Размер", "", null, AmountUnit.RUB, null, null, null, null, false, false, null, null).label("en"));
        assertEquals("Size", new MeasureAmount("Размер", "Size", null, AmountUnit.RUB, null, null, null, null, false, false, null, null).label("en"));
    }
}
