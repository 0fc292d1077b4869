package org.familyportal.portal.interfaces.web.content.measure;

import org.familyportal.content.domain.measure.AmountUnit;
import org.familyportal.content.domain.measure.MeasureAmount;
import org.familyportal.content.domain.measure.MeasureKind;
import org.familyportal.content.domain.measure.MeasureLevel;
import org.familyportal.content.domain.measure.MeasureSummary;
import org.familyportal.content.domain.measure.SupportMeasure;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The change log, stored in a fixed English form, is read in the editor's language. */
class MeasureChangeWordsTest {

    private static MeasureChangeWords words(String language) {
        Locale locale = Locale.forLanguageTag(language);
        return new MeasureChangeWords(ResourceBundle.getBundle("i18n.messages", locale), locale);
    }

    private static SupportMeasure measure() {
        SupportMeasure m = new SupportMeasure("birth-grant");
        m.setLevel(MeasureLevel.FEDERAL);
        m.setKind(MeasureKind.LUMP_SUM);
        m.setTitleRu("Пособие");
        m.setTitleEn("Grant");
        m.getAmounts().add(new MeasureAmount("Размер", "Amount", new BigDecimal("1000"), AmountUnit.RUB, LocalDate.of(2026, 2, 1),
                null, "Источник", "https://example.org/source", false, false, null, null));
        return m;
    }

    @Test
    void anEditOfFieldsAndAmountsReadsInRussian() {
        SupportMeasure before = measure();
        SupportMeasure after = measure();
        after.setTitleRu("Единовременное пособие");
        after.setRegionCode("38");
        after.getAmounts().get(0).setValue(new BigDecimal("160000.50"));
        String stored = MeasureSummary.difference(before, after);
        assertTrue(stored.startsWith("region, title, amounts: "), stored);

        String ru = words("ru").describe(stored).replace('\u00a0', ' ').replace('\u202f', ' ');
        assertEquals("изменено: регион, название; суммы: Размер = 160 000,5 ₽, действует с 01.02.2026, не сверено"
                + " [https://example.org/source]", ru);
        String en = words("en").describe(stored);
        assertTrue(en.startsWith("changed: region, title; amounts: Размер = "), en);
        assertTrue(en.contains("160,000.5") && en.contains("not confirmed") && !en.contains("(unconfirmed)"), en);
    }

    @Test
    void theFixedLinesAreWords() {
        assertEquals("мера создана", words("ru").describe("created"));
        assertEquals("без изменений", words("ru").describe("no change"));
        assertEquals("проверена по источникам 02.12.2026", words("ru").describe("verified 2026-12-02"));
        assertEquals("checked against the sources on 02.12.2026", words("en").describe("verified 2026-12-02"));
    }

    @Test
    void onlyAmountsChangedAndAnEndDate() {
        String ru = words("ru").describe("amounts: Размер = 40 PERCENT 2026-01-01…2026-12-31 [null]");
        assertEquals("суммы: Размер = 40 %, действует с 01.01.2026 по 31.12.2026", ru);
    }

    @Test
    void aLineNotInTheFormIsShownAsStored() {
        String cut = "amounts: Размер = 1000 RUB 2026-02-01… (unconfir…";
        String ru = words("ru").describe(cut);
        assertTrue(ru.endsWith("Размер = 1000 RUB 2026-02-01… (unconfir…"), ru);
        assertEquals("изменено: something", words("ru").describe("something"));
        assertFalse(words("en").describe("level").contains("{0}"));
    }
}
