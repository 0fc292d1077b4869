package org.familyportal.directory.domain.search;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The engine answers results up to a documented depth, and refuses a deeper page before collecting anything. */
class SearchQueryDepthTest {

    private static SearchQuery page(int offset, int limit) {
        return new SearchQuery("помощь", null, null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null,
                false, false, Instant.now(), offset, limit);
    }

    @Test
    void resultsUpToTheMaximumDepthCanBeAskedFor() {
        assertEquals(10_000, SearchQuery.MAX_DEPTH);
        assertDoesNotThrow(() -> page(SearchQuery.MAX_DEPTH - 200, 200));
        assertDoesNotThrow(() -> page(0, 20));
    }

    @Test
    void aDeeperPageIsRefusedWithTheMaximum() {
        // page=5000000&per_page=200 of the HSDS API: the collector would have pre-allocated a billion hits.
        SearchTooDeepException deep = assertThrows(SearchTooDeepException.class, () -> page(4_999_999 * 200, 200));
        assertEquals(SearchQuery.MAX_DEPTH, deep.maxDepth());
        assertThrows(SearchTooDeepException.class, () -> page(SearchQuery.MAX_DEPTH - 199, 200));
        assertThrows(SearchTooDeepException.class, () -> page(Integer.MAX_VALUE, Integer.MAX_VALUE));
        assertThrows(SearchTooDeepException.class, () -> page(-1, 10));
    }
}
