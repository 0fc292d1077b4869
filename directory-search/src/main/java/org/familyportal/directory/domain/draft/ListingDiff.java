package org.familyportal.directory.domain.draft;

import org.familyportal.directory.domain.draft.ListingSnapshot.Hours;
import org.familyportal.directory.domain.draft.ListingSnapshot.HoursMode;
import org.familyportal.directory.domain.draft.ListingSnapshot.Location;
import org.familyportal.directory.domain.draft.ListingSnapshot.Organisation;
import org.familyportal.directory.domain.draft.ListingSnapshot.Phone;
import org.familyportal.directory.domain.draft.ListingSnapshot.Service;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a draft changes against the published listing, field by field: services and locations are
 * matched by id (a new one lists every field it fills, a removed one is one line), lists (phones,
 * hours, areas, terms) compare as a whole and show both sides. Values are plain text; the page
 * translates the field names ({@code draft.field.<field>}).
 */
public final class ListingDiff {

    /** Whether the line is about a part the draft adds, removes, or changes. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /**
     * One changed field: in {@code part} ({@code organisation}, {@code service}, {@code location})
     * with {@code id}, named {@code item}, the field {@code field} was {@code before} and becomes {@code after}
     * (empty: none).
     */
    public record FieldChange(String part, String id, String item, String field, String before, String after, Kind kind)
            implements Serializable {
    }

    private static final Map<String, Function<Organisation, String>> ORGANISATION = new LinkedHashMap<>();
    private static final Map<String, Function<Service, String>> SERVICE = new LinkedHashMap<>();
    private static final Map<String, Function<Location, String>> LOCATION = new LinkedHashMap<>();

    static {
        ORGANISATION.put("name", Organisation::getName);
        ORGANISATION.put("alternateName", Organisation::getAlternateName);
        ORGANISATION.put("taxId", Organisation::getTaxId);
        ORGANISATION.put("ogrn", Organisation::getOgrn);
        ORGANISATION.put("description", Organisation::getDescription);
        ORGANISATION.put("website", Organisation::getWebsite);
        ORGANISATION.put("email", Organisation::getEmail);
        ORGANISATION.put("logo", Organisation::getLogo);

        SERVICE.put("name", Service::getName);
        SERVICE.put("alternateName", Service::getAlternateName);
        SERVICE.put("description", Service::getDescription);
        SERVICE.put("applicationProcess", Service::getApplicationProcess);
        SERVICE.put("eligibility", Service::getEligibility);
        SERVICE.put("minimumAge", s -> text(s.getMinimumAge()));
        SERVICE.put("maximumAge", s -> text(s.getMaximumAge()));
        SERVICE.put("documents", s -> String.join("; ", s.getDocuments()));
        SERVICE.put("fees", Service::getFees);
        SERVICE.put("languages", s -> String.join(", ", s.getLanguages()));
        SERVICE.put("terms", s -> String.join(", ", s.getTerms().stream().sorted().toList()));
        SERVICE.put("accepting", s -> s.getAccepting() == null ? null : s.getAccepting().code());
        SERVICE.put("url", Service::getUrl);
        SERVICE.put("email", Service::getEmail);
        SERVICE.put("locations", s -> String.join(", ", s.getLocationIds().stream().sorted().toList()));
        SERVICE.put("phones", s -> s.getPhones().stream().map(ListingDiff::phone).collect(Collectors.joining("; ")));
        SERVICE.put("hours", ListingDiff::hours);
        SERVICE.put("areas", s -> String.join(", ", s.getAreas().stream().sorted().toList()));

        LOCATION.put("name", Location::getName);
        LOCATION.put("address", Location::getAddress);
        LOCATION.put("city", Location::getCity);
        LOCATION.put("postalCode", Location::getPostalCode);
        LOCATION.put("region", Location::getRegion);
        LOCATION.put("municipality", Location::getMunicipalityCode);
        LOCATION.put("coordinates", l -> l.getLatitude() == null || l.getLongitude() == null ? null
                : l.getLatitude().stripTrailingZeros().toPlainString() + ", " + l.getLongitude().stripTrailingZeros().toPlainString());
        LOCATION.put("accessibility", Location::getAccessibility);
        LOCATION.put("confidential", l -> l.isConfidential() ? "true" : null);
    }

    private ListingDiff() {
    }

    /** The changes from {@code published} (null: a new listing) to {@code draft}, in the order of the form. */
    public static List<FieldChange> between(ListingSnapshot published, ListingSnapshot draft) {
        List<FieldChange> changes = new ArrayList<>();
        Organisation before = published == null ? null : published.getOrganisation();
        Organisation after = draft.getOrganisation();
        compare("organisation", after.getId(), after.getName(), ORGANISATION, before, after, changes);
        List<Service> oldServices = published == null ? List.of() : published.getServices();
        for (Service s : draft.getServices()) {
            Service old = oldServices.stream().filter(o -> o.getId().equals(s.getId())).findFirst().orElse(null);
            compare("service", s.getId(), s.getName(), SERVICE, old, s, changes);
        }
        for (Service old : oldServices) {
            if (draft.service(old.getId()).isEmpty()) {
                changes.add(new FieldChange("service", old.getId(), old.getName(), "service", old.getName(), "", Kind.REMOVED));
            }
        }
        List<Location> oldLocations = published == null ? List.of() : published.getLocations();
        for (Location l : draft.getLocations()) {
            Location old = oldLocations.stream().filter(o -> o.getId().equals(l.getId())).findFirst().orElse(null);
            compare("location", l.getId(), label(l), LOCATION, old, l, changes);
        }
        for (Location old : oldLocations) {
            if (draft.location(old.getId()).isEmpty()) {
                changes.add(new FieldChange("location", old.getId(), label(old), "location", label(old), "", Kind.REMOVED));
            }
        }
        return changes;
    }

