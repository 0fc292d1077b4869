package org.familyportal.directory.application.search;

import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.PlaceMatch;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A search as the page and the API receive it, in text parameters; checked, then run with the
 * place resolved through the gazetteer. Bad parameters are client errors that say which one.
 */
public record SearchRequest(String text, String placeName, IndexedService.Point point, double radiusKm,
                            Set<String> categories, Set<String> audiences, Set<String> formats, Set<String> providers,
                            Set<String> municipalities, Boolean free, boolean openNow, boolean byDistance, int page,
                            Set<String> languages, boolean accessible) {

    public static final int PAGE_SIZE = 20;
    public static final double DEFAULT_RADIUS_KM = 25;
    private static final int MAX_TEXT = 200;
    /** The last page the engine answers ({@link SearchQuery#MAX_DEPTH} results deep). */
    public static final int MAX_PAGE = SearchQuery.MAX_DEPTH / PAGE_SIZE;

    /**
     * The outcome, and the place the search was made near (when one was given). {@code outsideRegions}:
     * the parent's position is far from every settlement of the covered regions, so no town is
     * named and only what is near the point or available everywhere (phone, online) is found.
     * {@code placeMatch}: how a typed place was understood; when it could not be told (unknown, or
     * a name several settlements share) the results are only what is safe to show anywhere:
     * services available everywhere and those covering its whole region, when the region is told.
     */
    public record Answer(SearchResults results, Optional<Place> place, boolean outsideRegions, PlaceMatch placeMatch) {

        public Answer(SearchResults results, Optional<Place> place, boolean outsideRegions) {
            this(results, place, outsideRegions, PlaceMatch.none());
        }

        /** What the page and the API say about a typed place not taken as typed (a message key and its arguments). */
        public record Notice(String key, List<String> arguments) {
        }

        /**
         * What to tell the parent about the place they typed: searched near another spelling of a
         * near miss, or not known (or several) and what is shown instead; empty when it was found.
         */
        public Optional<Notice> placeNotice() {
            String typed = placeMatch.typed();
            String inRegion = placeMatch.regionName() == null ? "" : "InRegion";
            return switch (placeMatch.outcome()) {
                case CORRECTED -> Optional.of(new Notice("findHelp.place.corrected", List.of(place.orElseThrow().name(), typed)));
                case UNKNOWN -> Optional.of(new Notice("findHelp.place.unknown" + inRegion, arguments(typed)));
                case AMBIGUOUS -> Optional.of(new Notice("findHelp.place.ambiguous" + inRegion, arguments(typed)));
                default -> Optional.empty();
            };
        }

        private List<String> arguments(String typed) {
            return placeMatch.regionName() == null ? List.of(typed) : List.of(typed, placeMatch.regionName());
        }

        /** The parent's region as the gazetteer names it (for its crisis contacts), or null when it cannot be told. */
        public String region() {
            return place.map(Place::region).orElse(placeMatch.regionName());
        }
    }

    public static SearchRequest parse(String text, String place, String lat, String lon, String radius,
                                      List<String> categories, List<String> audiences, List<String> formats,
                                      List<String> providers, List<String> municipalities, String free,
                                      String openNow, String sort, String page, List<String> languages,
                                      String accessible) {
        String words = text == null ? "" : text.strip();
        if (words.length() > MAX_TEXT) {
            words = words.substring(0, MAX_TEXT);
        }
        IndexedService.Point point = null;
        if (notBlank(lat) || notBlank(lon)) {
            double latitude = number("lat", lat, -90, 90);
            double longitude = number("lon", lon, -180, 180);
            point = new IndexedService.Point(latitude, longitude);
        }
        double km = notBlank(radius) ? number("radius", radius, 1, 500) : DEFAULT_RADIUS_KM;
        int pageNumber = notBlank(page) ? (int) number("page", page, 1, MAX_PAGE) : 1;
        return new SearchRequest(words, place == null ? "" : place.strip(), point, km, set(categories), set(audiences),
                set(formats), set(providers), set(municipalities),
                "true".equals(free) ? Boolean.TRUE : "false".equals(free) ? Boolean.FALSE : null,
                "true".equals(openNow) || "on".equals(openNow), "distance".equals(sort), pageNumber, set(languages),
                "true".equals(accessible));
    }

    public Answer run(SiteSearch search) throws IOException {
        Optional<Place> place = Optional.empty();
        PlaceMatch match = PlaceMatch.none();
        IndexedService.Point near = point;
        boolean outside = false;
        if (near != null) {
            place = search.nearest(near);
            outside = place.isEmpty();
        } else if (!placeName.isEmpty()) {
            match = search.matchPlace(placeName);
            place = match.place();
            near = place.map(Place::point).orElse(null);
        }
        SearchQuery query = new SearchQuery(text, near, place.map(Place::municipalityCode).orElse(null),
                near == null ? null : radiusKm, categories, audiences, formats, providers, municipalities, free,
                openNow, byDistance && near != null, Instant.now(), (page - 1) * PAGE_SIZE, PAGE_SIZE, languages, accessible);
        if (match.unresolved()) {
            // Not 0 results, and nothing from a town the parent may not be near.
            query = query.onlyWideReach(search.regionsFor(match.regionCode()));
        }
        return new Answer(search.search(query), place, outside, match);
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static double number(String name, String value, double min, double max) {
        try {
            double number = Double.parseDouble(value.strip().replace(',', '.'));
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        throw new InvalidSearchException("search.error.range", name, min, max);
    }

    private static Set<String> set(List<String> values) {
        Set<String> set = new LinkedHashSet<>();
        if (values != null) {
            values.stream().filter(v -> v != null && !v.isBlank() && v.length() <= 64).map(String::strip).forEach(set::add);
        }
        return set;
    }
}
