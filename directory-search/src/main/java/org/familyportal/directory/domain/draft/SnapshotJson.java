package org.familyportal.directory.domain.draft;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.familyportal.directory.domain.draft.ListingSnapshot.Accepting;
import org.familyportal.directory.domain.draft.ListingSnapshot.Hours;
import org.familyportal.directory.domain.draft.ListingSnapshot.HoursMode;
import org.familyportal.directory.domain.draft.ListingSnapshot.Location;
import org.familyportal.directory.domain.draft.ListingSnapshot.Organisation;
import org.familyportal.directory.domain.draft.ListingSnapshot.Phone;
import org.familyportal.directory.domain.draft.ListingSnapshot.Service;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A snapshot as JSON (Jakarta JSON Processing), as a draft stores it: field names as in the
 * snapshot, absent values left out, times as {@code HH:mm}, dates ISO. Reading what was written
 * gives an equal snapshot.
 */
public final class SnapshotJson {

    private SnapshotJson() {
    }

    public static String write(ListingSnapshot snapshot) {
        Organisation o = snapshot.getOrganisation();
        JsonObjectBuilder org = Json.createObjectBuilder();
        put(org, "id", o.getId());
        put(org, "name", o.getName());
        put(org, "alternateName", o.getAlternateName());
        put(org, "description", o.getDescription());
        put(org, "taxId", o.getTaxId());
        put(org, "ogrn", o.getOgrn());
        put(org, "website", o.getWebsite());
        put(org, "email", o.getEmail());
        put(org, "logo", o.getLogo());
        JsonArrayBuilder services = Json.createArrayBuilder();
        for (Service s : snapshot.getServices()) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            put(b, "id", s.getId());
            put(b, "name", s.getName());
            put(b, "alternateName", s.getAlternateName());
            put(b, "description", s.getDescription());
            put(b, "applicationProcess", s.getApplicationProcess());
            put(b, "eligibility", s.getEligibility());
            put(b, "minimumAge", s.getMinimumAge());
            put(b, "maximumAge", s.getMaximumAge());
            b.add("documents", strings(s.getDocuments()));
            put(b, "fees", s.getFees());
            b.add("languages", strings(s.getLanguages()));
            b.add("terms", strings(s.getTerms()));
            put(b, "accepting", s.getAccepting() == null ? null : s.getAccepting().code());
            put(b, "url", s.getUrl());
            put(b, "email", s.getEmail());
            b.add("locationIds", strings(s.getLocationIds()));
            JsonArrayBuilder phones = Json.createArrayBuilder();
            for (Phone p : s.getPhones()) {
                JsonObjectBuilder pb = Json.createObjectBuilder();
                put(pb, "id", p.getId());
                put(pb, "number", p.getNumber());
                put(pb, "type", p.getType());
                put(pb, "description", p.getDescription());
                phones.add(pb);
            }
            b.add("phones", phones);
            put(b, "hoursMode", s.getHoursMode() == null ? null : s.getHoursMode().name());
            JsonArrayBuilder hours = Json.createArrayBuilder();
            for (Hours h : s.getHours()) {
                JsonObjectBuilder hb = Json.createObjectBuilder();
                put(hb, "id", h.getId());
                hb.add("days", strings(h.getDays().stream().map(DayOfWeek::name).toList()));
                put(hb, "opensAt", h.getOpensAt() == null ? null : h.getOpensAt().toString());
                put(hb, "closesAt", h.getClosesAt() == null ? null : h.getClosesAt().toString());
                put(hb, "validFrom", h.getValidFrom() == null ? null : h.getValidFrom().toString());
                put(hb, "validTo", h.getValidTo() == null ? null : h.getValidTo().toString());
                hb.add("closed", h.isClosed());
                put(hb, "description", h.getDescription());
                if (h.getTimezone() != null) {
                    hb.add("timezone", h.getTimezone());
                }
                hours.add(hb);
            }
            b.add("hours", hours);
            b.add("areas", strings(s.getAreas()));
            services.add(b);
        }
        JsonArrayBuilder locations = Json.createArrayBuilder();
        for (Location l : snapshot.getLocations()) {
            JsonObjectBuilder b = Json.createObjectBuilder();
            put(b, "id", l.getId());
            put(b, "name", l.getName());
            put(b, "address", l.getAddress());
            put(b, "city", l.getCity());
            put(b, "postalCode", l.getPostalCode());
            put(b, "region", l.getRegion());
            put(b, "municipalityCode", l.getMunicipalityCode());
            if (l.getLatitude() != null) {
                b.add("latitude", l.getLatitude());
            }
            if (l.getLongitude() != null) {
                b.add("longitude", l.getLongitude());
            }
            put(b, "accessibility", l.getAccessibility());
            b.add("confidential", l.isConfidential());
            locations.add(b);
        }
        return Json.createObjectBuilder().add("organisation", org).add("services", services)
                .add("locations", locations).build().toString();
    }

    public static ListingSnapshot read(String json) {
        JsonObject root;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            root = reader.readObject();
        }
        ListingSnapshot snapshot = new ListingSnapshot();
        JsonObject org = root.getJsonObject("organisation");
        Organisation o = snapshot.getOrganisation();
        o.setId(text(org, "id"));
        o.setName(text(org, "name"));
        o.setAlternateName(text(org, "alternateName"));
        o.setDescription(text(org, "description"));
        o.setTaxId(text(org, "taxId"));
        o.setOgrn(text(org, "ogrn"));
        o.setWebsite(text(org, "website"));
        o.setEmail(text(org, "email"));
        o.setLogo(text(org, "logo"));
        for (JsonObject b : objects(root, "services")) {
            Service s = new Service();
            s.setId(text(b, "id"));
            s.setName(text(b, "name"));
            s.setAlternateName(text(b, "alternateName"));
            s.setDescription(text(b, "description"));
            s.setApplicationProcess(text(b, "applicationProcess"));
            s.setEligibility(text(b, "eligibility"));
            s.setMinimumAge(integer(b, "minimumAge"));
            s.setMaximumAge(integer(b, "maximumAge"));
            s.setDocuments(strings(b, "documents", Function.identity()));
            s.setFees(text(b, "fees"));
            s.setLanguages(strings(b, "languages", Function.identity()));
            s.setTerms(strings(b, "terms", Function.identity()));
            s.setAccepting(Accepting.ofCode(text(b, "accepting")));
            s.setUrl(text(b, "url"));
            s.setEmail(text(b, "email"));
            s.setLocationIds(strings(b, "locationIds", Function.identity()));
            for (JsonObject pb : objects(b, "phones")) {
                Phone p = new Phone();
                p.setId(text(pb, "id"));
                p.setNumber(text(pb, "number"));
                p.setType(text(pb, "type"));
                p.setDescription(text(pb, "description"));
                s.getPhones().add(p);
            }
            String mode = text(b, "hoursMode");
            s.setHoursMode(mode == null ? HoursMode.NOT_GIVEN : HoursMode.valueOf(mode));
            for (JsonObject hb : objects(b, "hours")) {
                Hours h = new Hours();
                h.setId(text(hb, "id"));
                h.setDays(new ArrayList<>(strings(hb, "days", DayOfWeek::valueOf)));
                h.setOpensAt(parse(text(hb, "opensAt"), LocalTime::parse));
                h.setClosesAt(parse(text(hb, "closesAt"), LocalTime::parse));
                h.setValidFrom(parse(text(hb, "validFrom"), LocalDate::parse));
                h.setValidTo(parse(text(hb, "validTo"), LocalDate::parse));
                h.setClosed(hb.getBoolean("closed", false));
                h.setDescription(text(hb, "description"));
                h.setTimezone(decimal(hb, "timezone"));
                s.getHours().add(h);
            }
            s.setAreas(strings(b, "areas", Function.identity()));
            snapshot.getServices().add(s);
        }
        for (JsonObject b : objects(root, "locations")) {
            Location l = new Location();
            l.setId(text(b, "id"));
            l.setName(text(b, "name"));
            l.setAddress(text(b, "address"));
            l.setCity(text(b, "city"));
            l.setPostalCode(text(b, "postalCode"));
            l.setRegion(text(b, "region"));
            l.setMunicipalityCode(text(b, "municipalityCode"));
            l.setLatitude(decimal(b, "latitude"));
            l.setLongitude(decimal(b, "longitude"));
            l.setAccessibility(text(b, "accessibility"));
            l.setConfidential(b.getBoolean("confidential", false));
            snapshot.getLocations().add(l);
        }
        return snapshot;
    }

    private static void put(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private static void put(JsonObjectBuilder b, String name, Integer value) {
        if (value != null) {
            b.add(name, value);
        }
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static String text(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getString(name);
    }

    private static Integer integer(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getInt(name);
    }

    private static BigDecimal decimal(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : o.getJsonNumber(name).bigDecimalValue();
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        return value == null ? null : parser.apply(value);
    }

    private static List<JsonObject> objects(JsonObject o, String name) {
        JsonArray array = o.getJsonArray(name);
        return array == null ? List.of() : array.getValuesAs(JsonObject.class);
    }

    private static <T> List<T> strings(JsonObject o, String name, Function<String, T> parser) {
        JsonArray array = o.getJsonArray(name);
        List<T> values = new ArrayList<>();
        if (array != null) {
            for (int i = 0; i < array.size(); i++) {
                values.add(parser.apply(array.getString(i)));
            }
        }
        return values;
    }
}
