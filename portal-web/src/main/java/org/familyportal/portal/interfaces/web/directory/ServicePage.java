package org.familyportal.portal.interfaces.web.directory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.directory.infrastructure.json.JsonBuilders;
import org.familyportal.portal.interfaces.web.NotFound;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.Opening;
import org.familyportal.directory.domain.search.OpeningRule;
import org.familyportal.portal.application.directory.Directory;
import org.familyportal.portal.application.search.SiteSearch;
import org.familyportal.portal.interfaces.web.CurrentLanguage;
import org.familyportal.portal.interfaces.web.Messages;

import java.io.IOException;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Backing bean of {@code service.xhtml}: one service as a parent needs it, from the public HSDS
 * document (so a confidential address can never appear) and the opening rules of the index.
 */
@Named
@RequestScoped
public class ServicePage {

    /** A phone line; {@code tel} is null for a messenger handle. */
    public record Phone(String number, String tel, String type) {
    }

    @Inject
    Directory directory;

    @Inject
    SiteSearch search;

    @Inject
    CurrentLanguage language;

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
            NotFound.answer();
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

    public List<Phone> getPhones() {
        List<Phone> phones = new ArrayList<>();
        for (JsonValue value : service.getJsonArray("phones")) {
            JsonObject phone = value.asJsonObject();
            String number = phone.getString("number", "");
            String digits = number.replaceAll("[^0-9+]", "");
            boolean dialable = number.matches("[0-9+()\\-\\s]+") && digits.length() >= 3;
            phones.add(new Phone(number, dialable ? "tel:" + digits : null, phone.getString("type", "")));
        }
        return phones;
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
        var locale = language.getLocale();
        Map<String, List<String>> byDays = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (OpeningRule rule : indexed.openingRules()) {
            if (rule.closure() && rule.validFrom() == null && rule.validTo() == null) {
                lines.add(Messages.text("service.closedUntilFurtherNotice"));
                continue;
            }
            if (rule.closure()) {
                DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
                lines.add(Messages.text("service.closed", rule.validFrom() == null ? "" : rule.validFrom().format(date),
                        rule.validTo() == null ? "" : rule.validTo().format(date)));
                continue;
            }
            if (rule.opens() == null || rule.closes() == null) {
                continue;
            }
            String hours = rule.opens().toString().substring(0, 5) + "–"
                    + (rule.closes().getHour() == 23 && rule.closes().getMinute() == 59 ? "24:00" : rule.closes().toString().substring(0, 5));
            byDays.computeIfAbsent(days(rule.days(), locale), d -> new ArrayList<>()).add(hours);
        }
        List<String> opening = new ArrayList<>();
        byDays.forEach((days, hours) -> opening.add(days + ": " + String.join(", ", hours)));
        opening.addAll(lines);
        return opening;
    }

    public String getVerified() {
        String assured = text("assured_date");
        return assured == null ? null : LocalDate.parse(assured)
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()));
    }

    private static String days(Set<DayOfWeek> days, java.util.Locale locale) {
        if (days.size() == 7) {
            return Messages.text("service.everyDay");
        }
        List<DayOfWeek> sorted = days.stream().sorted().toList();
        boolean run = sorted.size() > 2 && sorted.get(sorted.size() - 1).getValue() - sorted.get(0).getValue() == sorted.size() - 1;
        if (run) {
            return sorted.get(0).getDisplayName(TextStyle.SHORT, locale) + "–"
                    + sorted.get(sorted.size() - 1).getDisplayName(TextStyle.SHORT, locale);
        }
        return sorted.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).collect(Collectors.joining(", "));
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
