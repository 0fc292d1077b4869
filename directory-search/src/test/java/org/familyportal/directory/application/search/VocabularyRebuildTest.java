package org.familyportal.directory.application.search;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.infrastructure.jdbc.TopicSynonymTable;
import org.familyportal.directory.infrastructure.search.LuceneDirectorySearch;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.directory.wiring.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the parents' phrases also find is read into each service when it is indexed; when
 * administrators change the phrases, the search answers with the new list at once (word by word
 * meanwhile) and the index is rebuilt in the background, so its answers never go stale.
 */
class VocabularyRebuildTest {

    /** Words no service uses ("the grasshopper chirps"). */
    private static final String PHRASE = "кузнечик стрекочет";

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
    void aChangedPhraseIsFoundAtOnceAndReadIntoTheIndexInTheBackground() throws Exception {
        assertTrue(search.vocabularyCurrent(), "built with the list in MariaDB");
        assertEquals(0, search.search(SearchQuery.text(PHRASE)).total());
        SearchResults meant = search.search(SearchQuery.text("логопед"));
        assertTrue(meant.total() > 0, "the demo directory has speech therapists");
        TopicSynonymEditing editing = new TopicSynonymEditing(new TopicSynonymTable(db), search);
        int id = editing.add(PHRASE, "логопед", "test");
        try {
            // At once, while the index is rebuilt beside the live one: the same services as the word itself finds.
            SearchResults meanwhile = search.search(SearchQuery.text(PHRASE));
            assertEquals(meant.total(), meanwhile.total());
            awaitRebuild();
            SearchResults readIn = search.search(SearchQuery.text(PHRASE));
            assertEquals(meant.total(), readIn.total());
            assertEquals(java.util.Set.copyOf(ids(meanwhile)), java.util.Set.copyOf(ids(readIn)),
                    "the rebuilt index finds what the word by word search did");
            assertTrue(readIn.hits().get(0).snippet().contains("<mark>"), readIn.hits().get(0).snippet());

            editing.change(id, PHRASE, "кузнечик", "test");
            assertEquals(0, search.search(SearchQuery.text(PHRASE)).total(), "changed: at once");
            awaitRebuild();
            assertEquals(0, search.search(SearchQuery.text(PHRASE)).total(), "and after the rebuild");
        } finally {
            editing.remove(id, "test");
        }
        awaitRebuild();
        assertEquals(0, search.search(SearchQuery.text(PHRASE)).total(), "removed");
        assertEquals(ids(meant), ids(search.search(SearchQuery.text("логопед"))));
    }

    private static void awaitRebuild() throws InterruptedException {
        long until = System.nanoTime() + 120_000_000_000L;
        while (!search.vocabularyCurrent()) {
            assertTrue(System.nanoTime() < until, "the index was not rebuilt with the new list within two minutes");
            Thread.sleep(50);
        }
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::id).toList();
    }
}
