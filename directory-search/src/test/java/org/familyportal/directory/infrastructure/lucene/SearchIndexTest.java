package org.familyportal.directory.infrastructure.lucene;

import org.familyportal.directory.wiring.Directory;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.application.demo.DemoDataLoad;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.Opening;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.directory.infrastructure.jdbc.IndexSource;
import org.familyportal.directory.infrastructure.jdbc.TopicSynonymTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search index over the demo directory: Russian words, typos, places, facets, hours, changes. */
class SearchIndexTest {

    private static final IndexedService.Point IRKUTSK = new IndexedService.Point(52.2870, 104.3050);
    /** A village of Nizhneilimsky district, some 65 km from the district centre. */
    private static final IndexedService.Point NOVAYA_IGIRMA = new IndexedService.Point(57.1333, 103.9000);

    private static SearchIndex index;
    private static DataSource db;

    @BeforeAll
    static void indexTheDemoDirectory() throws Exception {
        db = DirectoryDatabase.fresh();
        new Directory(db).demoData().loadOnce();
        index = new SearchIndex(new ByteBuffersDirectory());
        List<IndexedService> services = new ArrayList<>();
        new IndexSource(db).all(services::add);
        index.rebuild(services);
        index.useSynonyms(new TopicSynonymTable(db).all());
        assertTrue(index.current());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void inflectedRussianWordsFindTheServiceNearestFirst() throws Exception {
        SearchResults results = index.search(SearchQuery.text("психолога для подростков").near(IRKUTSK, "38-irkutsk", 50.0));
        assertTrue(results.total() > 0);
        SearchResults.Hit first = results.hits().get(0);
        assertTrue(first.name().toLowerCase().contains("психолог") || first.categories().contains("psychological-help"),
                first.toString());
        for (SearchResults.Hit hit : results.hits()) {
            // A regional line serves the region it names (Irkutsk Oblast), not the whole country.
            assertTrue(hit.everywhere() || hit.confidential() || (hit.distanceKm() != null && hit.distanceKm() <= 50)
                    || hit.areas().stream().anyMatch(a -> "38".equals(a.code()) || "38-irkutsk".equals(a.code())),
                    "within 50 km, reachable from anywhere, or serving Irkutsk: " + hit);
        }
    }

    @Test
    void sortedByDistanceTheNearestComeFirstAndFacetsStayCounted() throws Exception {
        SearchResults results = index.search(SearchQuery.text("").near(IRKUTSK, "38-irkutsk", 30.0).sortedByDistance());
        assertTrue(results.hits().size() >= 5);
        double last = 0;
        for (SearchResults.Hit hit : results.hits()) {
            if (hit.distanceKm() != null) {
                assertTrue(hit.distanceKm() >= last, "nearest first: " + results.hits());
                last = hit.distanceKm();
            }
        }
        assertTrue(results.facets().get("category").size() > 0);
    }

    @Test
    void typosStillFindTheService() throws Exception {
        SearchResults results = index.search(SearchQuery.text("юритс"));
        assertTrue(results.total() > 0, "«юритс» finds the lawyer");
        assertTrue(results.hits().get(0).categories().contains("legal-aid"), results.hits().get(0).toString());
        assertTrue(index.search(SearchQuery.text("псхолог")).total() > 0);
    }

    @Test
    void snippetsMarkTheMatchedWordsInAnyFormAndTypo() throws Exception {
        SearchResults near = index.search(SearchQuery.text("психологи").near(IRKUTSK, "38-irkutsk", 50.0));
        assertTrue(near.hits().stream().anyMatch(h -> h.snippet().contains("<mark>")), near.hits().toString());
        SearchResults typo = index.search(SearchQuery.text("псхолог"));
        assertTrue(typo.hits().stream().anyMatch(h -> h.snippet().toLowerCase().contains("<mark>психолог")),
                typo.hits().toString());
    }

    @Test
    void aMobileTeamServingTheVillageIsFoundThoughItsBaseIsFar() throws Exception {
        SearchResults results = index.search(SearchQuery.text("").near(NOVAYA_IGIRMA, "38-nizhneilimsky", 10.0)
                .withCategories(Set.of("mobile-team")));
        assertTrue(results.total() >= 1, "the mobile team comes to the village");
        for (SearchResults.Hit hit : results.hits()) {
            assertTrue(hit.categories().contains("mobile-team"));
        }
    }

    @Test
    void confidentialSheltersShowNoDistance() throws Exception {
        // The nearest shelter is in Angarsk, some 40 km away; it is found by its town's public centre.
        SearchResults results = index.search(SearchQuery.text("кризисный центр").near(IRKUTSK, "38-irkutsk", 50.0)
                .withCategories(Set.of("crisis-shelter")));
        assertTrue(results.total() >= 1);
        for (SearchResults.Hit hit : results.hits()) {
            assertTrue(hit.confidential(), hit.toString());
            assertNull(hit.distanceKm(), "no distance to a confidential place");
        }
    }

    @Test
    void facetsCountAndFilter() throws Exception {
        SearchResults all = index.search(SearchQuery.text(""));
        assertTrue(all.facets().get("category").get("legal-aid") > 0);
        int legal = all.facets().get("category").get("legal-aid");
        SearchResults legalOnly = index.search(SearchQuery.text("").withCategories(Set.of("legal-aid")));
        assertEquals(legal, legalOnly.total());
        assertTrue(all.facets().get("municipality").size() >= 40);
        assertTrue(all.facets().get("free").containsKey("true"));
    }

    @Test
    void openNowIsComputedInTheRegionsTime() throws Exception {
        // Tuesday 24 Nov 2026, 10:30 in Irkutsk (UTC+8) / 09:30 in Novosibirsk / 07:30 in Chelyabinsk / 06:30 in Samara.
        SearchResults morning = index.search(SearchQuery.text("школа родителей").near(IRKUTSK, "38-irkutsk", 20.0)
                .at(Instant.parse("2026-11-24T02:30:00Z")));
        assertTrue(morning.hits().stream().anyMatch(SearchResults.Hit::openNow), morning.hits().toString());
        // 13:30 in Irkutsk: lunch break for the centres, but round-the-clock lines stay open.
        SearchResults lunch = index.search(SearchQuery.text("школа родителей").near(IRKUTSK, "38-irkutsk", 20.0)
                .at(Instant.parse("2026-11-24T05:30:00Z")));
        assertTrue(lunch.hits().stream().filter(h -> h.opening() != Opening.ROUND_THE_CLOCK).noneMatch(SearchResults.Hit::openNow),
                lunch.hits().toString());
        assertTrue(morning.facets().get("openNow").get("true") > lunch.facets().get("openNow").get("true"));
        SearchResults onlyOpenAtLunch = index.search(SearchQuery.text("школа родителей").near(IRKUTSK, "38-irkutsk", 20.0)
                .at(Instant.parse("2026-11-24T05:30:00Z")).onlyOpen());
        assertEquals(lunch.facets().get("openNow").get("true").longValue(), onlyOpenAtLunch.total());
        assertTrue(onlyOpenAtLunch.hits().stream().allMatch(SearchResults.Hit::openNow));
    }

    @Test
    void aChangedServiceIsSearchableAtOnceAndARetiredOneIsGone() throws Exception {
        IndexedService added = new IndexedService("0f0f0f0f-0f0f-40f0-80f0-0f0f0f0f0f0f", "Арт-терапия для семей",
                "Занятия рисованием с психологом", "АНО «Проверка»", "Психологическая помощь. ", Set.of("psychological-help"), Set.of("all-families"),
                Set.of("in-person"), "ngo", Set.of("38-irkutsk"), Set.of(), IRKUTSK, false, false, true,
                LocalDate.of(2026, 11, 1), List.of(), Set.of("ru"), true);
        index.put(added);
        SearchResults found = index.search(SearchQuery.text("арт-терапия"));
        assertEquals("Арт-терапия для семей", found.hits().get(0).name());
        assertNotNull(found.hits().get(0).snippet());
        index.remove(added.id());
        assertFalse(index.search(SearchQuery.text("арт-терапия")).hits().stream()
                .anyMatch(h -> h.id().equals(added.id())));
    }

    @Test
    void aRepeatedQuestionGivesTheSameAnswerUntilTheIndexChanges() throws Exception {
        SearchQuery question = SearchQuery.text("психолог").near(IRKUTSK, "38-irkutsk", 50.0);
        SearchResults first = index.search(question);
        SearchResults again = index.search(question);
        assertEquals(first.total(), again.total());
        assertEquals(first.facets(), again.facets());
        assertEquals(first.hits().stream().map(SearchResults.Hit::id).toList(),
                again.hits().stream().map(SearchResults.Hit::id).toList());

        IndexedService added = new IndexedService("0e0e0e0e-0e0e-40e0-80e0-0e0e0e0e0e0e", "Психолог для всей семьи",
                "Психолог консультирует родителей и детей", "АНО «Проверка кэша»", "Психологическая помощь. ",
                Set.of("psychological-help"), Set.of("all-families"), Set.of("in-person"), "ngo", Set.of("38-irkutsk"),
                Set.of(), IRKUTSK, false, false, true, LocalDate.of(2026, 11, 1), List.of(), Set.of("ru"), false);
        index.put(added);
        try {
            SearchResults changed = index.search(question);
            assertEquals(first.total() + 1, changed.total(), "counted again after the change");
            assertEquals(first.facets().get("category").get("psychological-help") + 1,
                    changed.facets().get("category").get("psychological-help"));
        } finally {
            index.remove(added.id());
        }
        assertEquals(first.total(), index.search(question).total());
    }
}
