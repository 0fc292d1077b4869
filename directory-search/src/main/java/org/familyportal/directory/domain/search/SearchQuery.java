package org.familyportal.directory.domain.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What a parent asks: words (may be empty), where they are (a point, or none), how far they would
 * go, and facet choices. {@code nearMunicipality} is the municipality the point lies in, so that
 * mobile teams serving it are found however far their base is. Results can be asked for up to
 * {@link #MAX_DEPTH} deep; a deeper page is refused ({@link SearchTooDeepException}).
 * {@code wideReach}, when not null, limits the search to what is safe to show wherever the parent
 * is (their place is not known): services available everywhere (phone, online), and those whose
 * service area covers every municipality of one of the sets (a region's own lines); with a single
 * set (the parent's region is known) its own services come first.
 */
public record SearchQuery(String text, IndexedService.Point near, String nearMunicipality, Double radiusKm,
                          Set<String> categories, Set<String> audiences, Set<String> formats, Set<String> providerTypes,
                          Set<String> municipalities, Boolean free, boolean openNow, boolean sortByDistance,
                          Instant now, int offset, int limit, Set<String> languages, boolean accessible,
                          List<Set<String>> wideReach) {

    /**
     * How deep results can be asked for ({@code offset + limit}): the engine collects that many hits
     * for a page, so an unbounded depth would let one request exhaust the memory.
     */
    public static final int MAX_DEPTH = 10_000;

    public SearchQuery {
        if (offset < 0 || limit < 0 || (long) offset + limit > MAX_DEPTH) {
            throw new SearchTooDeepException(MAX_DEPTH);
        }
        text = text == null ? "" : text.strip();
        categories = Set.copyOf(categories);
        audiences = Set.copyOf(audiences);
        formats = Set.copyOf(formats);
        providerTypes = Set.copyOf(providerTypes);
        municipalities = Set.copyOf(municipalities);
        languages = Set.copyOf(languages);
        wideReach = wideReach == null ? null : wideReach.stream().map(Set::copyOf).toList();
    }

    /** A query without a limit to wide reach. */
    public SearchQuery(String text, IndexedService.Point near, String nearMunicipality, Double radiusKm,
                       Set<String> categories, Set<String> audiences, Set<String> formats, Set<String> providerTypes,
                       Set<String> municipalities, Boolean free, boolean openNow, boolean sortByDistance,
                       Instant now, int offset, int limit, Set<String> languages, boolean accessible) {
        this(text, near, nearMunicipality, radiusKm, categories, audiences, formats, providerTypes, municipalities,
                free, openNow, sortByDistance, now, offset, limit, languages, accessible, null);
    }

    /** Only services available everywhere or covering all municipalities of one of {@code regions}. */
    public SearchQuery onlyWideReach(List<Set<String>> regions) {
        return new SearchQuery(text, null, null, null, categories, audiences, formats, providerTypes,
                this.municipalities, free, openNow, false, now, offset, limit, languages, accessible, regions);
    }

    /** A query without language or accessibility choices. */
    public SearchQuery(String text, IndexedService.Point near, String nearMunicipality, Double radiusKm,
                       Set<String> categories, Set<String> audiences, Set<String> formats, Set<String> providerTypes,
                       Set<String> municipalities, Boolean free, boolean openNow, boolean sortByDistance,
                       Instant now, int offset, int limit) {
        this(text, near, nearMunicipality, radiusKm, categories, audiences, formats, providerTypes, municipalities,
                free, openNow, sortByDistance, now, offset, limit, Set.of(), false);
    }

    /** Words only, anywhere, first page of ten. */
    public static SearchQuery text(String text) {
        return new SearchQuery(text, null, null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), null,
                false, false, Instant.now(), 0, 10);
    }

    public SearchQuery near(IndexedService.Point point, String municipality, Double radiusKm) {
        return new SearchQuery(text, point, municipality, radiusKm, categories, audiences, formats, providerTypes,
                municipalities, free, openNow, sortByDistance, now, offset, limit, languages, accessible, wideReach);
    }

    public SearchQuery withCategories(Set<String> chosen) {
        return new SearchQuery(text, near, nearMunicipality, radiusKm, chosen, audiences, formats, providerTypes,
                municipalities, free, openNow, sortByDistance, now, offset, limit, languages, accessible, wideReach);
    }

    /** The same query as asked at {@code instant} (which decides what is "open now"). */
    public SearchQuery at(Instant instant) {
        return new SearchQuery(text, near, nearMunicipality, radiusKm, categories, audiences, formats, providerTypes,
                municipalities, free, openNow, sortByDistance, instant, offset, limit, languages, accessible, wideReach);
    }

    /** Only services open at the query's time. */
    public SearchQuery onlyOpen() {
        return new SearchQuery(text, near, nearMunicipality, radiusKm, categories, audiences, formats, providerTypes,
                municipalities, free, true, sortByDistance, now, offset, limit, languages, accessible, wideReach);
    }

    public SearchQuery sortedByDistance() {
        return new SearchQuery(text, near, nearMunicipality, radiusKm, categories, audiences, formats, providerTypes,
                municipalities, free, openNow, true, now, offset, limit, languages, accessible, wideReach);
    }
}
