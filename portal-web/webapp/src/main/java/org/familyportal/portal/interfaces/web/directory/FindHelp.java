package org.familyportal.portal.interfaces.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.familyportal.directory.domain.search.CrisisContacts;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.PlaceMatch;
import org.familyportal.directory.domain.search.PlaceNames;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.shared.JsonBuilders;
import org.familyportal.directory.application.search.InvalidSearchException;
import org.familyportal.directory.application.search.SearchRequest;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.portal.interfaces.web.CurrentLanguage;
import org.familyportal.portal.application.contact.PortalContacts;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Backing bean of {@code find-help.xhtml}. The whole search lives in GET parameters, so a result
 * page can be shared, bookmarked and used without JavaScript.
 */
@Named
@RequestScoped
public class FindHelp {

    /** A facet value as the page shows it: a checkbox with a label and a count. */
    public record FacetValue(String dimension, String code, String label, int count, boolean chosen) {
    }

    /** Other words to search with, and the link that searches them. */
    public record WordsLink(String words, String link) {
    }

    /** A place the parent may have meant, with the link to the same search near it. */
    public record PlaceSuggestion(String name, String municipalityName, String region, String link) {
    }

    private static final List<String> DIMENSIONS = List.of("category", "audience", "format", "provider", "free",
            "language", "accessible", "municipality");

    /** The parameters of a search (what the way back from a service page may carry). */
    private static final java.util.Set<String> SEARCH_PARAMETERS = java.util.Set.of("q", "place", "lat", "lon", "radius",
            "category", "audience", "format", "provider", "municipality", "free", "open_now", "sort", "page", "language",
            "accessible");

    /** A search's query string is short; the way back carries at most this much of it. */
    private static final int MAX_BACK = 1500;

    @Inject
    HttpServletRequest request;

    @Inject
    SiteSearch search;

    @Inject
    CurrentLanguage language;

    @Inject
    PortalContacts contacts;

    private SearchRequest query;
    private SearchResults results = new SearchResults(0, List.of(), Map.of());
    private Optional<Place> place = Optional.empty();
    private boolean outsideRegions;
    private Boolean onlyPleas;
    private SearchRequest.Answer answer;

