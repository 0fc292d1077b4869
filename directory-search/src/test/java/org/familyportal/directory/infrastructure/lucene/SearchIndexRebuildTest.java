package org.familyportal.directory.infrastructure.lucene;

import org.familyportal.directory.wiring.Directory;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.application.demo.DemoDataLoad;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.infrastructure.jdbc.IndexSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rebuild is built beside the live index and switched to whole: searches meanwhile see the
 * whole old index, and a rebuild that fails leaves the old index serving (also after a restart).
 */
class SearchIndexRebuildTest {

    private static List<IndexedService> services;

    @BeforeAll
    static void readTheDemoDirectory() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        new Directory(db).demoData().loadOnce();
        services = new ArrayList<>();
        new IndexSource(db).all(services::add);
        assertTrue(services.size() >= 400);
    }

    @Test
    void searchesDuringASlowRebuildNeverSeeAnEmptyOrPartialIndex() throws Exception {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "rebuild-");
        try (SearchIndex index = new SearchIndex(IndexStore.inFolder(folder))) {
            index.rebuild(services);
            long all = index.search(SearchQuery.text("")).total();
            long psychologists = index.search(SearchQuery.text("психолог")).total();
            assertEquals(services.size(), all);

            AtomicBoolean rebuilding = new AtomicBoolean(true);
            AtomicInteger searches = new AtomicInteger();
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            Thread parent = new Thread(() -> {
                while (rebuilding.get()) {
                    try {
                        long seen = index.search(SearchQuery.text("")).total();
                        long found = index.search(SearchQuery.text("психолог")).total();
                        if (seen != all || found != psychologists) {
                            wrong.add(seen + " services, " + found + " psychologists");
                        }
                        searches.incrementAndGet();
                    } catch (Exception e) {
                        wrong.add(e.toString());
                    }
                }
            });
            parent.start();
            try {
                for (int round = 0; round < 2; round++) {
                    // About 2.5 s per rebuild: the index reopens several times meanwhile.
                    index.rebuild(slowly(services, 4));
                }
            } finally {
                rebuilding.set(false);
                parent.join();
            }
            assertTrue(searches.get() > 20, "searches ran during the rebuilds: " + searches.get());
            assertTrue(wrong.isEmpty(), "searches during a rebuild saw: " + wrong.stream().limit(5).toList());
            assertEquals(all, index.search(SearchQuery.text("")).total());
        }
    }

    @Test
    void aRebuildThatFailsMidwayLeavesTheOldIndexServingAndOnDisk() throws Exception {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "rebuild-");
        try (SearchIndex index = new SearchIndex(IndexStore.inFolder(folder))) {
            index.rebuild(services);
            RuntimeException failure = assertThrows(RuntimeException.class, () -> index.rebuild(failingAfter(services, 100)));
            assertEquals("the database went away", failure.getMessage());
            Thread.sleep(1200);
            assertEquals(services.size(), index.size(), "the old index still serves");
            assertEquals(services.size(), index.search(SearchQuery.text("")).total());
        }
        try (SearchIndex reopened = new SearchIndex(IndexStore.inFolder(folder))) {
            assertTrue(reopened.current());
            assertEquals(services.size(), reopened.size(), "nothing of the failed rebuild was committed");
        }
        try (var entries = Files.list(folder)) {
            assertEquals(2, entries.count(), "one generation and the pointer to it; the failed one is removed");
        }
    }

    @Test
    void aChangeDuringARebuildIsKeptWhenItIsAppliedToTheReplacement() throws Exception {
        try (SearchIndex index = new SearchIndex(new org.apache.lucene.store.ByteBuffersDirectory())) {
            index.rebuild(services);
            IndexedService first = services.get(0);
            try (SearchIndex.Replacement replacement = index.replacement()) {
                for (IndexedService service : services) {
                    replacement.add(service);
                }
                IndexedService renamed = renamed(first, "Бирюзовый единорог консультирует");
                index.put(renamed);
                assertEquals(1, index.search(SearchQuery.text("бирюзовый единорог")).total(), "the live index follows at once");
                replacement.put(renamed);
                index.replace(replacement);
            }
            assertEquals(1, index.search(SearchQuery.text("бирюзовый единорог")).total(), "and the new one has it");
            assertEquals(services.size(), index.size());
        }
    }

    static IndexedService renamed(IndexedService s, String name) {
        return new IndexedService(s.id(), name, s.description(), s.organization(), s.topics(), s.categories(),
                s.audiences(), s.formats(), s.providerType(), s.municipalities(), s.areaMunicipalities(), s.point(),
                s.confidential(), s.everywhere(), s.free(), s.assured(), s.openingRules(), s.languages(), s.accessible());
    }

    private static Iterable<IndexedService> slowly(List<IndexedService> services, long millisPerService) {
        return () -> services.stream().peek(s -> {
            try {
                Thread.sleep(millisPerService);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).iterator();
    }

    private static Iterable<IndexedService> failingAfter(List<IndexedService> services, int count) {
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public IndexedService next() {
                if (next == count) {
                    throw new IllegalStateException("the database went away");
                }
                return services.get(next++);
            }
        };
    }
}
