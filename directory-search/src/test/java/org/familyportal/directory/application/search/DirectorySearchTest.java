package org.familyportal.directory.application.search;

import org.familyportal.directory.infrastructure.search.LuceneDirectorySearch;
import org.familyportal.directory.wiring.Directory;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.application.demo.DemoDataLoad;
import org.familyportal.directory.domain.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.domain.search.SearchResults;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index on disk: built when missing, reused when current, rebuilt when corrupt. */
class DirectorySearchTest {

    @Test
    void theIndexIsBuiltWhenMissingAndRebuiltWhenCorrupt() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        new Directory(db).demoData().loadOnce();
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "index-");
        int services;
        try (LuceneDirectorySearch search = LuceneDirectorySearch.open(db, folder)) {
            services = search.size();
            assertTrue(services >= 400, "built from MariaDB when missing");
        }
        try (LuceneDirectorySearch search = LuceneDirectorySearch.open(db, folder)) {
            assertEquals(services, search.size(), "reused as it is");
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4});
            }
        }
        try (LuceneDirectorySearch search = LuceneDirectorySearch.open(db, folder)) {
            assertEquals(services, search.size(), "rebuilt after corruption");
            assertTrue(search.search(SearchQuery.text("психолог")).total() > 0);
        }
    }

    @Test
    void aServiceEditedDuringARebuildIsInTheNewIndexAndSearchesMeanwhileSeeEverything() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        new Directory(db).demoData().loadOnce();
        try (LuceneDirectorySearch search = LuceneDirectorySearch.over(db, new ByteBuffersDirectory())) {
            int services = search.size();
            String id = anyServiceId(db);
            AtomicBoolean rebuilding = new AtomicBoolean(true);
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            AtomicInteger searches = new AtomicInteger();
            Thread parent = new Thread(() -> {
                while (rebuilding.get()) {
                    try {
                        long seen = search.search(SearchQuery.text("")).total();
                        if (seen != services) {
                            wrong.add(seen + " of " + services);
                        }
                        searches.incrementAndGet();
                    } catch (Exception e) {
                        wrong.add(e.toString());
                    }
                }
            });
            parent.start();
            AtomicBoolean edited = new AtomicBoolean();
            try {
                search.rebuild(done -> {
                    try {
                        Thread.sleep(300);
                        if (edited.compareAndSet(false, true)) {
                            // A moderator saves while the rebuild is halfway: committed, then the index told.
                            try (Connection c = db.getConnection(); PreparedStatement u = c.prepareStatement(
                                    "UPDATE service SET name = 'Бирюзовый единорог: консультация' WHERE id = ?")) {
                                u.setString(1, id);
                                u.executeUpdate();
                            }
                            search.refresh(id);
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
            } finally {
                rebuilding.set(false);
                parent.join();
            }
            assertTrue(edited.get());
            assertTrue(searches.get() > 5, "searches ran during the rebuild");
            assertTrue(wrong.isEmpty(), "searches during the rebuild saw " + wrong.stream().limit(5).toList());
            SearchResults found = search.search(SearchQuery.text("бирюзовый единорог"));
            assertEquals(1, found.total(), "the edit made during the rebuild is in the new index");
            assertEquals(id, found.hits().get(0).id());
            assertEquals(services, search.size());
        }
    }

    @Test
    void aRebuildThatFailsKeepsTheOldIndexServing() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        new Directory(db).demoData().loadOnce();
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "index-");
        try (LuceneDirectorySearch search = LuceneDirectorySearch.open(db, folder)) {
            int services = search.size();
            assertThrows(IllegalStateException.class, () -> search.rebuild(done -> {
                throw new IllegalStateException("interrupted halfway");
            }));
            assertEquals(services, search.size());
            assertTrue(search.search(SearchQuery.text("психолог")).total() > 0);
        }
        try (LuceneDirectorySearch search = LuceneDirectorySearch.open(db, folder)) {
            assertTrue(search.size() >= 400, "the old index is still the one on disk");
        }
    }

    private static String anyServiceId(DataSource db) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT id FROM service WHERE status = 'active' ORDER BY id LIMIT 1"); ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
