package org.familyportal.portal.interfaces.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.shared.JsonBuilders;
import jakarta.json.JsonObject;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.Opening;
import org.familyportal.directory.domain.search.OpeningRule;
import org.familyportal.directory.domain.search.Phone;
import org.familyportal.directory.domain.search.WeeklyHours;
import org.familyportal.directory.application.search.ServicePlaces;
import org.familyportal.directory.wiring.Directory;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.portal.interfaces.web.CurrentLanguage;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * Backing bean of {@code service.xhtml}: one service as a parent needs it, from the public HSDS
 * document (so a confidential address can never appear) and the opening rules of the index.
 */
@Named
@RequestScoped
public class ServicePage {

    @Inject
    Directory directory;

    @Inject
    SiteSearch search;

    @Inject
    CurrentLanguage language;

    @Inject
    ResultText text;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private String id;
    private JsonObject service;
    private IndexedService indexed;
    private boolean loaded;
    private final Instant now = Instant.now();
    private WeeklyHours week;
    private List<PlaceView> places;

    /**
     * The view action of a GET: an unknown or retired service is a 404. Posts of the page's form
     * (which carries the id as a hidden field) load the service the same way, lazily.
     */
    public void load() throws IOException, SQLException {
        ensureLoaded();
        if (service == null || indexed == null) {
            Faces.responseSendError(404, null);
        }
    }

