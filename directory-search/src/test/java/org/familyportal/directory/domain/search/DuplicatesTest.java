package org.familyportal.directory.domain.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same service offered more than once (organisation, name, main phone) is one result. */
class DuplicatesTest {

    @ParameterizedTest(name = "{0} | {1} | {2}  vs  {3} | {4} | {5} -> same={6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # organisation A             | name A                         | phone A            | organisation B               | name B                          | phone B            | same
            АНО «Семейный круг»          | Консультации психолога          | +7 846 200-10-30   | АНО «Семейный круг»          | Консультации психолога          | +7 846 200-10-30   | true
            АНО «Семейный круг»          | Консультации психолога          | +7 846 200-10-30   | АНО \"Семейный  круг\"         | консультации психолога.         | 8 (846) 200 10 30  | true
            Региональная «Семейная линия» | Телефон доверия «Семейная линия» | 8-800-300-00-00  | Региональная «Семейная линия» | Телефон доверия «Семейная линия» | 8-800-301-00-00  | false
            АНО «Семейный круг»          | Консультации психолога          | +7 846 200-10-30   | АНО «Парус»                  | Консультации психолога          | +7 846 200-10-30   | false
            АНО «Семейный круг»          | Консультации психолога          | +7 846 200-10-30   | АНО «Семейный круг»          | Группа поддержки                | +7 846 200-10-30   | false
            Центр «Надежда»              | Приём психолога                 | 200-01-22          | Центр «Надёжда»              | Приём психолога                 | 200-01-22          | true
            Центр «Надежда»              | Приём психолога                 | -                  | Центр «Надежда»              | Приём психолога                 | -                  | false
            """)
    void sameOffer(String orgA, String nameA, String phoneA, String orgB, String nameB, String phoneB, boolean same) {
        String a = Duplicates.key(orgA, nameA, phoneA == null ? List.of() : List.of(new Phone(phoneA, "voice", null)));
        String b = Duplicates.key(orgB, nameB, phoneB == null ? List.of() : List.of(new Phone(phoneB, "voice", null)));
        if (same) {
            assertNotEquals(null, a);
            assertEquals(a, b);
        } else {
            // A service without a number has no key: it is never folded.
            assertTrue(a == null || !a.equals(b), a + " / " + b);
        }
    }

    @Test
    void theMainLineDecidesNotAFaxListedFirst() {
        String withFax = Duplicates.key("Org", "Line", List.of(new Phone("1-11-11", "fax", null), new Phone("2-22-22", "voice", null)));
        String voiceOnly = Duplicates.key("Org", "Line", List.of(new Phone("2-22-22", "hotline", null)));
        assertEquals(withFax, voiceOnly);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # keys in rank order (- is a result that is never folded) | kept as index:others
            a,b,c                                                      | 0:0,1:0,2:0
            a,a,a,a                                                    | 0:3
            a,b,a,c,b,a                                                | 0:2,1:1,3:0
            -,-,a,a                                                    | 0:0,1:0,2:1
            """)
    void keepsTheFirstAndCountsTheOthers(String keys, String kept) {
        List<String> list = Arrays.stream(keys.split(",")).map(k -> "-".equals(k) ? null : k).toList();
        assertEquals(kept, String.join(",", Duplicates.fold(list).stream().map(k -> k.index() + ":" + k.others()).toList()));
    }

    @Test
    void aLongerWindowBeginsWithTheFoldingOfAShorterOne() {
        // Pages cut from windows of different depths agree (see SearchIndex).
        List<String> keys = List.of("a", "b", "a", "c", "d", "b", "e", "a", "f", "g");
        for (int n = 1; n <= keys.size(); n++) {
            List<Integer> shorter = Duplicates.fold(keys.subList(0, n)).stream().map(Duplicates.Kept::index).toList();
            List<Integer> longer = Duplicates.fold(keys).stream().map(Duplicates.Kept::index).toList();
            assertEquals(shorter, longer.subList(0, shorter.size()));
        }
    }
}
