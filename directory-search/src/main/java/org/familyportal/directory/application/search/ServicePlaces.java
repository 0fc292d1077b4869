package org.familyportal.directory.application.search;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.familyportal.directory.domain.search.OpeningRule;
import org.familyportal.directory.domain.search.Phone;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The places where a service is given, read from its public HSDS document: in HSDS a location has
 * its own phones, hours and languages besides the service's (the building's reception, its fax, its
 * opening hours), and a service at a location may have its own phones and hours there. A
 * confidential place comes without its address (the public document never holds it).
 */
public final class ServicePlaces {

    /** A place of a service as a parent reads it; {@code hours} in the place's own time. */
    public record ServicePlace(String name, String address, boolean virtual, List<Phone> phones, List<OpeningRule> hours,
                               List<String> languages, List<String> accessibility) {

        /** Whether the place says more than its name and address. */
        public boolean detailed() {
            return !phones.isEmpty() || !hours.isEmpty() || !languages.isEmpty() || !accessibility.isEmpty();
        }
    }

    /** Bounds of what one page shows (a document from an import may be long). */
    private static final int MAX_PLACES = 20;
    private static final int MAX_ITEMS = 12;

    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    private ServicePlaces() {
    }

    /**
     * The places of {@code service} (an HSDS service document), in its order; hours without a time
     * zone of their own are in {@code zone} (the place's region's; null when not known).
     */
    public static List<ServicePlace> of(JsonObject service, ZoneId zone) {
        List<ServicePlace> places = new ArrayList<>();
        for (JsonObject sal : objects(service, "service_at_locations")) {
            JsonObject location = sal.get("location") instanceof JsonObject l ? l : null;
            if (location == null || places.size() >= MAX_PLACES) {
                continue;
            }
            List<Phone> phones = new ArrayList<>(phones(sal));
            phones.addAll(phones(location));
            List<OpeningRule> hours = rules(sal, zone);
            if (hours.isEmpty()) {
                hours = rules(location, zone);
            }
            Set<String> languages = new LinkedHashSet<>();
            objects(location, "languages").forEach(l -> languages.add(languageOf(l)));
            languages.remove("");
            List<String> accessibility = objects(location, "accessibility").stream()
                    .map(a -> string(a, "description")).filter(d -> !d.isEmpty()).limit(MAX_ITEMS).toList();
            places.add(new ServicePlace(string(location, "name"), address(location),
                    "virtual".equals(string(location, "location_type")),
                    phones.stream().filter(p -> !p.number().isEmpty()).distinct().sorted(Phone.USEFUL_FIRST).limit(MAX_ITEMS).toList(),
                    hours, languages.stream().limit(MAX_ITEMS).toList(), accessibility));
        }
        return places;
    }

    /** The languages of the service itself, as codes where given (else their names). */
    public static List<String> languages(JsonObject service) {
        Set<String> languages = new LinkedHashSet<>();
        objects(service, "languages").forEach(l -> languages.add(languageOf(l)));
        languages.remove("");
        return languages.stream().limit(MAX_ITEMS).toList();
    }

    /** The lines of {@code owner} (a service, a location, a service at a location). */
    public static List<Phone> phones(JsonObject owner) {
        return objects(owner, "phones").stream().limit(MAX_ITEMS)
                .map(p -> new Phone(string(p, "number"), string(p, "type"), string(p, "description"))).toList();
    }

    /** The HSDS schedules of {@code owner} as opening rules (weekly hours and closures). */
    static List<OpeningRule> rules(JsonObject owner, ZoneId zone) {
        List<OpeningRule> rules = new ArrayList<>();
        for (JsonObject schedule : objects(owner, "schedules")) {
            if (rules.size() >= MAX_ITEMS * 2) {
                break;
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String day : string(schedule, "byday").split(",")) {
                DayOfWeek d = DAYS.get(day.strip().toUpperCase(java.util.Locale.ROOT));
                if (d != null) {
                    days.add(d);
                }
            }
            boolean closed = "true".equals(string(schedule, "closed"));
            LocalTime opens = time(string(schedule, "opens_at"));
            LocalTime closes = time(string(schedule, "closes_at"));
            rules.add(new OpeningRule(days, closed ? null : opens, closed ? null : closes, date(string(schedule, "valid_from")),
                    date(string(schedule, "valid_to")), closed, zone(schedule, zone)));
        }
        return rules;
    }

    private static ZoneId zone(JsonObject schedule, ZoneId fallback) {
        String offset = string(schedule, "timezone");
        if (!offset.isEmpty()) {
            try {
                int seconds = new BigDecimal(offset).multiply(BigDecimal.valueOf(3600)).intValue();
                if (Math.abs(seconds) <= 18 * 3600) {
                    return ZoneOffset.ofTotalSeconds(seconds);
                }
            } catch (NumberFormatException notANumber) {
                // An offset nobody can read: the region's zone.
            }
        }
        return fallback;
    }

    private static String address(JsonObject location) {
        for (JsonObject address : objects(location, "addresses")) {
            String city = string(address, "city");
            String street = string(address, "address_1");
            return city.isEmpty() ? street : street.isEmpty() ? city : city + ", " + street;
        }
        return "";
    }

    private static String languageOf(JsonObject language) {
        String code = string(language, "code");
        return code.isEmpty() ? string(language, "name") : code.toLowerCase(java.util.Locale.ROOT);
    }

    private static LocalTime time(String text) {
        try {
            return text.isEmpty() ? null : LocalTime.parse(text.length() > 8 ? text.substring(0, 8) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<JsonObject> objects(JsonObject owner, String field) {
        JsonValue value = owner.get(field);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(v -> v instanceof JsonObject).map(JsonValue::asJsonObject).toList();
    }

    private static String string(JsonObject owner, String field) {
        JsonValue value = owner.get(field);
        if (value instanceof JsonString s) {
            return s.getString().strip();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        return value == JsonValue.TRUE ? "true" : value == JsonValue.FALSE ? "false" : "";
    }
}
