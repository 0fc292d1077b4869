package org.familyportal.directory;

import org.familyportal.directory.infrastructure.search.LuceneDirectorySearch;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The measures of issue #10 ("how it is measured") over a directory and its judged sets in
 * {@code src/test/resources/judged}: queries as parents write them, each near a real place, searched
 * as the portal searches (25 km around the place, {@code SearchRequest.DEFAULT_RADIUS_KM}).
 * <ul>
 * <li>success@5: share of everyday queries with an acceptable service in the first five, over the
 * queries for which the directory has one (queries judged "none" are left out);</li>
 * <li>zero-result rate: share of everyday queries, "none" included, that find nothing at all;</li>
 * <li>danger recall: share of danger queries that show the emergency banner AND have a crisis
 * service serving the place in the top 3;</li>
 * <li>false danger rate: share of ordinary queries (the everyday set and the ordinary lines of the
 * danger set) flagged as danger.</li>
 * </ul>
 * Every failing query is printed with its top five, so the cause can be read off.
 */
public final class JudgedSearch {

    /** As the portal searches (portal-web SearchRequest.DEFAULT_RADIUS_KM). */
    public static final double RADIUS_KM = 25;

    /** An everyday need: {@code acceptable} as written in the set (ids or rules); empty when "none". */
    public record Everyday(String query, String place, List<String> acceptable) {
    }

    /** A line of the danger set: danger or ordinary, near {@code place}. */
    public record Danger(boolean danger, String query, String place) {
    }

    /** How a directory's everyday judgments are read. */
    public interface Relevance {

        /** Whether {@code hit}, found for {@code judged} near {@code place}, answers the need. */
        boolean relevant(Everyday judged, Place place, SearchResults.Hit hit);

        /** Whether any service of the directory (searched or not) answers the need at {@code place}. */
        boolean anyServes(Everyday judged, Place place);
    }

    /** Whether {@code hit} is a crisis line or shelter that serves a parent at {@code place}. */
    @FunctionalInterface
    public interface CrisisService {
        boolean crisis(Place place, SearchResults.Hit hit);
    }

    /** The outcome; {@code failures} lists every failing query with what it found. */
    public record Measures(String directory, int everyday, int withoutService, double successAtFive, double zeroResults,
                           int dangerQueries, double dangerRecall, double bannerShown, int ordinaryQueries,
                           double falseDanger, List<String> failures) {

        public String summary() {
            return String.format(Locale.ROOT, "%s: success@5 = %.3f (%d everyday queries, %d without a service in the"
                            + " directory), zero-result rate = %.3f, danger recall = %.3f (%d danger queries; banner"
                            + " shown %.3f), false danger rate = %.3f (%d ordinary queries)", directory, successAtFive,
                    everyday, withoutService, zeroResults, dangerRecall, dangerQueries, bannerShown, falseDanger,
                    ordinaryQueries);
        }
    }

    private JudgedSearch() {
    }

