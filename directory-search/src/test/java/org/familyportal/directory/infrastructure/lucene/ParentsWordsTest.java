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
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Parents' words against a small directory worded as providers word it: word families, misspelt
 * inflected forms, words and phrases that mean other words, pleas. The synonyms here name words
 * only (no taxonomy terms, except where said), so what is found is found by the words.
 */
class ParentsWordsTest {

    private static SearchIndex index;

    @BeforeAll
    static void index() throws Exception {
        index = new SearchIndex(new ByteBuffersDirectory());
        // As the portal does: the vocabulary first, so that what phrases also find is read into the index.
        index.useSynonyms(List.of(
                entry("помогите, где найти, подскажите пожалуйста, куда обратиться, help me", "stop"),
                entry("юрист, правовая помощь, юридическая консультация", "same"),
                entry("развод, расторжение брака", "same"),
                entry("нет денег, нечего есть, no money", "продуктовый набор, материальная помощь"),
                entry("муж пьет", "алкоголизм, созависимость"),
                entry("аутизм, РАС, аутистический", "same"),
                entry("не слушается", "детско-родительские отношения, поведение, психолог"),
                entry("бить", "crisis")));
        index.rebuild(List.of(
                service("psy", "Психологическая помощь семьям",
                        "Консультации для родителей: детско-родительские отношения, поведение ребёнка.", "psychological-help"),
                service("shelter", "Кризисный центр для мам с детьми",
                        "Временное проживание мамам с детьми, помощь психолога, вещи для ребёнка.", "crisis-shelter"),
                service("court", "Мировой суд: приём граждан", "Справки о работе мировых судей.", "other"),
                service("law", "Бесплатная юридическая консультация",
                        "Правовая помощь семьям: алименты, расторжение брака, жильё.", "legal-aid"),
                service("food", "Пункт выдачи продуктовых наборов",
                        "Продуктовые наборы и материальная помощь малоимущим семьям.", "humanitarian-aid"),
                service("benefits", "Консультации по пособиям", "Как оформить пособие на ребёнка и выплаты.", "benefits-advice"),
                service("line", "Линия помощи в суицидальном кризисе", "Звонок бесплатный, круглосуточно.", "hotline"),
                service("autism", "Центр для детей с расстройствами аутистического спектра",
                        "Занятия с логопедом и дефектологом.", "early-intervention"),
                service("addiction", "Группа для близких", "Поддержка при алкоголизме близкого, созависимость.", "addiction-help"),
                service("guardians", "Клуб опекунов", "Встречи и обучение для приёмных родителей.", "substitute-family-support"),
                service("disability", "Оформление инвалидности ребёнку", "Сопровождение семьи на медико-социальной экспертизе.", "social-support")));
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static TopicSynonym entry(String words, String topics) {
        return new TopicSynonym(0, words, topics, Instant.EPOCH, "test");
    }

    private static IndexedService service(String id, String name, String description, String category) {
        return new IndexedService(id, name, description, "Организация", "", Set.of(category), Set.of(), Set.of(), null,
                Set.of(), Set.of(), null, false, true, Cost.UNKNOWN, null, List.of(), Set.of("ru"), false, "");
    }

    private static List<String> found(String text) throws Exception {
        return index.search(SearchQuery.text(text)).hits().stream().map(SearchResults.Hit::id).toList();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource(delimiter = '|', value = {
            // word families
            "психолог|psy",
            "суицид|line",
            "опека|guardians",
            "инвалид|disability",
            "логопедический|autism",
            // misspelt inflected forms
            "психолгу|psy",
            "пасобие|benefits",
            "юрису|law",
            // words and phrases that mean other words
            "юрист|law",
            "развод|law",
            "нет денег|food",
            "нечего есть|food",
            "no money|food",
            "муж пьёт|addiction",
            "аутизм|autism",
            "ребёнок не слушается|psy",
            // pleas
            "помогите найти психолога|psy",
            "подскажите пожалуйста где найти юриста|law",
    })
    void everydayWordsFindTheirService(String text, String first) throws Exception {
        List<String> found = found(text);
        assertFalse(found.isEmpty(), text);
        assertEquals(first, found.get(0), text + " -> " + found);
    }

    @Test
    void aFamilyDoesNotFloodTheResults() throws Exception {
        assertFalse(found("мир").contains("court"), "peace is no magistrate (\"мировой суд\")");
        assertEquals(List.of("court"), found("мировой"));
        assertFalse(found("дети").contains("court"));
    }

    @Test
    void theWordItselfRanksAboveItsFamily() throws Exception {
        // "психолога" is in the shelter's text, "психологическая" in the other's name: the word itself wins
        // within the text; the name still weighs most, as before.
        List<String> found = found("помощь психолога");
        assertTrue(found.containsAll(List.of("psy", "shelter")), found.toString());
    }

    @Test
    void pleasAreNotWhatIsLookedFor() throws Exception {
        assertEquals(found("психолога"), found("помогите найти психолога"));
        assertEquals(found("lawyer"), found("help me lawyer"));
        assertTrue(index.onlyPleas("Помогите!"));
        assertTrue(index.onlyPleas("где найти"));
        assertFalse(index.onlyPleas("помогите найти психолога"));
    }

    @Test
    void dangerIsReadFromTheWholeQueryPleasAndAll() throws Exception {
        SearchResults danger = index.search(SearchQuery.text("помогите муж бьёт"));
        assertTrue(danger.crisis());
        assertFalse(index.onlyPleas("помогите муж бьёт"));
        assertTrue(Set.of("line", "shelter").contains(danger.hits().get(0).id()), "crisis help first: " + danger.hits());
    }

    @Test
    void anOrdinaryNeedDoesNotPutAShelterFirst() throws Exception {
        for (String text : List.of("ребёнок не слушается", "поведение ребёнка", "психолог для ребёнка")) {
            List<String> found = found(text);
            assertNotEquals("shelter", found.get(0), text + " -> " + found);
        }
        assertEquals("shelter", found("кризисный центр").get(0), "asked for by its own words, a shelter comes first");
    }
}
