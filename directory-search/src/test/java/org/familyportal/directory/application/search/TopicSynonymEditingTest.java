package org.familyportal.directory.application.search;

import org.familyportal.directory.infrastructure.search.LuceneDirectorySearch;
import org.familyportal.directory.domain.search.TopicSynonymRepository;
import org.familyportal.directory.wiring.Directory;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.application.demo.DemoDataLoad;
import org.familyportal.directory.domain.search.InvalidSynonymException;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.directory.domain.search.TopicSynonym;
import org.familyportal.directory.infrastructure.jdbc.TopicSynonymTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The synonym list is data in MariaDB: what is added there, in any word form, search honours. */
class TopicSynonymEditingTest {

    /** "Grasshopper": a word no service uses. */
    private static final String WORD = "кузнечик";

    private static DataSource db;
    private static LuceneDirectorySearch search;

    @BeforeAll
    static void demoDirectory() throws Exception {
        db = DirectoryDatabase.fresh();
        new Directory(db).demoData().loadOnce();
        search = LuceneDirectorySearch.over(db, new ByteBuffersDirectory());
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
    }

    @Test
    void theShippedListIsSeededByTheMigration() throws Exception {
        List<TopicSynonym> list = new TopicSynonymTable(db).all();
        assertTrue(list.size() >= 30, list.toString());
        assertTrue(list.stream().anyMatch(s -> s.wordList().contains("юрист")
                && s.topicList().contains(new TopicSynonym.Topic("category", "legal-aid"))));
        assertTrue(list.stream().anyMatch(TopicSynonym::crisis));
    }

