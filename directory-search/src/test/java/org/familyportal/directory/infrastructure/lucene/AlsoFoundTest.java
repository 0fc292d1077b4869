package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.domain.search.Cost;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.directory.domain.search.TopicSynonym;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the parents' phrases also find, read into each service when it is indexed (AlsoFound): the
 * weights by where the words stand, and the same answers as the phrase's words searched one by one
 * (what an index built with an older vocabulary does until it is rebuilt).
 */
class AlsoFoundTest {

    private static final List<TopicSynonym> VOCABULARY = List.of(
            entry("юрист, правовая помощь, юридическая консультация", "same"),
            entry("нет денег, нечего есть", "продуктовый набор, материальная помощь"),
            entry("муж пьет", "алкоголизм, созависимость"),
            entry("приемная семья, опекунство", "опека, школа приемных родителей"),
            entry("не слушается", "детско-родительские отношения, поведение, психолог"));
    private static final List<IndexedService> SERVICES = List.of(
            service("psy", "Психологическая помощь семьям",
                    "Консультации для родителей: детско-родительские отношения, поведение ребёнка."),
            service("shelter", "Кризисный центр для мам с детьми", "Временное проживание, помощь психолога, вещи для ребёнка."),
            service("law", "Бесплатная юридическая консультация", "Правовая помощь семьям: алименты, расторжение брака, жильё."),
            service("food", "Пункт выдачи продуктовых наборов", "Продуктовые наборы и материальная помощь малоимущим семьям."),
            service("addiction", "Группа для близких", "Поддержка при алкоголизме близкого, созависимость."),
            service("guardians", "Школа приёмных родителей", "Подготовка кандидатов в опекуны, помощь органов опеки."),
            service("club", "Клуб замещающих семей", "Встречи приёмных семей, опека и попечительство."),
            service("court", "Мировой суд: приём граждан", "Справки о работе мировых судей."));

    /** Built with the vocabulary (as the portal does), and built before it (the phrases' words searched one by one). */
    private static SearchIndex readIn;
    private static SearchIndex wordByWord;

    @BeforeAll
    static void index() throws Exception {
        readIn = new SearchIndex(new ByteBuffersDirectory());
        readIn.useSynonyms(VOCABULARY);
        readIn.rebuild(SERVICES);
        wordByWord = new SearchIndex(new ByteBuffersDirectory());
        wordByWord.rebuild(SERVICES);
        wordByWord.useSynonyms(VOCABULARY);
    }

    @AfterAll
    static void close() throws Exception {
        readIn.close();
        wordByWord.close();
    }

    private static TopicSynonym entry(String words, String topics) {
        return new TopicSynonym(0, words, topics, Instant.EPOCH, "test");
    }

    private static IndexedService service(String id, String name, String description) {
        return new IndexedService(id, name, description, "Организация", "", Set.of("other"), Set.of(), Set.of(), null,
                Set.of(), Set.of(), null, false, true, Cost.UNKNOWN, null, List.of(), Set.of("ru"), false, "");
    }

    @Test
    void aPhraseCountsByWhereItsWordsStand() {
        AlsoFound found = AlsoFound.of(List.of(
                List.of(List.of("опека")),
                List.of(List.of("школа"), List.of("приёмный", "приемный"), List.of("родитель"))));
        Map<String, Float> inName = found.in(List.of("школа", "приёмный", "родитель"), List.of("подготовка"), List.of());
        assertEquals(Map.of("школа приёмный|приемный родитель", 3f), inName);
        Map<String, Float> inBoth = found.in(List.of("опека"), List.of("опека", "школа"), List.of());
        assertEquals(Map.of("опека", 4f), inBoth, "a name and a description: both count, as in the query");
        Map<String, Float> family = found.in(List.of(), List.of("опекун"), List.of(Derivation.stem("опекун")));
        assertEquals(Derivation.stem("опекун").equals(Derivation.stem("опека")) ? Map.of("опека", 0.8f) : Map.of(), family);
        assertTrue(found.in(List.of("школа"), List.of("родитель"), List.of()).isEmpty(), "every word of the phrase, or none");
    }

    @Test
    void theIndexKeepsWhatItWasReadFor() {
        AlsoFound found = AlsoFound.of(List.of(List.of(List.of("опека")),
                List.of(List.of("школа"), List.of("приёмный", "приемный"), List.of("родитель"))));
        AlsoFound again = AlsoFound.stored(found.stored());
        assertTrue(again.sameAs(found));
        assertTrue(again.covers(List.of(List.of("школа"), List.of("приёмный", "приемный"), List.of("родитель"))));
        assertFalse(again.covers(List.of(List.of("опекун"))));
        assertTrue(AlsoFound.stored("").sameAs(AlsoFound.NONE));
    }

    @Test
    void anIndexBuiltWithAnotherVocabularySaysSo() {
        assertTrue(readIn.vocabularyCurrent());
        assertFalse(wordByWord.vocabularyCurrent(), "the phrases are searched word by word until a rebuild");
    }

    @ParameterizedTest(name = "\"{0}\" finds the same either way")
    @ValueSource(strings = {"юрист", "нет денег", "муж пьёт", "приёмная семья", "опекунство", "ребёнок не слушается",
        "нечего есть семьям", "юрист по алиментам"})
    void readInFindsWhatTheWordsFind(String text) throws Exception {
        SearchResults fast = readIn.search(SearchQuery.text(text));
        SearchResults slow = wordByWord.search(SearchQuery.text(text));
        assertTrue(fast.total() > 0, text);
        assertEquals(slow.total(), fast.total(), text);
        assertEquals(ids(slow).get(0), ids(fast).get(0), text + ": " + ids(fast) + " / " + ids(slow));
        assertEquals(Set.copyOf(ids(slow)), Set.copyOf(ids(fast)), text);
    }

    @Test
    void theSnippetsStillMarkWhatThePhraseAlsoFound() throws Exception {
        SearchResults found = readIn.search(SearchQuery.text("нет денег"));
        SearchResults.Hit food = found.hits().stream().filter(h -> h.id().equals("food")).findFirst().orElseThrow();
        assertTrue(food.snippet().contains("<mark>"), food.snippet());
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::id).toList();
    }
}
