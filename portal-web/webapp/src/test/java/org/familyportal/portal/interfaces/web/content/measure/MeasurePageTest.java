package org.familyportal.portal.interfaces.web.content.measure;

import org.familyportal.content.domain.measure.AmountUnit;
import org.familyportal.content.domain.measure.MeasureAmount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A measure's source is named once when all its amounts share it, under each amount otherwise. */
class MeasurePageTest {

    private static MeasureAmount amount(String source, String url) {
        return new MeasureAmount("Размер", "Amount", new BigDecimal("1000"), AmountUnit.RUB, LocalDate.of(2026, 2, 1),
                null, source, url, false, false, null, null);
    }

    @Test
    void amountsSharingTitleAndAddressShowTheSourceOnce() {
        MeasureAmount first = amount("kommersant.ru, 01.02.2026", "https://www.kommersant.ru/doc/8397804");
        List<MeasureAmount> amounts = List.of(first,
                amount("kommersant.ru, 01.02.2026", "https://www.kommersant.ru/doc/8397804"),
                amount("kommersant.ru, 01.02.2026", "https://www.kommersant.ru/doc/8397804"));
        assertSame(first, MeasurePage.sharedSource(amounts));
    }

    @Test
    void differentSourcesAreShownUnderEachAmount() {
        assertNull(MeasurePage.sharedSource(List.of(
                amount("interfax.ru, 25.02.2026", "https://www.interfax.ru/russia/1074514"),
                amount("vedomosti.ru, 14.10.2025", "https://www.vedomosti.ru/x"))));
        assertNull(MeasurePage.sharedSource(List.of(
                amount("news.mail.ru, 2026", "https://news.mail.ru/a/"),
                amount("news.mail.ru, 2026", "https://news.mail.ru/b/"))), "same title, another page");
        assertNull(MeasurePage.sharedSource(List.of(
                amount("news.mail.ru, 2026", "https://news.mail.ru/a/"),
                amount("news.mail.ru, 2026", null))), "one without an address");
    }

    @Test
    void oneAmountOrNoneKeepsItsSourceBesideIt() {
        assertNull(MeasurePage.sharedSource(List.of(amount("kremlin.ru", "http://kremlin.ru/acts/news/68997"))));
        assertNull(MeasurePage.sharedSource(List.of()));
    }
}
