package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.domain.search.Cost;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.directory.domain.search.TopicSynonym;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A directory that carries none of the portal's taxonomy: kinds of help inferred from the
 * services' own words (apart from assigned ones, weighing less), cost only as the data says, and
 * English text analysed as English.
 */
class AnyDirectoryIndexTest {

    private static final List<TopicSynonym> VOCABULARY = List.of(
            new TopicSynonym(1, "юрист, адвокат, юридический, правовой", "category:legal-aid", Instant.EPOCH, "test"),
            new TopicSynonym(2, "lawyer, lawyers, legal", "category:legal-aid", Instant.EPOCH, "test"),
            new TopicSynonym(3, "подросток", "audience:teenagers", Instant.EPOCH, "test"));

    private SearchIndex index;

    @BeforeEach
    void open() throws Exception {
        index = new SearchIndex(new ByteBuffersDirectory());
        index.useSynonyms(VOCABULARY);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void aServiceWithoutTaxonomyIsFoundByTheKindOfHelpItsWordsName() throws Exception {
        index.put(service("1", "Правовая помощь семьям", "Консультации по алиментам", Set.of(), Cost.UNKNOWN, Set.of()));
        index.put(service("2", "Клуб настольных игр", "Игры по выходным для подростков", Set.of(), Cost.UNKNOWN, Set.of()));

        SearchResults lawyer = index.search(SearchQuery.text("адвокат"));
        assertEquals(List.of("1"), ids(lawyer), "адвокат names the kind of help that 'правовая помощь' is");
        assertEquals(List.of(), lawyer.hits().get(0).categories(), "inferred terms are not shown as assigned");

        SearchResults legal = index.search(SearchQuery.text("").withCategories(Set.of("legal-aid")));
        assertEquals(List.of("1"), ids(legal), "the category filter matches inferred terms");
        assertEquals(1, legal.facets().get("category").get("legal-aid"));
        assertEquals(1, index.search(SearchQuery.text("")).facets().get("audience").get("teenagers"));
    }

    @Test
    void anAssignedKindOfHelpOutranksAnInferredOne() throws Exception {
        index.put(service("inferred", "Консультации для семей", "Юридический приём по средам", Set.of(), Cost.UNKNOWN, Set.of()));
        index.put(service("assigned", "Консультации для семей", "Приём по средам", Set.of("legal-aid"), Cost.UNKNOWN, Set.of()));
        assertEquals(List.of("assigned", "inferred"), ids(index.search(SearchQuery.text("адвокат"))));
    }

    @Test
    void freeOnlyWhenTheDataSaysSo() throws Exception {
        index.put(service("free", "Юрист", "Консультации", Set.of(), Cost.FREE, Set.of()));
        index.put(service("paid", "Юрист", "Консультации", Set.of(), Cost.PAID, Set.of()));
        index.put(service("silent", "Юрист", "Консультации", Set.of(), Cost.UNKNOWN, Set.of()));
        SearchResults all = index.search(SearchQuery.text("юрист"));
        assertEquals(1, all.facets().get("free").get("true"));
        assertEquals(1, all.facets().get("free").get("false"));
        assertEquals(1, all.facets().get("free").get("unknown"));
        assertEquals(Cost.UNKNOWN, all.hits().stream().filter(h -> h.id().equals("silent")).findFirst().orElseThrow().cost());
        assertEquals(List.of("free"), ids(index.search(withFree(SearchQuery.text("юрист"), true))));
        assertEquals(List.of("paid"), ids(index.search(withFree(SearchQuery.text("юрист"), false))));
    }

    @Test
    void englishTextIsStemmedInEnglish() throws Exception {
        index.put(service("library", "Family Reading at the Library", "The city library lends books to families.",
                Set.of(), Cost.UNKNOWN, Set.of()));
        index.put(service("ru", "Библиотека семейного чтения", "Книги для всей семьи", Set.of(), Cost.UNKNOWN, Set.of()));
        assertEquals(List.of("library"), ids(index.search(SearchQuery.text("libraries"))));
        assertEquals(List.of("library"), ids(index.search(SearchQuery.text("reading for families"))));
        assertEquals(List.of(), ids(index.search(SearchQuery.text("the"))), "English stop words are not indexed");
        SearchResults snippet = index.search(SearchQuery.text("books"));
        assertTrue(snippet.hits().get(0).snippet().contains("<mark>books</mark>"), snippet.hits().get(0).snippet());
        assertEquals(List.of("ru"), ids(index.search(SearchQuery.text("книги"))), "Russian text as before");
    }

    @Test
    void aDeclaredLanguageChoosesTheAnalysis() throws Exception {
        index.put(service("en", "Lawyers", "Advice on benefits", Set.of(), Cost.UNKNOWN, Set.of("en")));
        assertEquals(List.of("en"), ids(index.search(SearchQuery.text("lawyer"))));
        assertFalse(index.search(SearchQuery.text("benefit")).hits().isEmpty());
    }

    private static SearchQuery withFree(SearchQuery q, boolean free) {
        return new SearchQuery(q.text(), q.near(), q.nearMunicipality(), q.radiusKm(), q.categories(), q.audiences(),
                q.formats(), q.providerTypes(), q.municipalities(), free, q.openNow(), q.sortByDistance(), q.now(),
                q.offset(), q.limit(), q.languages(), q.accessible());
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::id).toList();
    }

    private static IndexedService service(String id, String name, String description, Set<String> categories, Cost cost,
                                          Set<String> languages) {
        return new IndexedService(id, name, description, "Организация", "", categories, Set.of(), Set.of(), null,
                Set.of(), Set.of(), null, false, false, cost, null, List.of(), languages, false, "");
    }
}
