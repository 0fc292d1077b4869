package org.familyportal.portal.interfaces.web.content.measure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An amount typed the reader's way is read; garbage is refused. */
class AmountConverterTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @ParameterizedTest
    @ValueSource(strings = {"160 000,50", "160\u00a0000,50", "160\u202f000,5", "160000.50", " 160000,5 ", "160 000.50"})
    void russianWaysOfWritingAnAmount(String typed) {
        assertEquals(0, new BigDecimal("160000.5").compareTo(AmountConverter.parse(typed, RU).orElseThrow()), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"160,000.50", "160000.50", "160 000.5", "160000,5"})
    void englishWaysOfWritingAnAmount(String typed) {
        assertEquals(0, new BigDecimal("160000.5").compareTo(AmountConverter.parse(typed, Locale.ENGLISH).orElseThrow()), typed);
    }

    @Test
    void anEnglishCommaBeforeThreeDigitsGroupsThem() {
        assertEquals(new BigDecimal("1500"), AmountConverter.parse("1,500", Locale.ENGLISH).orElseThrow());
        assertEquals(0, new BigDecimal("1.5").compareTo(AmountConverter.parse("1,500", RU).orElseThrow()), "a Russian comma is the fraction");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12abc", "1,2,3", "1.2.3", "1,000.000.5", "--5", "₽", ",", "5 ₽", "1e5"})
    void garbageIsRefused(String typed) {
        assertEquals(Optional.empty(), AmountConverter.parse(typed, RU), typed);
        assertEquals(Optional.empty(), AmountConverter.parse(typed, Locale.ENGLISH), typed);
    }

    @Test
    void anAmountIsShownBackTheReadersWay() {
        String ru = AmountConverter.format(new BigDecimal("160000.50"), RU);
        assertEquals("160 000,5", ru.replace('\u00a0', ' ').replace('\u202f', ' '));
        assertEquals(0, new BigDecimal("160000.5").compareTo(AmountConverter.parse(ru, RU).orElseThrow()), "what is shown reads back");
        assertEquals("160,000.5", AmountConverter.format(new BigDecimal("160000.50"), Locale.ENGLISH));
        assertEquals("31000", AmountConverter.format(new BigDecimal("31000.00"), Locale.ENGLISH).replace(",", ""));
    }
}