    private void ensureLoaded() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            id = request.getParameter("id");
        }
        if (id != null && id.matches("[0-9a-fA-F-]{36}")) {
            try {
                service = directory.api().service(id.toLowerCase()).orElse(null);
                indexed = service == null ? null : search.service(service.getString("id")).orElse(null);
            } catch (SQLException e) {
                throw new IllegalStateException("The service could not be read", e);
            }
            if (indexed == null) {
                service = null;
            }
        }
    }

    public String text(String field) {
        ensureLoaded();
        return service.getString(field, null);
    }

    public String getOrganization() {
        JsonObject organization = service.getJsonObject("organization");
        return organization == null ? null : organization.getString("name", null);
    }

    public boolean isOpenNow() {
        return getOpening().open();
    }

    /** What the schedule says now, in the place's own time: open, 24/7, closed, or hours not given. */
    public Opening getOpening() {
        return OpeningRule.at(indexed.openingRules(), now);
    }

    /** Where the service is, for the map; nothing for confidential, online and phone services. */
    public String getMapPoints() {
        if (indexed.confidential() || indexed.point() == null) {
            return "[]";
        }
        return JsonBuilders.array().add(JsonBuilders.object()
                .add("name", text("name")).add("lat", indexed.point().latitude())
                .add("lon", indexed.point().longitude())).build().toString();
    }

    public boolean isConfidential() {
        return indexed.confidential();
    }

    public boolean isEverywhere() {
        return indexed.everywhere();
    }

    public List<String> getCategories() {
        return indexed.categories().stream().map(c -> search.label("category", c, language.getCode())).toList();
    }

    /** free, paid or unknown: free only when the service's data says so (its cost options or fees). */
    public String getCost() {
        ensureLoaded();
        return (indexed.cost() == null ? org.familyportal.directory.domain.search.Cost.UNKNOWN : indexed.cost())
                .name().toLowerCase();
    }

    public List<String> getAudiences() {
        return indexed.audiences().stream().map(a -> search.label("audience", a, language.getCode())).toList();
    }

    /**
     * The service's lines as its data gives them, with their type and description (see {@link Phone});
     * without lines of its own, its organisation's (as the search shows them). Its places' own lines
     * are shown with each place.
     */
    public List<Phone> getPhones() {
        List<Phone> phones = ServicePlaces.phones(service).stream().filter(p -> !p.number().isEmpty())
                .sorted(Phone.USEFUL_FIRST).toList();
        return phones.isEmpty() ? indexed.phones() : phones;
    }

    /** Where the service may be used from, when its data limits it (a region, municipalities). */
    public String getAreas() {
        return indexed.everywhere() ? "" : text.areas(indexed.areas());
    }

    /**
     * Opening hours as lines, Monday to Sunday, then closures; "round the clock" for a 24/7 service;
     * empty when no hours are given (the page says so, never "closed").
     */
    public List<String> getHours() {
        return text.hours(getWeek());
    }

    /** The service's week (its most specific hours: at its place, its own, or its place's). */
    public WeeklyHours getWeek() {
        if (week == null) {
            week = ResultText.week(indexed.openingRules(), now);
        }
        return week;
    }

    /** The place's time zone as people read it ("UTC+8"); null when not known. */
    public String getZoneLabel() {
        return getWeek().zoneLabel(now);
    }

    /** The time now where the service is ("10:30"), so a parent elsewhere reads its hours right; null when not known. */
    public String getLocalTime() {
        return getWeek().zone() == null ? null : LocalTime.ofInstant(now, getWeek().zone()).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    /** The places where the service is given, each with its own lines, hours and languages. */
    public List<PlaceView> getPlaces() {
        if (places == null) {
            // A phone line's or a website's "place" that says nothing more than its name is not shown.
            places = ServicePlaces.of(service, getWeek().zone()).stream().filter(p -> !p.virtual() || p.detailed())
                    .map(p -> new PlaceView(p.name(),
                    indexed.confidential() ? "" : p.address(), p.virtual(), p.phones(),
                    p.hours().isEmpty() ? List.of() : text.hours(ResultText.week(p.hours(), now)),
                    languageNames(p.languages()), p.accessibility())).toList();
        }
        return places;
    }

    /** A place as the page shows it: its hours already as lines in the reader's language. */
    public record PlaceView(String name, String address, boolean virtual, List<Phone> phones, List<String> hours,
                            List<String> languages, List<String> accessibility) {

        public boolean detailed() {
            return !phones.isEmpty() || !hours.isEmpty() || !languages.isEmpty() || !accessibility.isEmpty();
        }
    }

    /** The languages the service is given in (its own, then its places'), named in the reader's language. */
    public List<String> getLanguages() {
        List<String> codes = new ArrayList<>(ServicePlaces.languages(service));
        return languageNames(codes);
    }

    private List<String> languageNames(List<String> codes) {
        return codes.stream().map(code -> {
            String name = code.matches("[a-z]{2,3}") ? Locale.forLanguageTag(code).getDisplayLanguage(language.getLocale()) : code;
            return name.isEmpty() || name.equals(code) ? code : name.substring(0, 1).toUpperCase(language.getLocale()) + name.substring(1);
        }).distinct().toList();
    }

    /**
     * The way back to the search that led here, with its words, place, filters and page: the results
     * link here with their search's parameters; only find-help's own are kept, and the link leads
     * nowhere but the search (no open redirect). Without them: the empty search.
     */
    public String getBackLink() {
        return request.getContextPath() + "/find-help.xhtml" + FindHelp.searchQuery(request.getParameterMap());
    }

    /** The search's parameters, for the page's own form (so a report sent keeps the way back). */
    public List<Map.Entry<String, String>> getSearchParameters() {
        String query = FindHelp.searchQuery(request.getParameterMap());
        return query.isEmpty() ? List.of() : java.util.Arrays.stream(query.substring(1).split("&")).map(pair -> {
            String[] p = pair.split("=", 2);
            return Map.entry(URLDecoder.decode(p[0], StandardCharsets.UTF_8), URLDecoder.decode(p[1], StandardCharsets.UTF_8));
        }).toList();
    }

    /** "Ask for help about this": the request form with this service and its first kind of help filled in. */
    public String getAskLink() {
        String topic = indexed.categories().stream().findFirst().map(c -> "&topic=" + URLEncoder.encode(c, StandardCharsets.UTF_8))
                .orElse("");
        return request.getContextPath() + "/ask-for-help.xhtml?service=" + indexed.id() + topic;
    }

    public String getVerified() {
        String assured = text("assured_date");
        return assured == null ? null : LocalDate.parse(assured)
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public JsonObject getService() {
        ensureLoaded();
        return service;
    }
}
