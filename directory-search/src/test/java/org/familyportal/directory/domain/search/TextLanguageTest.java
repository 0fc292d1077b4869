package org.familyportal.directory.domain.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The language a service's text is analysed in: its declared language, or the alphabet it is written in. */
class TextLanguageTest {

    @ParameterizedTest(name = "{0} [{1}] -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Школа приёмных родителей                         | -     | ru
            Family Reading at the Library                    | -     | en
            Family Reading at the Library                    | en    | en
            Центр «Family» для родителей и детей             | -     | ru
            Консультации на английском языке                 | en    | ru
            Food Bank: продукты для семей                    | en    | ru
            IT-курсы для мам                                 | ru    | ru
            12-17                                            | -     | ru
            12-17                                            | en    | en
            Help for parents of teenagers                    | ru,en | en
            """)
    void theLanguageOfAServicesText(String text, String declared, String expected) {
        assertEquals(expected, TextLanguage.of(text, declared == null ? Set.of() : Set.of(declared.split(","))));
    }
}