    /** Whether {@code after} differs from {@code before} (null: a new service) in any field. */
    public static boolean changed(Service before, Service after) {
        List<FieldChange> changes = new ArrayList<>();
        compare("service", after.getId(), after.getName(), SERVICE, before, after, changes);
        return !changes.isEmpty();
    }

    /** Whether {@code after} differs from {@code before} (null: a new location) in any field. */
    public static boolean changed(Location before, Location after) {
        List<FieldChange> changes = new ArrayList<>();
        compare("location", after.getId(), label(after), LOCATION, before, after, changes);
        return !changes.isEmpty();
    }

    /** Whether the organisation's own fields differ. */
    public static boolean changed(Organisation before, Organisation after) {
        List<FieldChange> changes = new ArrayList<>();
        compare("organisation", after.getId(), after.getName(), ORGANISATION, before, after, changes);
        return !changes.isEmpty();
    }

    /** A phone as one line: number, type, description. */
    public static String phone(Phone p) {
        StringBuilder text = new StringBuilder(Objects.toString(p.getNumber(), ""));
        if (p.getType() != null && !p.getType().isBlank()) {
            text.append(" (").append(p.getType()).append(')');
        }
        if (p.getDescription() != null && !p.getDescription().isBlank()) {
            text.append(" — ").append(p.getDescription());
        }
        return text.toString();
    }

    /** A service's hours as one line: the mode, or each period (days, times, dates, closure). */
    public static String hours(Service s) {
        if (s.getHoursMode() == HoursMode.ALWAYS) {
            return "24/7" + closures(s);
        }
        if (s.getHoursMode() == HoursMode.NOT_GIVEN || s.getHoursMode() == null) {
            return closures(s).isEmpty() ? null : closures(s).substring(2);
        }
        // Order does not matter: open periods by their first day and time, then closures by date.
        return s.getHours().stream().sorted(PERIODS).map(ListingDiff::period).collect(Collectors.joining("; "));
    }

    private static final java.util.Comparator<Hours> PERIODS = java.util.Comparator.comparing(Hours::isClosed)
            .thenComparing(h -> h.getDays().stream().mapToInt(DayOfWeek::getValue).min().orElse(0))
            .thenComparing(h -> h.getOpensAt() == null ? java.time.LocalTime.MIN : h.getOpensAt())
            .thenComparing(h -> h.getValidFrom() == null ? java.time.LocalDate.MIN : h.getValidFrom())
            .thenComparing(ListingDiff::period);

    private static String closures(Service s) {
        String closures = s.getHours().stream().filter(Hours::isClosed).sorted(PERIODS).map(ListingDiff::period)
                .collect(Collectors.joining("; "));
        return closures.isEmpty() ? "" : "; " + closures;
    }

    /** One period: {@code MO TU 09:00–13:00 2027-01-01..2027-01-08 closed}. */
    public static String period(Hours h) {
        List<String> parts = new ArrayList<>();
        if (!h.getDays().isEmpty()) {
            parts.add(h.getDays().stream().sorted().map(DayOfWeek::name).map(d -> d.substring(0, 2))
                    .collect(Collectors.joining(" ")));
        }
        if (!h.isClosed() && h.getOpensAt() != null && h.getClosesAt() != null) {
            parts.add(h.getOpensAt() + "–" + h.getClosesAt());
        }
        if (h.getValidFrom() != null || h.getValidTo() != null) {
            parts.add(Objects.toString(h.getValidFrom(), "") + ".." + Objects.toString(h.getValidTo(), ""));
        }
        if (h.isClosed()) {
            parts.add("closed");
        }
        if (h.getDescription() != null && !h.getDescription().isBlank()) {
            parts.add("(" + h.getDescription() + ")");
        }
        return String.join(" ", parts);
    }

    private static String label(Location l) {
        return l.getName() != null && !l.getName().isBlank() ? l.getName() : Objects.toString(l.getAddress(), l.getId());
    }

    private static <T> void compare(String part, String id, String item, Map<String, Function<T, String>> fields, T before, T after,
                                    List<FieldChange> changes) {
        for (Map.Entry<String, Function<T, String>> field : fields.entrySet()) {
            String old = before == null ? "" : blankless(field.getValue().apply(before));
            String now = blankless(field.getValue().apply(after));
            if (!old.equals(now)) {
                changes.add(new FieldChange(part, id, item, field.getKey(), old, now, before == null ? Kind.ADDED : Kind.CHANGED));
            }
        }
    }

    private static String blankless(String value) {
        return value == null ? "" : value.strip();
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }
}