    /** {@code judged/<name>}: query, place, acceptable (comma-separated; "none"), notes. */
    public static List<Everyday> everyday(String name) {
        List<Everyday> judged = new ArrayList<>();
        for (String[] cells : lines(name)) {
            if (cells.length < 3) {
                throw new IllegalStateException("bad line in " + name + ": " + String.join("\t", cells));
            }
            List<String> acceptable = "none".equals(cells[2].strip()) ? List.of()
                    : Arrays.stream(cells[2].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            judged.add(new Everyday(cells[0].strip(), cells[1].strip(), acceptable));
        }
        return judged;
    }

    /** {@code judged/danger.tsv} with the place of column {@code placeColumn} (2: four regions, 3: Samara). */
    public static List<Danger> danger(int placeColumn) {
        return danger("danger.tsv", placeColumn);
    }

    /** {@code judged/<name>}, a set in danger.tsv's columns, with the place of column {@code placeColumn}. */
    public static List<Danger> danger(String name, int placeColumn) {
        List<Danger> judged = new ArrayList<>();
        for (String[] cells : lines(name)) {
            if (cells.length != 4 || !(cells[0].equals("danger") || cells[0].equals("ordinary"))) {
                throw new IllegalStateException("bad line in " + name + ": " + String.join("\t", cells));
            }
            judged.add(new Danger(cells[0].equals("danger"), cells[1].strip(), cells[placeColumn].strip()));
        }
        return judged;
    }

    /** The first column of {@code judged/<name>}. */
    public static List<String> firstColumn(String name) {
        return lines(name).stream().map(cells -> cells[0].strip()).toList();
    }

    public static Measures measure(String directory, LuceneDirectorySearch search, List<Everyday> everyday,
                                   Relevance relevance, List<Danger> danger, CrisisService crisis) throws IOException {
        List<String> failures = new ArrayList<>();
        int withService = 0;
        int successes = 0;
        int empty = 0;
        int ordinary = 0;
        int flagged = 0;
        for (Everyday judged : everyday) {
            Place place = place(search, judged.place());
            SearchResults results = search(search, judged.query(), place);
            List<SearchResults.Hit> top = top(results, 5);
            boolean hasService = !judged.acceptable().isEmpty() && relevance.anyServes(judged, place);
            String line = judged.query() + " @" + judged.place() + " -> " + names(top);
            if (results.total() == 0) {
                empty++;
                failures.add("zero results" + (judged.acceptable().isEmpty() ? " (judged: no service)" : "") + ": " + line);
            }
            if (!judged.acceptable().isEmpty() && hasService) {
                withService++;
                if (top.stream().anyMatch(hit -> relevance.relevant(judged, place, hit))) {
                    successes++;
                } else if (results.total() > 0) {
                    failures.add("miss: " + line);
                }
            } else if (!judged.acceptable().isEmpty()) {
                failures.add("no service of the directory satisfies the rule here: " + judged.query() + " @" + judged.place()
                        + " " + judged.acceptable());
            }
            ordinary++;
            if (results.crisis()) {
                flagged++;
                failures.add("false danger: " + line);
            }
        }
        int dangerQueries = 0;
        int recalled = 0;
        int banners = 0;
        for (Danger judged : danger) {
            Place place = place(search, judged.place());
            SearchResults results = search(search, judged.query(), place);
            if (!judged.danger()) {
                ordinary++;
                if (results.crisis()) {
                    flagged++;
                    failures.add("false danger: " + judged.query() + " @" + judged.place() + " -> " + names(top(results, 5)));
                }
                continue;
            }
            dangerQueries++;
            List<SearchResults.Hit> top = top(results, 3);
            boolean crisisFirst = top.stream().anyMatch(hit -> crisis.crisis(place, hit));
            banners += results.crisis() ? 1 : 0;
            if (results.crisis() && crisisFirst) {
                recalled++;
            } else {
                failures.add("danger missed" + (results.crisis() ? "" : " (no banner)") + (crisisFirst ? ""
                        : " (no crisis service in the top 3)") + ": " + judged.query() + " @" + judged.place() + " -> "
                        + names(top));
            }
        }
        return new Measures(directory, everyday.size(), everyday.size() - withService,
                withService == 0 ? 0 : (double) successes / withService, (double) empty / everyday.size(),
                dangerQueries, dangerQueries == 0 ? 0 : (double) recalled / dangerQueries,
                dangerQueries == 0 ? 0 : (double) banners / dangerQueries, ordinary,
                ordinary == 0 ? 0 : (double) flagged / ordinary, List.copyOf(failures));
    }

    /**
     * Asserts the levels a set reaches: success@5 and danger recall at least, zero-result and false
     * danger rates at most (NaN, a set without such queries, passes).
     */
    public static void assertLevels(Measures m, double successAtFive, double zeroResults, double dangerRecall,
                                    double falseDanger) {
        org.junit.jupiter.api.Assertions.assertAll(
                () -> org.junit.jupiter.api.Assertions.assertTrue(m.everyday() == 0 || m.successAtFive() >= successAtFive,
                        "success@5 " + m.successAtFive()),
                () -> org.junit.jupiter.api.Assertions.assertTrue(m.everyday() == 0 || m.zeroResults() <= zeroResults,
                        "zero-result rate " + m.zeroResults()),
                () -> org.junit.jupiter.api.Assertions.assertTrue(m.dangerQueries() == 0 || m.dangerRecall() >= dangerRecall,
                        "danger recall " + m.dangerRecall()),
                () -> org.junit.jupiter.api.Assertions.assertTrue(m.falseDanger() <= falseDanger,
                        "false danger rate " + m.falseDanger()));
    }

    /** Prints the measures and every failure, one a line. */
    public static void print(Measures measures) {
        System.out.println(measures.summary());
        measures.failures().forEach(f -> System.out.println("  " + f));
    }

    private static SearchResults search(LuceneDirectorySearch search, String text, Place place) throws IOException {
        return search.search(SearchQuery.text(text).near(place.point(), place.municipalityCode(), RADIUS_KM));
    }

    private static Place place(LuceneDirectorySearch search, String name) {
        return search.place(name).orElseThrow(() -> new AssertionError("unknown place " + name));
    }

    private static List<SearchResults.Hit> top(SearchResults results, int n) {
        return results.hits().subList(0, Math.min(n, results.hits().size()));
    }

    private static List<String> names(List<SearchResults.Hit> hits) {
        return hits.stream().map(h -> h.name() + " (" + h.organization() + ")").toList();
    }

    private static List<String[]> lines(String name) {
        try (InputStream in = JudgedSearch.class.getResourceAsStream("/judged/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no judged/" + name);
            }
            List<String[]> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.split("\t"));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
