package org.familyportal.directory.domain.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results, how many matched in all, and facet counts per dimension (value to count).
 *
 * @param facets dimensions: category, audience, format, provider, municipality, free, openNow
 */
public record SearchResults(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {

    /**
     * A service found. {@code distanceKm} is null when the service has no public point (online,
     * phone, or a confidential location) or the query had no point. {@code snippet} is HTML: the
     * service's text escaped, with matched words in {@code <mark>}.
     */
    public record Hit(String id, String name, String organization, String snippet, Double distanceKm,
                      boolean openNow, boolean everywhere, boolean confidential, List<String> categories,
                      float score) {
    }
}
