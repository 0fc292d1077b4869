package org.familyportal.portal.interfaces.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.shared.JsonBuilders;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.Opening;
import org.familyportal.directory.domain.search.OpeningRule;
import org.familyportal.directory.domain.search.Phone;
import org.familyportal.directory.wiring.Directory;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.portal.interfaces.web.CurrentLanguage;
import org.omnifaces.util.Faces;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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
        return OpeningRule.at(indexed.openingRules(), Instant.now());
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

    /** The service's lines as its data gives them, with their type and description (see {@link Phone}). */
    public List<Phone> getPhones() {
        List<Phone> phones = new ArrayList<>();
        for (JsonValue value : service.getJsonArray("phones")) {
            JsonObject phone = value.asJsonObject();
            phones.add(new Phone(phone.getString("number", ""), phone.getString("type", null),
                    phone.getString("description", null)));
        }
        return phones.stream().filter(p -> !p.number().isEmpty()).sorted(Phone.USEFUL_FIRST).toList();
    }

    /** Where the service may be used from, when its data limits it (a region, municipalities). */
    public String getAreas() {
        return indexed.everywhere() ? "" : text.areas(indexed.areas());
    }

    /** Street addresses of the service's places; none for a confidential place. */
    public List<String> getAddresses() {
        List<String> addresses = new ArrayList<>();
        for (JsonValue sal : service.getJsonArray("service_at_locations")) {
            JsonObject location = sal.asJsonObject().getJsonObject("location");
            if (location == null) {
                continue;
            }
            JsonArray list = location.getJsonArray("addresses");
            for (JsonValue a : list == null ? List.<JsonValue>of() : list) {
                JsonObject address = a.asJsonObject();
                addresses.add(address.getString("city", "") + ", " + address.getString("address_1", ""));
            }
        }
        return addresses;
    }

    /** Opening hours as lines of days and periods (lunch breaks split a day), then closures. */
    public List<String> getHours() {
        return text.hours(indexed.openingRules());
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
