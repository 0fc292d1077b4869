package org.familyportal.directory.domain.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results, how many matched in all, and facet counts per dimension (value to count).
 *
 * @param facets dimensions: category (assigned and inferred), audience (assigned and inferred), format,
 *               provider, municipality, free (true, false or unknown), openNow
 * @param crisis  the words signal danger: crisis lines and shelters were put first, and the page
 *                must show the emergency numbers
 */
public record SearchResults(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets, boolean crisis) {

    /** Results of an ordinary (not crisis) search. */
    public SearchResults(long total, List<Hit> hits, Map<String, Map<String, Integer>> facets) {
        this(total, hits, facets, false);
    }

    /**
     * A service found. {@code distanceKm} is null when the service has no public point (online,
     * phone, or a confidential location) or the query had no point. {@code snippet} is HTML: the
     * service's text escaped, with matched words in {@code <mark>}. {@code point} is where to put it
     * on a map; null for online and phone services and for confidential places. {@code opening}
     * is what its schedule says at the query's time (open, 24/7, closed or not given). {@code cost}
     * is free or paid only when the service's data says so, else unknown. {@code phones} are its
     * lines, most useful first; {@code areas} where it may be used from (empty: from its place, or
     * from anywhere when {@code everywhere}); {@code alsoAt} how many more results were the same
     * service elsewhere and were folded into this one (see {@link Duplicates}).
     */
    public record Hit(String id, String name, String organization, String snippet, Double distanceKm,
                      Opening opening, boolean everywhere, boolean confidential, List<String> categories,
                      float score, IndexedService.Point point, Cost cost, List<Phone> phones,
                      List<ServiceArea> areas, int alsoAt) {

        public Hit {
            phones = phones == null ? List.of() : List.copyOf(phones);
            areas = areas == null ? List.of() : List.copyOf(areas);
        }

        /** A hit without phones, areas or folded duplicates. */
        public Hit(String id, String name, String organization, String snippet, Double distanceKm,
                   Opening opening, boolean everywhere, boolean confidential, List<String> categories,
                   float score, IndexedService.Point point, Cost cost) {
            this(id, name, organization, snippet, distanceKm, opening, everywhere, confidential, categories, score,
                    point, cost, List.of(), List.of(), 0);
        }

        /** The same hit, with what its schedule says at the query's time. */
        public Hit at(Opening now) {
            return new Hit(id, name, organization, snippet, distanceKm, now, everywhere, confidential, categories, score,
                    point, cost, phones, areas, alsoAt);
        }

        /** A hit whose cost is not known. */
        public Hit(String id, String name, String organization, String snippet, Double distanceKm,
                   Opening opening, boolean everywhere, boolean confidential, List<String> categories,
                   float score, IndexedService.Point point) {
            this(id, name, organization, snippet, distanceKm, opening, everywhere, confidential, categories, score,
                    point, Cost.UNKNOWN);
        }

        /** Open at the query's time (by its hours, or round the clock). */
        public boolean openNow() {
            return opening.open();
        }
    }
}
