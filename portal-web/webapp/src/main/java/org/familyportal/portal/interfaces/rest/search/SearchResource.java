package org.familyportal.portal.interfaces.rest.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.familyportal.directory.domain.search.CrisisContacts;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.PlaceMatch;
import org.familyportal.directory.domain.search.PlaceNames;
import org.familyportal.directory.domain.search.Opening;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.directory.domain.search.Phone;
import org.familyportal.directory.domain.search.ServiceArea;
import org.familyportal.shared.JsonBuilders;
import org.familyportal.directory.application.search.SearchRequest;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.portal.application.contact.PortalContacts;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Search of the directory as JSON: {@code /api/search?q=&place=&lat=&lon=&radius=&category=...}.
 * The same engine and parameters as the "Find help" page.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
public class SearchResource {

    @Inject
    SiteSearch search;

    @Inject
    PortalContacts contacts;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Path("suggest")
    @Operation(summary = "Completions for the search box: kinds of help, audiences, service names")
    public jakarta.json.JsonArray suggest(@QueryParam("q") String prefix) {
        JsonArrayBuilder suggestions = JsonBuilders.array();
        search.suggest(prefix == null ? "" : prefix.length() > 100 ? prefix.substring(0, 100) : prefix)
                .forEach(suggestions::add);
        return suggestions.build();
    }

    @GET
    @Path("places")
    @Operation(summary = "Settlements of the gazetteer starting with the typed letters, else those it may mean (Latin letters, typos)")
    public jakarta.json.JsonArray places(@QueryParam("q") String prefix) {
        JsonArrayBuilder places = JsonBuilders.array();
        String typed = prefix == null ? "" : prefix.length() > PlaceNames.MAX_LENGTH ? "" : prefix;
        List<Place> found = search.placesStartingWith(typed, 10);
        if (found.isEmpty()) {
            // Latin letters or a typo: the place it means, else the places it may mean.
            PlaceMatch match = search.matchPlace(typed);
            found = match.place().map(List::of).orElse(match.suggestions());
        }
        found.forEach(p -> places.add(JsonBuilders.object()
                .add("name", p.name()).add("municipality", p.municipalityName()).add("region", p.region())));
        return places.build();
    }

    @GET
    @Operation(summary = "Services near a place, by words and facets, with facet counts")
    public JsonObject search(@QueryParam("q") String text, @QueryParam("place") String place,
                             @QueryParam("lat") String lat, @QueryParam("lon") String lon,
                             @QueryParam("radius") String radius, @QueryParam("category") List<String> categories,
                             @QueryParam("audience") List<String> audiences, @QueryParam("format") List<String> formats,
                             @QueryParam("provider") List<String> providers, @QueryParam("municipality") List<String> municipalities,
                             @QueryParam("free") String free, @QueryParam("open_now") String openNow,
                             @QueryParam("sort") String sort, @QueryParam("page") String page,
                             @QueryParam("language") List<String> languages, @QueryParam("accessible") String accessible)
            throws IOException {
        SearchRequest request = SearchRequest.parse(text, place, lat, lon, radius, categories, audiences, formats,
                providers, municipalities, free, openNow, sort, page, languages, accessible);
        SearchRequest.Answer answer = request.run(search);
        String language = headers.getAcceptableLanguages().stream().map(l -> l.getLanguage())
                .filter(l -> l.equals("en") || l.equals("ru")).findFirst().orElse("ru");
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("i18n.messages",
                java.util.Locale.forLanguageTag(language));
        JsonArrayBuilder results = JsonBuilders.array();
        for (SearchResults.Hit hit : answer.results().hits()) {
            JsonObjectBuilder item = JsonBuilders.object().add("id", hit.id()).add("name", hit.name())
                    .add("organization", hit.organization()).add("snippet", hit.snippet())
                    .add("opening", hit.opening().name().toLowerCase()).add("everywhere", hit.everywhere())
                    // Free or paid only when the service's data says so.
                    .add("cost", hit.cost().name().toLowerCase());
            // Unknown hours are neither open nor closed.
            if (hit.opening() == Opening.NOT_GIVEN) {
                item.addNull("open_now");
            } else {
                item.add("open_now", hit.openNow());
            }
            if (hit.distanceKm() != null) {
                item.add("distance_km", Math.round(hit.distanceKm() * 10) / 10.0);
            }
            JsonArrayBuilder topics = JsonBuilders.array();
            hit.categories().forEach(c -> topics.add(JsonBuilders.object().add("code", c)
                    .add("label", search.label("category", c, language))));
            results.add(item.add("categories", topics).add("phones", phones(hit.phones(), bundle))
                    .add("areas", areas(hit.areas(), language)).add("also_at", hit.alsoAt()));
        }
        JsonObjectBuilder facets = JsonBuilders.object();
        for (Map.Entry<String, Map<String, Integer>> dimension : answer.results().facets().entrySet()) {
            JsonArrayBuilder values = JsonBuilders.array();
            dimension.getValue().forEach((code, count) -> values.add(JsonBuilders.object().add("code", code)
                    .add("label", facetLabel(dimension.getKey(), code, language, bundle)).add("count", count)));
            facets.add(dimension.getKey(), values);
        }
        JsonObjectBuilder body = JsonBuilders.object().add("total", answer.results().total())
                .add("crisis", answer.results().crisis())
                .add("page", request.page()).add("per_page", SearchRequest.PAGE_SIZE)
                .add("results", results).add("facets", facets);
        if (!answer.results().crisis() && search.onlyPleas(request.text())) {
            // Only pleas ("помогите"): helplines are found; the client is told to ask what help is needed.
            body.add("only_pleas", true).add("prompt", java.util.ResourceBundle.getBundle("i18n.messages",
                    java.util.Locale.forLanguageTag(language)).getString("findHelp.pleas"));
        }
        if (answer.outsideRegions()) {
            body.add("outside_regions", true).add("notice", bundle.getString("findHelp.outsideRegions"));
        }
        answer.placeNotice().ifPresent(notice -> body.add("place_match", placeMatch(answer, notice, bundle)));
        if (answer.results().crisis()) {
            // Danger: the numbers to call in the parent's region come with the results, whatever they are.
            JsonArrayBuilder crisis = JsonBuilders.array();
            for (CrisisContacts.Contact c : contacts.crisisContacts(answer.region())) {
                JsonObjectBuilder contact = JsonBuilders.object().add("kind", c.kind()).add("phone", c.phone()).add("tel", c.tel());
                if (c.name() != null) {
                    contact.add("name", c.name());
                }
                crisis.add(contact);
            }
            body.add("crisis_contacts", crisis)
                    .add("crisis_service_found", CrisisContacts.crisisServiceAmong(answer.results(), 3));
        }
        answer.place().ifPresent((Place p) -> body.add("place", JsonBuilders.object().add("name", p.name())
                .add("municipality", p.municipalityCode()).add("municipality_name", p.municipalityName())));
        return body.build();
    }