    /** Runs the search before the page renders (view action), so its messages show at the top. */
    public void load() {
        try {
            query = SearchRequest.parse(param("q"), param("place"), param("lat"), param("lon"), param("radius"),
                    params("category"), params("audience"), params("format"), params("provider"),
                    params("municipality"), param("free"), param("open_now"), param("sort"), param("page"),
                    params("language"), param("accessible"));
            answer = query.run(search);
            results = answer.results();
            place = answer.place();
            outsideRegions = answer.outsideRegions();
        } catch (InvalidSearchException e) {
            Messages.addGlobalError(e.messageKey(), e.arguments());
            // Danger first, always: a place the portal does not know still shows the numbers to call.
            try {
                String words = param("q") == null ? "" : param("q");
                boolean danger = search.signalsDanger(words.length() > 200 ? words.substring(0, 200) : words);
                results = new SearchResults(0, List.of(), Map.of(), danger);
            } catch (IOException io) {
                throw new IllegalStateException("Search failed", io);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Search failed", e);
        }
    }

    public List<FacetValue> facet(String dimension) {
        Map<String, Integer> counts = results.facets().getOrDefault(dimension, Map.of());
        List<String> chosen = params(dimension);
        List<FacetValue> values = new ArrayList<>();
        counts.forEach((code, count) -> {
            if ("accessible".equals(dimension) && !"true".equals(code)) {
                return;
            }
            if ("free".equals(dimension) && "unknown".equals(code)) {
                // A cost the data does not give is neither free nor paid: no choice to offer.
                return;
            }
            values.add(new FacetValue(dimension, code, label(dimension, code), count, chosen.contains(code)));
        });
        return values;
    }

    /** The results that have a public place, as JSON for the map: name, link, coordinates. */
    public String getMapPoints() {
        jakarta.json.JsonArrayBuilder points = JsonBuilders.array();
        for (SearchResults.Hit hit : results.hits()) {
            if (hit.point() != null) {
                points.add(JsonBuilders.object().add("name", hit.name())
                        .add("url", serviceLink(hit.id()))
                        .add("lat", hit.point().latitude()).add("lon", hit.point().longitude()));
            }
        }
        return points.build().toString();
    }

    /** A search that signals danger offers a crisis service of the directory among its first three results. */
    public boolean isCrisisServiceFound() {
        return CrisisContacts.crisisServiceAmong(results, 3);
    }

    /**
     * The crisis contacts the banner lists: the region's own ones, and, when the directory offers no
     * crisis service near the parent (or their place could not be told, so nothing is known to be
     * near), every number to call (the emergency number and the hotline too).
     */
    public List<CrisisContacts.Contact> getCrisisContacts() {
        List<CrisisContacts.Contact> all = contacts.crisisContacts(answer == null ? null : answer.region());
        boolean placeUnknown = answer == null || answer.placeMatch().unresolved();
        return isCrisisServiceFound() && !placeUnknown ? all.stream().filter(c -> "regional".equals(c.kind())).toList() : all;
    }

    public List<Place> getPlaces() {
        return search.places();
    }

    private String label(String dimension, String code) {
        return switch (dimension) {
            case "free" -> Faces.getBundleString("findHelp.free." + code);
            case "accessible" -> Faces.getBundleString("findHelp.accessible");
            case "language" -> java.util.Locale.forLanguageTag(code).getDisplayLanguage(language.getLocale());
            default -> search.label(dimension, code, language.getCode());
        };
    }

    public List<String> getDimensions() {
        return DIMENSIONS;
    }

    /** The filters that have something to choose: a box without choices is not shown. */
    public List<String> getShownDimensions() {
        return DIMENSIONS.stream().filter(d -> !facet(d).isEmpty()).toList();
    }

    /** Nothing found with filters chosen: the same search without them; null when none is chosen. */
    public String getWithoutFiltersLink() {
        List<String> filters = new ArrayList<>(DIMENSIONS);
        filters.add("open_now");
        filters.add("page");
        return filters.stream().filter(f -> !f.equals("page")).anyMatch(f -> param(f) != null)
                ? link(Map.of(), filters) : null;
    }

    /** Nothing found near a place within a short radius: the same search 100 km around; null otherwise. */
    public String getWiderRadiusLink() {
        String radius = param("radius") == null ? "25" : param("radius");
        return place.isPresent() && !"100".equals(radius) ? link(Map.of("radius", "100"), List.of("radius", "page")) : null;
    }

    /** Nothing found near a place: the same words anywhere (services that work at a distance included); null without a place. */
    public String getWithoutPlaceLink() {
        return param("place") != null || param("lat") != null || param("municipality") != null
                ? link(Map.of(), List.of("place", "lat", "lon", "radius", "municipality", "page")) : null;
    }

    /** Words that find help, each as this search (its place kept) with those words instead. */
    public List<WordsLink> getExampleLinks() {
        return Arrays.stream(Faces.getBundleString("findHelp.empty.examples").split(",")).map(String::strip)
                .filter(w -> !w.isEmpty()).limit(5)
                .map(w -> new WordsLink(w, link(Map.of("q", w), List.of("q", "page")))).toList();
    }

    public String categoryLabel(String code) {
        return search.label("category", code, language.getCode());
    }

    /**
     * The link to a service from these results: it carries this search's own parameters (words,
     * place, filters, page), so the service page's way back returns to the same results; each
     * encoded once, so the link stays short.
     */
    public String serviceLink(String id) {
        String search = searchQuery(request.getParameterMap());
        return request.getContextPath() + "/service.xhtml?id=" + enc(id) + (search.isEmpty() ? "" : "&" + search.substring(1));
    }

    /**
     * The query string of a search ({@code ?q=...&place=...}, or nothing) from a request's
     * parameters: only find-help's own parameters, re-encoded, so a way back built from it cannot
     * lead elsewhere or carry anything else (no open redirect, no injected markup); bounded in length.
     */
    public static String searchQuery(Map<String, String[]> parameters) {
        StringBuilder query = new StringBuilder();
        int count = 0;
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (!SEARCH_PARAMETERS.contains(parameter.getKey())) {
                continue;
            }
            for (String value : parameter.getValue()) {
                String pair = enc(parameter.getKey()) + "=" + enc(value);
                if (value.isEmpty() || ++count > 40 || query.length() + pair.length() + 1 > MAX_BACK) {
                    continue;
                }
                query.append(query.length() == 0 ? "?" : "&").append(pair);
            }
        }
        return query.toString();
    }

