package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.domain.search.Cost;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.Phone;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.directory.domain.search.ServiceArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a result shows: the same line listed at several places is one result; a regional line is
 * found in its region only and is not "from anywhere"; its phones keep their types.
 */
class ResultDetailsTest {

    private static final IndexedService.Point IRKUTSK = new IndexedService.Point(52.287, 104.305);
    private static final IndexedService.Point SAMARA = new IndexedService.Point(53.1959, 50.1002);
    private static final IndexedService.Point TOLYATTI = new IndexedService.Point(53.5078, 49.4204);
    private static final IndexedService.Point SYZRAN = new IndexedService.Point(53.1585, 48.4681);
    private static final ServiceArea SAMARA_REGION = new ServiceArea(ServiceArea.Kind.REGION, "63", "Самарская область",
            "Samara Oblast");

    private SearchIndex index;

    @BeforeEach
    void open() throws Exception {
        index = new SearchIndex(new ByteBuffersDirectory());
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private static IndexedService line(String id, String organization, String name, IndexedService.Point point,
                                       String municipality, Set<String> areaMunicipalities, List<ServiceArea> areas,
                                       boolean everywhere, List<Phone> phones) {
        return new IndexedService(id, name, "Телефон доверия для родителей и подростков, анонимно.", organization, "",
                Set.of("hotline"), Set.of(), Set.of("phone"), null, municipality == null ? Set.of() : Set.of(municipality),
                areaMunicipalities, point, false, everywhere, Cost.FREE, LocalDate.now(), List.of(), Set.of("ru"), false,
                "", phones, areas);
    }

    @Test
    void theSameLineAtThreePlacesIsOneResultSayingWhereElse() throws Exception {
        List<Phone> phones = List.of(new Phone("8-800-2000-122", "hotline", "бесплатно по России"),
                new Phone("+7 (846) 200-10-31", "fax", "приёмная"));
        index.rebuild(List.of(
                line("samara", "Служба доверия «Рядом»", "Телефон доверия «Рядом»", SAMARA, "63-samara", Set.of(), List.of(), false, phones),
                line("tolyatti", "Служба доверия «Рядом»", "Телефон доверия «Рядом»", TOLYATTI, "63-tolyatti", Set.of(), List.of(), false,
                        List.of(new Phone("+7 800 200 01 22", "voice", null))),
                line("syzran", "Служба доверия  «Рядом»", "телефон доверия «рядом»", SYZRAN, "63-syzran", Set.of(), List.of(), false, phones),
                line("other", "Служба доверия «Рядом»", "Телефон доверия «Рядом»", SYZRAN, "63-syzran", Set.of(), List.of(), false,
                        List.of(new Phone("+7 846 300-00-00", "voice", null)))));

        SearchQuery near = SearchQuery.text("телефон доверия").near(TOLYATTI, "63-tolyatti", null).sortedByDistance();
        SearchResults results = index.search(near);
        assertEquals(List.of("tolyatti", "other"), results.hits().stream().map(SearchResults.Hit::id).toList(),
                "the nearest of the three places shows, a line with another number is another service");
        assertEquals(2, results.hits().get(0).alsoAt());
        assertEquals(0, results.hits().get(1).alsoAt());
        assertEquals(2, results.total(), "the total does not promise the folded results");
    }

    @Test
    void foldingKeepsPagesCoherent() throws Exception {
        List<IndexedService> services = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // Every third service is the same line at another place.
            String name = i % 3 == 0 ? "Телефон доверия «Рядом»" : "Телефон доверия № " + i;
            String number = i % 3 == 0 ? "8-800-2000-122" : "8-800-100-00-" + (10 + i);
            services.add(line("s" + i, "Служба доверия", name, SAMARA, "63-samara", Set.of(), List.of(), true,
                    List.of(new Phone(number, "hotline", null))));
        }
        index.rebuild(services);
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            SearchResults results = index.search(new SearchQuery("телефон доверия", null, null, null, Set.of(), Set.of(),
                    Set.of(), Set.of(), Set.of(), null, false, false, java.time.Instant.now(), page * 5, 5));
            results.hits().forEach(h -> seen.add(h.id()));
            assertTrue(results.total() >= 21, "never fewer than what is there: " + results.total());
        }
        assertEquals(seen.size(), Set.copyOf(seen).size(), "no result on two pages: " + seen);
        assertEquals(21, seen.size(), "20 different lines and the shared one, once: " + seen);
        assertEquals(1, seen.stream().filter(id -> Integer.parseInt(id.substring(1)) % 3 == 0).count());
    }

    @Test
    void aRegionalLineServesItsRegionNotTheCountry() throws Exception {
        index.rebuild(List.of(
                line("samara-line", "Региональная «Семейная линия»", "Телефон доверия «Семейная линия»", SAMARA, "63-samara",
                        Set.of("63-samara", "63-tolyatti", "63-syzran"), List.of(SAMARA_REGION), false,
                        List.of(new Phone("8-800-363-00-00", "hotline", null))),
                line("country-line", "Детский телефон доверия", "Детский телефон доверия", null, null, Set.of(),
                        List.of(new ServiceArea(ServiceArea.Kind.COUNTRY, null, null, null)), true,
                        List.of(new Phone("8-800-2000-122", "hotline", null)))));

        SearchResults irkutsk = index.search(SearchQuery.text("телефон доверия").near(IRKUTSK, "38-irkutsk", 50.0));
        assertEquals(List.of("country-line"), irkutsk.hits().stream().map(SearchResults.Hit::id).toList(),
                "a Samara line is not offered to a parent in Irkutsk");
        assertTrue(irkutsk.hits().get(0).everywhere());

        SearchResults tolyatti = index.search(SearchQuery.text("семейная линия").near(TOLYATTI, "63-tolyatti", 5.0));
        SearchResults.Hit regional = tolyatti.hits().stream().filter(h -> h.id().equals("samara-line")).findFirst().orElseThrow();
        assertFalse(regional.everywhere(), "a regional line is not badged 'from anywhere'");
        assertEquals(List.of(SAMARA_REGION), regional.areas());
        assertEquals("Samara Oblast", regional.areas().get(0).name("en"));
    }

    @Test
    void phonesKeepTheirTypeAndDescription() throws Exception {
        index.rebuild(List.of(line("a", "Центр «Надежда»", "Телефон доверия", SAMARA, "63-samara", Set.of(), List.of(), true,
                List.of(new Phone("8-800-2000-122", "hotline", "круглосуточно"), new Phone("+7 846 200-10-31", "fax", null),
                        new Phone("+7 900 555-63-00", "sms", "для глухих и слабослышащих")))));
        SearchResults.Hit hit = index.search(SearchQuery.text("телефон доверия")).hits().get(0);
        assertEquals(List.of("hotline", "fax", "sms"), hit.phones().stream().map(Phone::kind).toList());
        assertEquals("круглосуточно", hit.phones().get(0).description());
        assertEquals("tel:88002000122", hit.phones().get(0).link());
        assertEquals(null, hit.phones().get(1).link(), "a fax is not a call link");
    }
}