    /**
     * A facet value as the find-help page names it: the yes/no filters (free, step-free access, open
     * now) and languages by their words, not their codes; kinds of help, audiences and places by
     * their names in the directory.
     */
    private String facetLabel(String dimension, String code, String language, java.util.ResourceBundle bundle) {
        String key = switch (dimension) {
            case "free" -> "findHelp.free." + code;
            case "accessible" -> "true".equals(code) ? "findHelp.accessible" : "api.facet.accessible.notStated";
            case "openNow" -> "findHelp.openNow";
            default -> null;
        };
        if (key != null) {
            return bundle.containsKey(key) ? bundle.getString(key) : code;
        }
        if ("language".equals(dimension)) {
            String name = java.util.Locale.forLanguageTag(code).getDisplayLanguage(java.util.Locale.forLanguageTag(language));
            return name.isEmpty() || name.equals(code) ? code : name;
        }
        return search.label(dimension, code, language);
    }

    /**
     * A typed place not taken as typed: how it was understood, what is shown instead, and the
     * places it may mean, each with the link to this search near it (the words and filters kept).
     */
    private JsonObjectBuilder placeMatch(SearchRequest.Answer answer, SearchRequest.Answer.Notice notice,
                                         java.util.ResourceBundle bundle) {
        JsonArrayBuilder suggestions = JsonBuilders.array();
        for (Place p : answer.placeMatch().suggestions()) {
            String place = PlaceNames.qualified(p);
            // Path and query only: the host as the server sees it may not be the one the parent used.
            java.net.URI link = uri.getRequestUriBuilder().replaceQueryParam("place", place).replaceQueryParam("lat")
                    .replaceQueryParam("lon").replaceQueryParam("page").build();
            suggestions.add(JsonBuilders.object().add("name", p.name()).add("municipality_name", p.municipalityName())
                    .add("region", p.region()).add("place", place)
                    .add("url", link.getRawPath() + "?" + link.getRawQuery()));
        }
        JsonObjectBuilder match = JsonBuilders.object().add("typed", answer.placeMatch().typed())
                .add("outcome", answer.placeMatch().outcome().name().toLowerCase())
                .add("notice", new java.text.MessageFormat(bundle.getString(notice.key()), bundle.getLocale())
                        .format(notice.arguments().toArray())).add("suggestions", suggestions);
        if (answer.placeMatch().regionName() != null) {
            match.add("region", answer.placeMatch().regionName());
        }
        return match;
    }

    /**
     * A service's lines: the number, its type as the data gives it, its kind (see {@link Phone}),
     * the kind named in the reader's language, the description, and a link only for a line one
     * calls or texts (null for a fax, a pager, a messenger).
     */
    private static JsonArrayBuilder phones(List<Phone> phones, java.util.ResourceBundle bundle) {
        JsonArrayBuilder array = JsonBuilders.array();
        for (Phone phone : phones) {
            JsonObjectBuilder line = JsonBuilders.object().add("number", phone.number()).add("kind", phone.kind())
                    .add("label", bundle.getString("Phone." + phone.kind()));
            nullable(line, "type", phone.type());
            nullable(line, "description", phone.description());
            nullable(line, "tel", phone.link());
            array.add(line);
        }
        return array;
    }

    /** Where a service may be used from when its data limits it: regions or municipalities, by name. */
    private static JsonArrayBuilder areas(List<ServiceArea> areas, String language) {
        JsonArrayBuilder array = JsonBuilders.array();
        for (ServiceArea area : areas) {
            JsonObjectBuilder item = JsonBuilders.object().add("kind", area.kind().name().toLowerCase());
            nullable(item, "code", area.code());
            nullable(item, "name", area.name(language));
            array.add(item);
        }
        return array;
    }

    private static void nullable(JsonObjectBuilder object, String name, String value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value);
        }
    }
}
