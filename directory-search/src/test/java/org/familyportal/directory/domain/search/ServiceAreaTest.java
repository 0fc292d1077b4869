package org.familyportal.directory.domain.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "From anywhere" only for a service used at a distance whose data does not limit where from (or
 * limits it to the whole country); a regional line serves its region.
 */
class ServiceAreaTest {

    @ParameterizedTest(name = "remote={0}, areas={1} -> everywhere={2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # remote | areas (kind:code, comma separated)      | everywhere
            true     | -                                        | true
            true     | COUNTRY:-                                | true
            true     | REGION:63                                | false
            true     | MUNICIPALITY:38-irkutsk,MUNICIPALITY:38-angarsk | false
            true     | UNKNOWN:-                                | false
            true     | REGION:63,COUNTRY:-                      | true
            false    | -                                        | false
            false    | COUNTRY:-                                | false
            false    | MUNICIPALITY:38-irkutsk                  | false
            """)
    void everywhereOnlyWhenNotLimited(boolean remote, String areas, boolean everywhere) {
        List<ServiceArea> list = new ArrayList<>();
        if (areas != null) {
            for (String area : areas.split(",")) {
                String[] parts = area.split(":");
                list.add(new ServiceArea(ServiceArea.Kind.valueOf(parts[0]), "-".equals(parts[1]) ? null : parts[1], "x", "x"));
            }
        }
        assertEquals(everywhere, ServiceArea.everywhere(remote, list));
    }

    @ParameterizedTest(name = "{0} / {1} / {2} -> {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # code | name                  | extent type   | country-wide
            RU     | -                     | -             | true
            -      | Российская Федерация  | -             | true
            -      | Вся Россия            | -             | true
            -      | Russia                | -             | true
            -      | -                     | country       | true
            -      | Самарская область     | region        | false
            63     | Самарская область     | -             | false
            -      | -                     | -             | false
            """)
    void countryWide(String code, String name, String extentType, boolean countryWide) {
        assertEquals(countryWide, ServiceArea.countryWide(code, name, extentType));
    }
}