    /** This search on another page of results. */
    public String pageLink(int page) {
        return link(Map.of("page", String.valueOf(page)), List.of("page"));
    }

    /**
     * What the page says about a typed place it did not take as typed: the near miss it searched
     * near instead, or that it is not known (or several) and what is shown meanwhile; null when none.
     */
    public String getPlaceNotice() {
        return answer == null ? null : answer.placeNotice()
                .map(n -> Faces.getBundleString(n.key(), n.arguments().toArray())).orElse(null);
    }

    /** The places a typed place may mean ("did you mean", or the choice between places of one name). */
    public List<PlaceSuggestion> getPlaceSuggestions() {
        if (answer == null) {
            return List.of();
        }
        String lang = language.getCode();
        return answer.placeMatch().suggestions().stream().map(p -> new PlaceSuggestion(p.name(lang),
                municipality(p), p.region(lang), link(Map.of("place", PlaceNames.qualified(p)), List.of("place", "lat", "lon", "page")))).toList();
    }

    /** The place was several settlements of one name: the suggestions are a choice, not guesses. */
    public boolean isPlaceAmbiguous() {
        return answer != null && answer.placeMatch().outcome() == PlaceMatch.Outcome.AMBIGUOUS;
    }

    /** This search with {@code dropped} parameters left out and {@code set} ones added (the language is the page's). */
    private String link(Map<String, String> set, List<String> dropped) {
        String others = request.getParameterMap().entrySet().stream()
                .filter(e -> !dropped.contains(e.getKey()) && !e.getKey().equals("lang"))
                .flatMap(e -> Arrays.stream(e.getValue()).map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(Collectors.joining("&"));
        String added = set.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return request.getRequestURI() + "?" + (others.isEmpty() ? "" : others + (added.isEmpty() ? "" : "&")) + added;
    }

    public int getPage() {
        return query == null ? 1 : query.page();
    }

    public long getPages() {
        return Math.max(1, (results.total() + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
    }

    public SearchResults getResults() {
        return results;
    }

    /** The parent's position is outside the covered regions: only help available everywhere is shown. */
    /**
     * The words only plead ("помогите", "где найти") and name no help: the page asks what help is
     * needed (the search shows helplines meanwhile, who can tell).
     */
    public boolean isOnlyPleas() {
        if (onlyPleas == null) {
            String words = param("q") == null ? "" : param("q");
            onlyPleas = search.onlyPleas(words.length() > 200 ? words.substring(0, 200) : words);
        }
        return onlyPleas;
    }

    public boolean isOutsideRegions() {
        return outsideRegions;
    }

    public Place getPlace() {
        return place.orElse(null);
    }

    /** The place searched near, in the page's language ("Irkutsk" in English). */
    public String getPlaceName() {
        return place.map(p -> p.name(language.getCode())).orElse(null);
    }

    /** The municipality of the place searched near, in the page's language. */
    public String getPlaceMunicipality() {
        return place.map(this::municipality).orElse(null);
    }

    /** A place's municipality as the facets name it in the page's language; the gazetteer's name otherwise. */
    private String municipality(Place p) {
        String label = search.label("municipality", p.municipalityCode(), language.getCode());
        return label == null || label.equals(p.municipalityCode()) ? p.municipalityName() : label;
    }

    public boolean isSearched() {
        return !request.getParameterMap().isEmpty();
    }

    public String param(String name) {
        return request.getParameter(name);
    }

    private List<String> params(String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : List.of(values);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
