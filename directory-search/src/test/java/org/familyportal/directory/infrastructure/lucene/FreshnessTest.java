package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A service last verified more than the stale period ago ranks lower than the same service verified since. */
class FreshnessTest {

    private static final IndexedService.Point IRKUTSK = new IndexedService.Point(52.2870, 104.3050);
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static IndexedService service(String id, String organisation, LocalDate verified) {
        return new IndexedService(id, "Консультации семейного психолога", "Психолог консультирует родителей и детей",
                organisation, "Психологическая помощь. ", Set.of("psychological-help"), Set.of("all-families"),
                Set.of("in-person"), "ngo", Set.of("38-irkutsk"), Set.of(), IRKUTSK, false, false, true, verified,
                List.of(), Set.of("ru"), false);
    }

    @Test
    void aServiceVerifiedMoreThanTwelveMonthsAgoRanksBelowTheSameServiceVerifiedSince() throws Exception {
        try (SearchIndex index = new SearchIndex(new ByteBuffersDirectory())) {
            // Two days apart around the twelve-month line: recency alone would hardly tell them apart.
            IndexedService stale = service("00000000-0000-4000-8000-00000000000a", "АНО «Давно»", LocalDate.of(2025, 11, 30));
            IndexedService current = service("00000000-0000-4000-8000-00000000000b", "АНО «Недавно»", LocalDate.of(2025, 12, 2));
            index.rebuild(List.of(stale, current));
            SearchQuery query = SearchQuery.text("психолог").near(IRKUTSK, "38-irkutsk", 50.0).at(NOW);

            Map<String, Float> scores = scores(index.search(query));
            assertEquals(List.of(current.id(), stale.id()), index.search(query).hits().stream().map(SearchResults.Hit::id).toList());
            double ratio = scores.get(stale.id()) / scores.get(current.id());
            assertEquals(Freshness.STALE_FACTOR, ratio, 0.02, "the stale one keeps 60 % of its score");

            index.staleAfter(Period.ofMonths(24));
            Map<String, Float> longer = scores(index.search(query));
            assertEquals(1.0, longer.get(stale.id()) / longer.get(current.id()), 0.02, "with a longer period neither is stale");
        }
    }

    @Test
    void aServiceNeverVerifiedKeepsItsScore() {
        long staleUpTo = LocalDate.of(2025, 12, 1).toEpochDay();
        assertEquals(1.0, Freshness.factor(0, staleUpTo, 0.6), "no date: nothing known either way");
        assertEquals(0.6, Freshness.factor(staleUpTo, staleUpTo, 0.6), "on the line");
        assertEquals(1.0, Freshness.factor(staleUpTo + 1, staleUpTo, 0.6));
        assertTrue(Freshness.STALE_FACTOR < 1.0);
    }

    private static Map<String, Float> scores(SearchResults results) {
        return results.hits().stream().collect(Collectors.toMap(SearchResults.Hit::id, SearchResults.Hit::score));
    }
}
