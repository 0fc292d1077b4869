package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.application.demo.DemoDataLoad;
import org.familyportal.directory.application.search.DirectorySearch;
import org.familyportal.directory.domain.search.CrisisContacts;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Danger first, measured on the demo directory (real MariaDB) with the judged set
 * {@code judged/danger.tsv}: queries as parents write them, near real places.
 * <ul>
 * <li>danger recall: a danger query shows the emergency banner (crisis flag) AND has a crisis
 * service in the top 3 or the regional crisis contacts to show instead (goal 100 %);</li>
 * <li>crisis service in the top 3 from the directory alone (tagged, or speaking of crisis help in
 * its own text; goal 100 % on the demo directory);</li>
 * <li>false danger rate: ordinary queries flagged as danger (goal at most 2 %).</li>
 * </ul>
 * Run alone: {@code mvn -B -o -q -pl directory-search -am test -Dtest=DangerJudgedTest -Dsurefire.failIfNoSpecifiedTests=false}
 */
class DangerJudgedTest {

    /** As the portal searches: 25 km around the place (SearchRequest.DEFAULT_RADIUS_KM), 20 a page. */
    private static final double RADIUS_KM = 25;
    private static final Pattern CRISIS_TEXT = Pattern.compile(
            "телефон довери|кризисн|приют|убежищ|hotline|helpline|shelter|crisis|domestic violence");

    private record Judged(boolean danger, String query, String place) {
    }

    @Test
    void dangerIsAlwaysAnsweredWithCrisisHelpAndOrdinaryNeedsAreNot() throws Exception {
        List<Judged> judged = read();
        long dangerQueries = judged.stream().filter(Judged::danger).count();
        long ordinaryQueries = judged.size() - dangerQueries;
        assertTrue(dangerQueries >= 60 && ordinaryQueries >= 60, "at least 60 of each: " + dangerQueries + "/" + ordinaryQueries);
        CrisisContacts contacts = CrisisContacts.parse("", "112", "8-800-2000-122");
        DataSource db = DirectoryDatabase.fresh();
        new DemoDataLoad(db).loadOnce();
        List<String> missed = new ArrayList<>();
        List<String> notFromDirectory = new ArrayList<>();
        List<String> falseDanger = new ArrayList<>();
        long searchNanos = 0;
        long dangerNanos = 0;
        List<String> times = new ArrayList<>();
        long setUp = System.nanoTime();
        try (DirectorySearch search = DirectorySearch.over(db, new ByteBuffersDirectory())) {
            System.out.printf(Locale.ROOT, "index built in %d ms%n", (System.nanoTime() - setUp) / 1_000_000);
            for (Judged j : judged) {
                Place place = search.place(j.place()).orElseThrow(() -> new AssertionError("unknown place " + j.place()));
                SearchQuery query = SearchQuery.text(j.query()).near(place.point(), place.municipalityCode(), RADIUS_KM);
                long start = System.nanoTime();
                SearchResults results = search.search(query);
                searchNanos += System.nanoTime() - start;
                dangerNanos += j.danger() ? System.nanoTime() - start : 0;
                times.add(String.format(Locale.ROOT, "%08.1f ms %s %s", (System.nanoTime() - start) / 1e6,
                        j.danger() ? "danger" : "ordinary", j.query()));
                List<SearchResults.Hit> top = results.hits().subList(0, Math.min(3, results.hits().size()));
                if (j.danger()) {
                    boolean fromDirectory = top.stream().anyMatch(h -> crisisService(search, h));
                    boolean contactsShown = !contacts.forRegion(place.region()).isEmpty();
                    String line = j.query() + " @" + j.place() + " -> " + top.stream().map(SearchResults.Hit::name).toList();
                    if (!results.crisis() || !(fromDirectory || contactsShown)) {
                        missed.add(line + (results.crisis() ? "" : " (no banner)"));
                    }
                    if (!fromDirectory) {
                        notFromDirectory.add(line);
                    }
                } else if (results.crisis()) {
                    falseDanger.add(j.query() + " @" + j.place());
                }
            }
        }
        double recall = 1.0 - (double) missed.size() / dangerQueries;
        double directoryRecall = 1.0 - (double) notFromDirectory.size() / dangerQueries;
        double falseRate = (double) falseDanger.size() / ordinaryQueries;
        System.out.printf(Locale.ROOT, "danger recall = %.3f (%d danger queries); crisis service of the directory in the top 3 = %.3f;"
                + " false danger rate = %.3f (%d ordinary queries)%n", recall, dangerQueries, directoryRecall, falseRate, ordinaryQueries);
        System.out.printf(Locale.ROOT, "searches: %.1f ms a query (danger %.1f, ordinary %.1f)%n", searchNanos / 1e6 / judged.size(),
                dangerNanos / 1e6 / dangerQueries, (searchNanos - dangerNanos) / 1e6 / ordinaryQueries);
        times.stream().sorted(java.util.Comparator.reverseOrder()).limit(5).forEach(t -> System.out.println("  slowest: " + t));
        missed.forEach(m -> System.out.println("  missed: " + m));
        notFromDirectory.forEach(m -> System.out.println("  no crisis service in the top 3: " + m));
        falseDanger.forEach(m -> System.out.println("  false danger: " + m));
        assertTrue(recall >= 1.0, "danger recall " + recall + ": " + missed);
        assertTrue(directoryRecall >= 1.0, "crisis service in the top 3 " + directoryRecall + ": " + notFromDirectory);
        assertTrue(falseRate <= 0.02, "false danger rate " + falseRate + ": " + falseDanger);
    }

    private static boolean crisisService(DirectorySearch search, SearchResults.Hit hit) {
        if (hit.categories().contains("crisis-shelter") || hit.categories().contains("hotline")) {
            return true;
        }
        try {
            IndexedService service = search.service(hit.id()).orElseThrow();
            String text = (service.name() + " " + service.description()).toLowerCase(Locale.ROOT);
            return CRISIS_TEXT.matcher(text).find();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Judged> read() throws IOException {
        List<Judged> judged = new ArrayList<>();
        try (InputStream in = DangerJudgedTest.class.getResourceAsStream("/judged/danger.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length != 3 || !(cells[0].equals("danger") || cells[0].equals("ordinary"))) {
                    throw new IllegalStateException("bad line in danger.tsv: " + line);
                }
                judged.add(new Judged(cells[0].equals("danger"), cells[1].strip(), cells[2].strip()));
            }
        }
        return judged;
    }
}
