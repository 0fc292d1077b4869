package org.familyportal.directory.application.search;

import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.application.demo.DemoDataLoad;
import org.familyportal.directory.domain.search.SearchQuery;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index on disk: built when missing, reused when current, rebuilt when corrupt. */
class DirectorySearchTest {

    @Test
    void theIndexIsBuiltWhenMissingAndRebuiltWhenCorrupt() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        new DemoDataLoad(db).loadOnce();
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "index-");
        int services;
        try (DirectorySearch search = DirectorySearch.open(db, folder)) {
            services = search.size();
            assertTrue(services >= 400, "built from MariaDB when missing");
        }
        try (DirectorySearch search = DirectorySearch.open(db, folder)) {
            assertEquals(services, search.size(), "reused as it is");
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                Files.write(file, new byte[] {1, 2, 3, 4});
            }
        }
        try (DirectorySearch search = DirectorySearch.open(db, folder)) {
            assertEquals(services, search.size(), "rebuilt after corruption");
            assertTrue(search.search(SearchQuery.text("психолог")).total() > 0);
        }
    }
}