    @Test
    void aSynonymAddedInTheDatabaseBecomesEffective() throws Exception {
        assertEquals(0, search.search(SearchQuery.text(WORD)).total(), "nobody calls a service that yet");
        long legalAid = search.search(SearchQuery.text("").withCategories(Set.of("legal-aid"))).total();
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO topic_synonym (words, topics, last_modified, modified_by) VALUES (?, ?, UTC_TIMESTAMP(3), 'test')")) {
            insert.setString(1, "кузнечики"); // the plural: entries are reduced to lemmas
            insert.setString(2, "category:legal-aid");
            insert.executeUpdate();
        }
        try {
            search.reloadSynonyms();
            SearchResults found = search.search(SearchQuery.text(WORD));
            assertEquals(legalAid, found.total());
            assertTrue(found.hits().stream().allMatch(h -> h.categories().contains("legal-aid")), found.hits().toString());
        } finally {
            try (Connection c = db.getConnection(); PreparedStatement delete = c.prepareStatement(
                    "DELETE FROM topic_synonym WHERE modified_by = 'test'")) {
                delete.executeUpdate();
            }
            search.reloadSynonyms();
        }
        assertEquals(0, search.search(SearchQuery.text(WORD)).total());
    }

    @Test
    void editedEntriesAreEffectiveAtOnceAndLogged() throws Exception {
        TopicSynonymEditing editing = new TopicSynonymEditing(new TopicSynonymTable(db), search);
        int id = editing.add(" " + WORD + " , кузнечики ", "category : psychological-help", "admin@test");
        assertTrue(search.search(SearchQuery.text(WORD)).hits().stream()
                .allMatch(h -> h.categories().contains("psychological-help")));
        assertTrue(search.search(SearchQuery.text(WORD)).total() > 0);
        assertEquals("кузнечик, кузнечики", new TopicSynonymTable(db).one(id).orElseThrow().words());

        assertTrue(editing.change(id, WORD, "category:legal-aid", "admin@test"));
        SearchResults changed = search.search(SearchQuery.text(WORD));
        assertTrue(changed.total() > 0);
        assertTrue(changed.hits().stream().allMatch(h -> h.categories().contains("legal-aid")), changed.hits().toString());

        assertTrue(editing.remove(id, "admin@test"));
        assertEquals(0, search.search(SearchQuery.text(WORD)).total());
        assertFalse(editing.remove(id, "admin@test"), "gone already");

        List<TopicSynonymRepository.Change> log = editing.changes(3);
        assertEquals(List.of("removed", "changed", "added"), log.stream().map(TopicSynonymRepository.Change::action).toList());
        assertEquals("category:psychological-help", log.get(1).topicsBefore());
        assertEquals("category:legal-aid", log.get(1).topicsAfter());
        assertTrue(log.stream().allMatch(c -> c.synonymId() == id && "admin@test".equals(c.changedBy())));
    }

    @Test
    void aDangerPhraseAddedByAnAdministratorSignalsDangerOnlyAsAWhole() throws Exception {
        TopicSynonymEditing editing = new TopicSynonymEditing(new TopicSynonymTable(db), search);
        assertFalse(search.search(SearchQuery.text("мачеха закрывает нас в подвале")).crisis(), "not known as danger yet");
        int id = editing.add("закрывать в подвале", "crisis", "admin@test");
        SearchResults locked = search.search(SearchQuery.text("мачеха закрывает нас в подвале"));
        assertTrue(locked.crisis(), "any form of the phrase's words");
        assertTrue(locked.hits().get(0).categories().contains("hotline") || locked.hits().get(0).categories().contains("crisis-shelter"),
                locked.hits().toString());
        assertFalse(search.search(SearchQuery.text("подвал")).crisis(), "a word of the phrase alone is no danger");
        assertFalse(search.search(SearchQuery.text("закрывать")).crisis());
        assertTrue(editing.remove(id, "admin@test"));
        assertFalse(search.search(SearchQuery.text("мачеха закрывает нас в подвале")).crisis(), "removed: no longer danger");
        assertTrue(TopicSynonym.problems("не хочу жить, kicked out", "crisis", Set.of()).isEmpty(), "danger may be phrases");
        assertEquals("admin.synonyms.error.word",
                TopicSynonym.problems("один два три четыре пять шесть", "crisis", Set.of()).get(0).key(), "of five words at most");
    }

    @Test
    void onlyKnownTermsAndWordsOrShortPhrasesAreAccepted() {
        TopicSynonymEditing editing = new TopicSynonymEditing(new TopicSynonymTable(db), search);
        InvalidSynonymException unknown = assertThrows(InvalidSynonymException.class,
                () -> editing.add(WORD, "category:no-such-help", "admin@test"));
        assertEquals("admin.synonyms.error.topic", unknown.problems().get(0).key());
        // Phrases are words now (issue #10: "нет денег"), but of five words at most, and words only.
        InvalidSynonymException phrase = assertThrows(InvalidSynonymException.class,
                () -> editing.add("горячая линия для всех кто в беде", "category:hotline", "admin@test"));
        assertEquals("admin.synonyms.error.word", phrase.problems().get(0).key());
        InvalidSynonymException sign = assertThrows(InvalidSynonymException.class,
                () -> editing.add("горячая линия!", "category:hotline", "admin@test"));
        assertEquals("admin.synonyms.error.word", sign.problems().get(0).key());
        InvalidSynonymException empty = assertThrows(InvalidSynonymException.class, () -> editing.add(" , ", "", "admin@test"));
        assertEquals(2, empty.problems().size());
        assertTrue(TopicSynonym.problems(WORD, "crisis", Set.of()).isEmpty(), "crisis words need no terms");
    }

    @Test
    void everyEntryShippedIsValid() throws Exception {
        Set<String> known = new TopicSynonymTable(db).knownTopics();
        for (TopicSynonym entry : new TopicSynonymTable(db).all()) {
            assertEquals(List.of(), TopicSynonym.problems(entry.words(), entry.topics(), known), entry.toString());
        }
    }

    @ParameterizedTest(name = "{0} => {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "юрист, правовая помощь|same, category:legal-aid|",
            "нет денег|продуктовый набор, материальная помощь|",
            "помогите, где найти|stop|",
            "помогите|stop, category:legal-aid|admin.synonyms.error.alone",
            "помогите|category:legal-aid, crisis|admin.synonyms.error.alone",
            "нет денег|продуктовый набор!|admin.synonyms.error.word",
            "нет денег|один два три четыре пять шесть|admin.synonyms.error.word",
            "нет денег|category:nothing|admin.synonyms.error.topic",
            "нет денег|''|admin.synonyms.error.noTopics",
    })
    void anEntryIsChecked(String words, String topics, String problem) {
        List<TopicSynonym.Problem> problems = TopicSynonym.problems(words, topics, Set.of("category:legal-aid"));
        assertEquals(problem == null ? List.of() : List.of(problem), problems.stream().map(TopicSynonym.Problem::key).toList());
    }

    @Test
    void anEntryHasAtMostThirtyWordsOnEachSide() {
        String many = String.join(", ", java.util.stream.IntStream.range(0, 31).mapToObj(i -> "слово" + (char) ('а' + i)).toList());
        assertEquals("admin.synonyms.error.tooMany", TopicSynonym.problems(many, "same", Set.of()).get(0).key());
        assertEquals("admin.synonyms.error.tooMany", TopicSynonym.problems("слово", many, Set.of()).get(0).key());
    }

    @Test
    void aWordToWordSynonymAddedByAnAdministratorIsUsedAtOnceAndGoneWhenRemoved() throws Exception {
        TopicSynonymEditing editing = new TopicSynonymEditing(new TopicSynonymTable(db), search);
        assertEquals(0, search.search(SearchQuery.text(WORD)).total(), "no service says " + WORD);
        int id = editing.add(" " + WORD + " ,  кузнечики ", "юридическая   консультация", "admin@test");
        TopicSynonym kept = editing.list().stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        assertEquals(WORD + ", кузнечики", kept.words());
        assertEquals("юридическая консультация", kept.topics(), "kept without blanks around and inside");
        SearchResults found = search.search(SearchQuery.text(WORD));
        assertTrue(found.total() > 0);
        assertTrue(found.hits().get(0).categories().contains("legal-aid"), found.hits().toString());
        int pleas = editing.add("кузнечик мой", "stop", "admin@test");
        assertTrue(search.onlyPleas("кузнечик мой"));
        assertTrue(editing.remove(pleas, "admin@test"));
        assertTrue(editing.remove(id, "admin@test"));
        assertEquals(0, search.search(SearchQuery.text(WORD)).total(), "removed: the word finds nothing again");
        assertFalse(search.onlyPleas("кузнечик мой"));
    }
}
