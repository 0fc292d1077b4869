package org.familyportal.portal.infrastructure.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Accept-Language is read leniently: what does not parse is ignored, the rest passed on in strict form. */
class AcceptLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"en;q=abc", "ru;q=2", ";;;", "en-", "", " ", ",,,", "en;q=", "ru;q=-1", "😀", "en;;q=1"})
    void anUnparseableHeaderIsIgnored(String header) {
        assertEquals(Optional.empty(), AcceptLanguage.normalized(header));
    }

    @Test
    void aGoodHeaderIsKeptInStrictForm() {
        assertEquals(Optional.of("en-us,en;q=0.900,ru;q=0.800"), AcceptLanguage.normalized("en-US,en;q=0.9,ru;q=0.8"));
        assertEquals(Optional.of("ru"), AcceptLanguage.normalized("ru"));
        assertEquals(Optional.of("*"), AcceptLanguage.normalized("*"));
        assertEquals(Optional.empty(), AcceptLanguage.normalized(null));
        assertEquals(Optional.empty(), AcceptLanguage.normalized("en,".repeat(1000)), "an absurdly long header");
    }
}
