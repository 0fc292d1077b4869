package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Crisis help first on a directory that carries none of the portal's taxonomy (as an imported HSDS
 * package): services whose own text speaks of crisis help are found and put first, near the
 * parent's place only.
 */
class CrisisHelpTest {

    private static final IndexedService.Point ANGARSK = new IndexedService.Point(52.5444, 103.8883);
    private static final IndexedService.Point SAMARA = new IndexedService.Point(53.1959, 50.1002);
    private static SearchIndex index;

    private static IndexedService service(String id, String name, String description, IndexedService.Point point,
                                          String municipality) {
        return new IndexedService(id, name, description, "Организация " + id, "", Set.of(), Set.of(), Set.of(), null,
                Set.of(municipality), Set.of(), point, false, false, false, LocalDate.now(), List.of(), Set.of("ru"), false);
    }

    @BeforeAll
    static void indexAnUntaggedDirectory() throws Exception {
        index = new SearchIndex(new ByteBuffersDirectory());
        index.rebuild(List.of(
                service("trust-line", "Линия «Рядом»", "Круглосуточный телефон доверия для женщин и детей.", ANGARSK, "38-angarsk"),
                service("shelter", "Mothers' house", "A shelter for mothers with children, open at night.", ANGARSK, "38-angarsk"),
                service("en-line", "Family Crisis Hotlines", "Call us in a domestic violence emergency, day or night.", ANGARSK, "38-angarsk"),
                service("family-psychologist", "Семейный психолог", "Консультации: муж и жена, конфликты, развод.", ANGARSK, "38-angarsk"),
                service("far-shelter", "Кризисный центр «Надежда»", "Приют для матерей с детьми.", SAMARA, "63-samara")));
        index.useDangerPhrases(DangerPhrasesTest.seeded(), DangerPhrasesTest.seededKinds(), DangerPhrasesTest.seededOrdinary());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @Test
    void dangerPutsServicesThatSpeakOfCrisisHelpFirstNearThePlace() throws Exception {
        SearchResults results = index.search(SearchQuery.text("муж бьёт меня").near(ANGARSK, "38-angarsk", 25.0));
        assertTrue(results.crisis(), "the emergency banner is shown");
        List<String> ids = results.hits().stream().map(SearchResults.Hit::id).toList();
        assertEquals(Set.of("trust-line", "shelter", "en-line"), Set.copyOf(ids.subList(0, 3)),
                "English text is indexed as stems (hotlines → hotlin): " + ids);
        assertFalse(ids.contains("far-shelter"), "a shelter 3,000 km away is not offered: " + ids);
    }

    @Test
    void dangerWordsThatMatchNothingStillFindCrisisHelp() throws Exception {
        SearchResults results = index.search(SearchQuery.text("не хочу жить").near(ANGARSK, "38-angarsk", 25.0));
        assertTrue(results.crisis());
        assertTrue(results.total() >= 3, "never an empty page: " + results.hits());
    }

    @Test
    void aLifeAtStakeGetsSomeoneToTalkToFirstAFamilyOnTheStreetABed() throws Exception {
        for (String words : List.of("хочу умереть", "дочь режет себя", "сын не пришёл домой", "i want to kill myself")) {
            List<String> ids = index.search(SearchQuery.text(words).near(ANGARSK, "38-angarsk", 25.0)).hits().stream()
                    .map(SearchResults.Hit::id).toList();
            assertEquals(Set.of("trust-line", "en-line"), Set.copyOf(ids.subList(0, 2)), words + ": helplines first " + ids);
            assertTrue(ids.contains("shelter"), words + ": the shelter still offered " + ids);
        }
        for (String words : List.of("нам негде ночевать с детьми", "выгнали из дома с ребёнком", "we have nowhere to sleep tonight")) {
            List<String> ids = index.search(SearchQuery.text(words).near(ANGARSK, "38-angarsk", 25.0)).hits().stream()
                    .map(SearchResults.Hit::id).toList();
            assertEquals("shelter", ids.get(0), words + ": a bed first " + ids);
        }
    }

    @Test
    void aTagOfTheOtherKindWinsOverWhatATextSuggests() throws Exception {
        // As in the demo directory: a shelter speaks of its round-the-clock phone, a helpline of shelters.
        try (SearchIndex tagged = new SearchIndex(new ByteBuffersDirectory())) {
            tagged.rebuild(List.of(
                    tagged("shelter", "Временное проживание для мам с детьми", "Безопасное жильё. Круглосуточный телефон доверия"
                            + " и горячая линия для тех, кому опасно дома.", "crisis-shelter"),
                    tagged("line", "Детский телефон доверия", "Психологи выслушают; если нужен приют или убежище,"
                            + " подскажут, куда обратиться.", "hotline")));
            tagged.useDangerPhrases(DangerPhrasesTest.seeded(), DangerPhrasesTest.seededKinds(), DangerPhrasesTest.seededOrdinary());
            assertEquals("line", tagged.search(SearchQuery.text("хочу умереть").near(ANGARSK, "38-angarsk", 25.0))
                    .hits().get(0).id());
            assertEquals("shelter", tagged.search(SearchQuery.text("нам негде ночевать").near(ANGARSK, "38-angarsk", 25.0))
                    .hits().get(0).id());
        }
    }

    private static IndexedService tagged(String id, String name, String description, String category) {
        return new IndexedService(id, name, description, "Организация " + id, "", Set.of(category), Set.of(), Set.of(), null,
                Set.of("38-angarsk"), Set.of(), ANGARSK, false, false, false, LocalDate.now(), List.of(), Set.of("ru"), false);
    }

    @Test
    void ordinaryNeedsKeepTheirOrder() throws Exception {
        SearchResults results = index.search(SearchQuery.text("развод").near(ANGARSK, "38-angarsk", 25.0));
        assertFalse(results.crisis());
        assertEquals("family-psychologist", results.hits().get(0).id());
        assertEquals(1, results.total(), "no crisis services added to an ordinary search");
    }
}
