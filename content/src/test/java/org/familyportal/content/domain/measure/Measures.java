package org.familyportal.content.domain.measure;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Valid measures and amounts for the tests to vary. */
public final class Measures {

    private Measures() {
    }

    public static SupportMeasure federal(String code) {
        SupportMeasure m = new SupportMeasure(code);
        m.setLevel(MeasureLevel.FEDERAL);
        m.setKind(MeasureKind.LUMP_SUM);
        m.setTitleRu("Пособие");
        m.setTitleEn("Grant");
        m.setGiverRu("СФР");
        m.setGiverEn("SFR");
        m.getAmounts().add(amount("Размер", LocalDate.of(2026, 2, 1), null));
        return m;
    }

    public static MeasureAmount amount(String label, LocalDate from, LocalDate to) {
        return new MeasureAmount(label, label + " (en)", new BigDecimal("1000"), AmountUnit.RUB, from, to,
                "Источник", "https://example.org/source", false, false, null, null);
    }
}
