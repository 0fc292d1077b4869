package org.familyportal.directory.application.search;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.application.exchange.DirectoryImport;
import org.familyportal.directory.application.exchange.ImportReport;
import org.familyportal.directory.application.exchange.TabularReader;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Search quality on a directory the portal did not write: a regional NGO directory in standard
 * HSDS CSV ({@code src/test/resources/imported}: plain wording, Russian and a few English services,
 * no taxonomy at all, some without any cost information), imported into a real MariaDB and
 * searched with the judged set {@code src/test/resources/judged/imported.tsv} (queries as parents
 * type them, a place, the services acceptable in the first five). Reports success@5 and the
 * share of queries that find nothing.
 */
class ImportedDirectoryJudgedTest {

    private static final Path PACKAGE = Path.of("src/test/resources/imported");
    private static final Path JUDGED = Path.of("src/test/resources/judged/imported.tsv");

    private record Judgment(String text, String place, Set<String> acceptable) {
    }

    private static DirectorySearch search;

    @BeforeAll
    static void importTheDirectory() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        HsdsModel model = HsdsModel.standard();
        ImportReport report = new DirectoryImport(model, db).run(new TabularReader(model).readFolder(PACKAGE));
        assertEquals(0, report.rejected(), report.describe());
        assertEquals(0, DirectoryDatabase.count(db, "attribute"), "imported without any taxonomy");
        search = DirectorySearch.over(db, new ByteBuffersDirectory());
        assertTrue(search.size() >= 40, "services imported: " + search.size());
    }

    @AfterAll
    static void close() throws Exception {
        search.close();
    }

    @Test
    void parentsFindHelpInADirectoryImportedWithoutOurTaxonomy() throws Exception {
        List<Judgment> judgments = judgments();
        assertTrue(judgments.size() >= 60, "judged queries: " + judgments.size());
        List<String> misses = new ArrayList<>();
        int empty = 0;
        for (Judgment judgment : judgments) {
            Place place = search.place(judgment.place()).orElseThrow(() -> new AssertionError(judgment.place()));
            SearchResults results = search.search(SearchQuery.text(judgment.text())
                    .near(place.point(), place.municipalityCode(), 50.0));
            if (results.total() == 0) {
                empty++;
            }
            List<SearchResults.Hit> top = results.hits().subList(0, Math.min(5, results.hits().size()));
            if (top.stream().noneMatch(hit -> judgment.acceptable().contains(hit.id()))) {
                misses.add(judgment.text() + " @" + judgment.place() + " -> " + top.stream().map(SearchResults.Hit::name).toList());
            }
        }
        double successAtFive = 1.0 - (double) misses.size() / judgments.size();
        double zeroResults = (double) empty / judgments.size();
        System.out.printf("imported directory: success@5 = %.3f, zero-result rate = %.3f over %d judged queries%n",
                successAtFive, zeroResults, judgments.size());
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertTrue(successAtFive >= 0.90, "success@5 = " + successAtFive + ", misses: " + misses);
        assertTrue(zeroResults <= 0.05, "zero-result rate = " + zeroResults);
    }

    private static List<Judgment> judgments() throws Exception {
        List<Judgment> judgments = new ArrayList<>();
        for (String line : Files.readAllLines(JUDGED, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            judgments.add(new Judgment(columns[0], columns[1], Set.of(columns[2].split(","))));
        }
        return judgments;
    }
}
