package org.familyportal.directory.domain.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A phone line is named by its kind, and only a line a person calls gets a call link. */
class PhoneTest {

    @ParameterizedTest(name = "{0} ({1}) -> {2}, {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # number                          | type      | kind      | link
            +7 (846) 200-10-30                | voice     | voice     | tel:+78462001030
            8-800-2000-122                    | -         | voice     | tel:88002000122
            8-800-2000-122                    | hotline   | hotline   | tel:88002000122
            +7 (300) 555-01-10                | crisis    | crisis    | tel:+73005550110
            +7 912 345-67-89                  | cell      | cell      | tel:+79123456789
            +7 912 345-67-89                  | Mobile    | cell      | tel:+79123456789
            +7 (846) 200-10-31                | fax       | fax       | -
            +7 900 555-38-00                  | sms       | sms       | sms:+79005553800
            +7 900 555-38-00                  | text      | sms       | sms:+79005553800
            +7 846 200-10-32                  | textphone | textphone | tel:+78462001032
            +7 846 200-10-32                  | TTY       | textphone | tel:+78462001032
            +7 846 200-10-33                  | pager     | pager     | -
            +7 846 200-10-34                  | video     | video     | -
            @semeynaya_liniya_38 (Telegram)   | messenger | messenger | -
            +7 846 200-10-35                  | office    | other     | tel:+78462001035
            по записи                         | voice     | voice     | -
            """)
    void kindAndLink(String number, String type, String kind, String link) {
        Phone phone = new Phone(number, type, null);
        assertEquals(kind, phone.kind());
        assertEquals(link, phone.link());
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            8 (800) 200-01-22   | 8002000122
            +7 800 200 01 22    | 8002000122
            200-01-22           | 2000122
            """)
    void numbersAreComparedWithoutTheTrunkPrefix(String number, String comparable) {
        assertEquals(comparable, new Phone(number, "voice", null).comparable());
    }

    @Test
    void theLineToCallComesFirstAndTheFaxLast() {
        List<Phone> lines = List.of(new Phone("1-1", "fax", null), new Phone("2-2", "messenger", null),
                new Phone("3-3", "voice", "приёмная"), new Phone("4-4", "hotline", null));
        assertEquals(List.of("hotline", "voice", "messenger", "fax"),
                lines.stream().sorted(Phone.USEFUL_FIRST).map(Phone::kind).toList());
    }
}
