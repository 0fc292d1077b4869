package org.familyportal.directory.infrastructure.jdbc;

import org.familyportal.directory.domain.draft.ListingDiff;
import org.familyportal.directory.domain.draft.ListingSnapshot;
import org.familyportal.directory.domain.draft.ListingSnapshot.Accepting;
import org.familyportal.directory.domain.draft.ListingSnapshot.Hours;
import org.familyportal.directory.domain.draft.ListingSnapshot.HoursMode;
import org.familyportal.directory.domain.draft.ListingSnapshot.Location;
import org.familyportal.directory.domain.draft.ListingSnapshot.Organisation;
import org.familyportal.directory.domain.draft.ListingSnapshot.Phone;
import org.familyportal.directory.domain.draft.ListingSnapshot.Service;
import org.familyportal.directory.domain.draft.PublishedListings;
import org.familyportal.directory.domain.draft.SnapshotCheck;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.hsds.HsdsTable;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The published listings over the HSDS tables, with the same table code as imports
 * ({@link DirectoryTables}: rows as HSDS text, upserts that move the version of a changed service
 * or organisation). Runs on a connection of the host's transactional data source: inside a JTA
 * transaction its writes commit or roll back with the caller's (the draft's approval).
 */
public final class JdbcPublishedListings implements PublishedListings {

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    private final HsdsModel model;
    private final DataSource dataSource;

    public JdbcPublishedListings(HsdsModel model, DataSource dataSource) {
        this.model = model;
        this.dataSource = dataSource;
    }

    @Override
    public Optional<ListingSnapshot> read(String organizationId) {
        try (Connection c = dataSource.getConnection()) {
            return read(c, organizationId);
        } catch (SQLException e) {
            throw new IllegalStateException("the listing of " + organizationId + " could not be read", e);
        }
    }

    private Optional<ListingSnapshot> read(Connection c, String organizationId) throws SQLException {
        List<Map<String, String>> orgs = select(c, "organization", "t.`id` = ?", organizationId);
        if (orgs.isEmpty()) {
            return Optional.empty();
        }
        ListingSnapshot snapshot = new ListingSnapshot();
        Map<String, String> org = orgs.get(0);
        Organisation o = snapshot.getOrganisation();
        o.setId(org.get("id"));
        o.setName(org.get("name"));
        o.setAlternateName(org.get("alternate_name"));
        o.setDescription(org.get("description"));
        o.setTaxId(org.get("tax_id"));
        o.setWebsite(org.get("website"));
        o.setEmail(org.get("email"));
        o.setLogo(org.get("logo"));
        select(c, "organization_identifier", "t.`organization_id` = ? AND t.`identifier_type` = '"
                + SnapshotCheck.OGRN_TYPE + "'", organizationId).stream().findFirst()
                .ifPresent(r -> o.setOgrn(r.get("identifier")));

        for (Map<String, String> row : select(c, "location", "t.`organization_id` = ? ORDER BY t.`name`, t.`id`", organizationId)) {
            Location l = new Location();
            l.setId(row.get("id"));
            l.setName(row.get("name"));
            l.setLatitude(decimal(row.get("latitude")));
            l.setLongitude(decimal(row.get("longitude")));
            l.setConfidential(Boolean.parseBoolean(row.get("confidential")));
            l.setMunicipalityCode(row.get("municipality_code"));
            select(c, "address", "t.`location_id` = ? ORDER BY t.`id`", l.getId()).stream().findFirst().ifPresent(a -> {
                l.setAddress(a.get("address_1"));
                l.setCity(a.get("city"));
                l.setPostalCode(a.get("postal_code"));
                l.setRegion(a.get("state_province"));
            });
            select(c, "accessibility", "t.`location_id` = ? ORDER BY t.`id`", l.getId()).stream().findFirst()
                    .ifPresent(a -> l.setAccessibility(a.get("description")));
            snapshot.getLocations().add(l);
        }

        for (Map<String, String> row : select(c, "service",
                "t.`organization_id` = ? AND t.`status` <> 'inactive' ORDER BY t.`name`, t.`id`", organizationId)) {
            Service s = new Service();
            String id = row.get("id");
            s.setId(id);
            s.setName(row.get("name"));
            s.setAlternateName(row.get("alternate_name"));
            s.setDescription(row.get("description"));
            s.setApplicationProcess(row.get("application_process"));
            s.setEligibility(row.get("eligibility_description"));
            s.setMinimumAge(age(row.get("minimum_age")));
            s.setMaximumAge(age(row.get("maximum_age")));
            s.setFees(row.get("fees_description"));
            s.setUrl(row.get("url"));
            s.setEmail(row.get("email"));
            s.setAccepting(Accepting.ofCode(row.get("accepting")));
            for (Map<String, String> d : select(c, "required_document", "t.`service_id` = ? ORDER BY t.`id`", id)) {
                if (d.get("document") != null) {
                    s.getDocuments().add(d.get("document"));
                }
            }
            for (Map<String, String> l : select(c, "language", "t.`service_id` = ? ORDER BY t.`id`", id)) {
                if (l.get("code") != null) {
                    s.getLanguages().add(l.get("code"));
                }
            }
            for (Map<String, String> a : select(c, "attribute", "t.`link_id` = ? AND t.`link_entity` = 'service' ORDER BY t.`id`", id)) {
                s.getTerms().add(a.get("taxonomy_term_id"));
            }
            for (Map<String, String> sal : select(c, "service_at_location", "t.`service_id` = ? ORDER BY t.`id`", id)) {
                s.getLocationIds().add(sal.get("location_id"));
            }
            for (Map<String, String> p : select(c, "phone", "t.`service_id` = ? ORDER BY t.`id`", id)) {
                Phone phone = new Phone();
                phone.setId(p.get("id"));
                phone.setNumber(p.get("number"));
                // Other spellings of a kind ("main", "tty", "telegram") are read as the kind the editor offers.
                phone.setType(p.get("type") == null || p.get("type").isBlank() ? null
                        : new org.familyportal.directory.domain.search.Phone(p.get("number"), p.get("type"), null).kind());
                phone.setDescription(p.get("description"));
                s.getPhones().add(phone);
            }
            for (Map<String, String> h : select(c, "schedule", "t.`service_id` = ? ORDER BY t.`closed`, t.`byday`, t.`opens_at`, t.`id`", id)) {
                s.getHours().add(hours(h));
            }
            s.setHoursMode(s.getHours().stream().noneMatch(h -> !h.isClosed()) ? HoursMode.NOT_GIVEN
                    : s.getHours().stream().filter(h -> !h.isClosed()).allMatch(Hours::isRoundTheClock) ? HoursMode.ALWAYS
                    : HoursMode.GIVEN);
            for (Map<String, String> a : select(c, "service_area", "t.`service_id` = ? ORDER BY t.`id`", id)) {
                if (a.get("municipality_code") != null) {
                    s.getAreas().add(a.get("municipality_code"));
                }
            }
            snapshot.getServices().add(s);
        }
        return Optional.of(snapshot);
    }

    @Override
    public List<String> publish(ListingSnapshot snapshot, LocalDateTime now) {
        String orgId = snapshot.getOrganisation().getId();
        String stamp = now.format(DATETIME);
        try (Connection c = dataSource.getConnection()) {
            ListingSnapshot before = read(c, orgId).orElse(null);
            List<String> changedServices = new ArrayList<>();
            Organisation o = snapshot.getOrganisation();
            if (before == null || ListingDiff.changed(before.getOrganisation(), o)) {
                Map<String, String> org = row("id", orgId, "name", o.getName().strip(), "alternate_name", o.getAlternateName(),
                        "description", o.getDescription().strip(), "email", o.getEmail(), "website", o.getWebsite(),
                        "tax_id", o.getTaxId(), "logo", o.getLogo());
                DirectoryTables.upsert(c, table("organization"), List.of(org));
                execute(c, "DELETE FROM `organization_identifier` WHERE `organization_id` = ? AND `identifier_type` = ?",
                        orgId, SnapshotCheck.OGRN_TYPE);
                if (present(o.getOgrn())) {
                    DirectoryTables.upsert(c, table("organization_identifier"), List.of(row("id", ListingSnapshot.newId(),
                            "organization_id", orgId, "identifier_scheme", "ru-ogrn", "identifier_type", SnapshotCheck.OGRN_TYPE,
                            "identifier", o.getOgrn().strip())));
                }
                if (before != null) {
                    // The organisation's name is in every service's search document.
                    before.getServices().forEach(s -> changedServices.add(s.getId()));
                }
            }

            for (Location l : snapshot.getLocations()) {
                Location old = before == null ? null : before.location(l.getId()).orElse(null);
                if (old != null && !ListingDiff.changed(old, l)) {
                    continue;
                }
                DirectoryTables.upsert(c, table("location"), List.of(row("id", l.getId(), "location_type", "physical",
                        "organization_id", orgId, "name", l.getName(), "latitude", plain(l.getLatitude()),
                        "longitude", plain(l.getLongitude()), "confidential", Boolean.toString(l.isConfidential()),
                        "municipality_code", l.getMunicipalityCode())));
                String addressId = firstId(c, "address", "location_id", l.getId());
                if (present(l.getAddress())) {
                    DirectoryTables.upsert(c, table("address"), List.of(row("id", addressId == null ? ListingSnapshot.newId() : addressId,
                            "location_id", l.getId(), "address_1", l.getAddress().strip(), "city", nonNull(l.getCity()),
                            "state_province", nonNull(l.getRegion()), "postal_code", nonNull(l.getPostalCode()),
                            "country", "RU", "address_type", "physical")));
                } else if (addressId != null) {
                    execute(c, "DELETE FROM `address` WHERE `location_id` = ?", l.getId());
                }
                String accessibilityId = firstId(c, "accessibility", "location_id", l.getId());
                if (present(l.getAccessibility())) {
                    DirectoryTables.upsert(c, table("accessibility"), List.of(row("id",
                            accessibilityId == null ? ListingSnapshot.newId() : accessibilityId, "location_id", l.getId(),
                            "description", l.getAccessibility().strip())));
                } else if (accessibilityId != null) {
                    execute(c, "DELETE FROM `accessibility` WHERE `location_id` = ?", l.getId());
                }
                // Services at a changed location are found at its new place.
                snapshot.getServices().stream().filter(s -> s.getLocationIds().contains(l.getId()))
                        .forEach(s -> changedServices.add(s.getId()));
            }
            if (before != null) {
                for (Location old : before.getLocations()) {
                    if (snapshot.location(old.getId()).isEmpty()) {
                        before.getServices().stream().filter(s -> s.getLocationIds().contains(old.getId()))
                                .forEach(s -> changedServices.add(s.getId()));
                        execute(c, "DELETE FROM `location` WHERE `id` = ? AND `organization_id` = ?", old.getId(), orgId);
                    }
                }
            }

            for (Service s : snapshot.getServices()) {
                Service old = before == null ? null : before.service(s.getId()).orElse(null);
                if (old != null && !ListingDiff.changed(old, s)) {
                    continue;
                }
                changedServices.add(s.getId());
                Map<String, String> service = row("id", s.getId(), "organization_id", orgId, "name", s.getName().strip(),
                        "alternate_name", s.getAlternateName(), "description", s.getDescription(),
                        "application_process", s.getApplicationProcess(), "eligibility_description", s.getEligibility(),
                        "minimum_age", s.getMinimumAge() == null ? null : s.getMinimumAge().toString(),
                        "maximum_age", s.getMaximumAge() == null ? null : s.getMaximumAge().toString(),
                        "fees_description", s.getFees(), "url", s.getUrl(), "email", s.getEmail(),
                        "accepting", s.getAccepting() == null ? null : s.getAccepting().code(), "last_modified", stamp);
                // Always given: an upsert is an INSERT first, and status has no default.
                service.put("status", existingStatus(c, s.getId()).orElse("active"));
                DirectoryTables.upsert(c, table("service"), List.of(service));
                replaceChildren(c, s);
            }
            if (before != null) {
                for (Service old : before.getServices()) {
                    if (snapshot.service(old.getId()).isEmpty()) {
                        execute(c, "UPDATE `service` SET `status` = 'inactive', `last_modified` = ?,"
                                + " `lock_version` = `lock_version` + 1 WHERE `id` = ?", Timestamp.valueOf(now), old.getId());
                        changedServices.add(old.getId());
                    }
                }
            }
            return changedServices.stream().distinct().toList();
        } catch (SQLException e) {
            throw new IllegalStateException("the listing of " + orgId + " could not be published", e);
        }
    }

    /** Phones, hours, areas, documents, languages, terms and places of a new or changed service. */
    private void replaceChildren(Connection c, Service s) throws SQLException {
        String id = s.getId();
        keepOnly(c, "phone", "service_id", id, s.getPhones().stream().map(Phone::getId).toList());
        List<Map<String, String>> phones = new ArrayList<>();
        for (Phone p : s.getPhones()) {
            phones.add(row("id", p.getId(), "service_id", id, "number", p.getNumber().strip(), "type", blankless(p.getType()),
                    "description", blankless(p.getDescription())));
        }
        DirectoryTables.upsert(c, table("phone"), phones);

        List<Hours> hours = s.hoursToPublish();
        keepOnly(c, "schedule", "service_id", id, hours.stream().map(Hours::getId).toList());
        List<Map<String, String>> schedules = new ArrayList<>();
        for (Hours h : hours) {
            String days = h.getDays().stream().sorted().distinct().map(d -> d.name().substring(0, 2)).collect(Collectors.joining(","));
            schedules.add(row("id", h.getId(), "service_id", id, "freq", days.isEmpty() ? null : "WEEKLY",
                    "byday", days.isEmpty() ? null : days,
                    "opens_at", h.isClosed() || h.getOpensAt() == null ? null : h.getOpensAt().toString(),
                    "closes_at", h.isClosed() || h.getClosesAt() == null ? null : h.getClosesAt().toString(),
                    "valid_from", h.getValidFrom() == null ? null : h.getValidFrom().toString(),
                    "valid_to", h.getValidTo() == null ? null : h.getValidTo().toString(),
                    "closed", Boolean.toString(h.isClosed()), "description", blankless(h.getDescription()),
                    "timezone", plain(h.getTimezone())));
        }
        DirectoryTables.upsert(c, table("schedule"), schedules);

        Map<String, String> areas = new HashMap<>();
        for (Map<String, String> a : select(c, "service_area", "t.`service_id` = ? AND t.`municipality_code` IS NOT NULL", id)) {
            if (s.getAreas().contains(a.get("municipality_code"))) {
                areas.put(a.get("municipality_code"), a.get("id"));
            } else {
                execute(c, "DELETE FROM `service_area` WHERE `id` = ?", a.get("id"));
            }
        }
        List<Map<String, String>> newAreas = new ArrayList<>();
        for (String code : s.getAreas()) {
            if (!areas.containsKey(code)) {
                areas.put(code, "");
                newAreas.add(row("id", ListingSnapshot.newId(), "service_id", id, "name", municipalityName(c, code),
                        "municipality_code", code));
            }
        }
        DirectoryTables.upsert(c, table("service_area"), newAreas);

        execute(c, "DELETE FROM `required_document` WHERE `service_id` = ?", id);
        DirectoryTables.upsert(c, table("required_document"), s.getDocuments().stream()
                .map(d -> row("id", ListingSnapshot.newId(), "service_id", id, "document", d)).toList());
        execute(c, "DELETE FROM `language` WHERE `service_id` = ?", id);
        DirectoryTables.upsert(c, table("language"), s.getLanguages().stream().distinct()
                .map(l -> row("id", ListingSnapshot.newId(), "service_id", id, "code", l)).toList());
        execute(c, "DELETE FROM `attribute` WHERE `link_id` = ? AND `link_entity` = 'service'", id);
        DirectoryTables.upsert(c, table("attribute"), s.getTerms().stream().distinct()
                .map(t -> row("id", ListingSnapshot.newId(), "link_id", id, "taxonomy_term_id", t, "link_entity", "service",
                        "link_type", "service")).toList());

        Set<String> at = new java.util.HashSet<>();
        for (Map<String, String> sal : select(c, "service_at_location", "t.`service_id` = ?", id)) {
            if (s.getLocationIds().contains(sal.get("location_id"))) {
                at.add(sal.get("location_id"));
            } else {
                execute(c, "DELETE FROM `service_at_location` WHERE `id` = ?", sal.get("id"));
            }
        }
        DirectoryTables.upsert(c, table("service_at_location"), s.getLocationIds().stream().distinct()
                .filter(l -> !at.contains(l)).map(l -> row("id", ListingSnapshot.newId(), "service_id", id, "location_id", l))
                .toList());
    }

    @Override
    public List<Municipality> municipalities() {
        List<Municipality> all = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT m.code, m.name_ru, m.name_en, r.name_ru, r.name_en FROM municipality m JOIN region r ON r.code = m.region_code"
                        + " ORDER BY r.name_ru, m.name_ru"); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                all.add(new Municipality(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("municipalities could not be read", e);
        }
        return all;
    }

    @Override
    public List<Term> terms() {
        List<Term> all = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT t.id, t.taxonomy, t.code, t.name, COALESCE(e.name, t.name) FROM taxonomy_term t"
                        + " LEFT JOIN taxonomy_term_translation e ON e.taxonomy_term_id = t.id AND e.language = 'en'"
                        + " ORDER BY FIELD(t.taxonomy, 'family-support', 'audience', 'delivery', 'provider-type') = 0,"
                        + " FIELD(t.taxonomy, 'family-support', 'audience', 'delivery', 'provider-type'), t.taxonomy, t.name");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                all.add(new Term(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("taxonomy terms could not be read", e);
        }
        return all;
    }

    private static Hours hours(Map<String, String> h) {
        Hours hours = new Hours();
        hours.setId(h.get("id"));
        String byday = h.get("byday");
        if (byday == null || byday.isBlank()) {
            if (!Boolean.parseBoolean(h.get("closed"))) {
                hours.getDays().addAll(Arrays.asList(DayOfWeek.values()));
            }
        } else {
            for (String day : byday.split(",")) {
                DayOfWeek d = DAYS.get(day.strip().replaceAll("^[-+0-9]+", "").toUpperCase(java.util.Locale.ROOT));
                if (d != null && !hours.getDays().contains(d)) {
                    hours.getDays().add(d);
                }
            }
        }
        hours.setOpensAt(h.get("opens_at") == null ? null : LocalTime.parse(h.get("opens_at")));
        hours.setClosesAt(h.get("closes_at") == null ? null : LocalTime.parse(h.get("closes_at")));
        hours.setValidFrom(h.get("valid_from") == null ? null : LocalDate.parse(h.get("valid_from")));
        hours.setValidTo(h.get("valid_to") == null ? null : LocalDate.parse(h.get("valid_to")));
        hours.setClosed(Boolean.parseBoolean(h.get("closed")));
        hours.setDescription(h.get("description"));
        hours.setTimezone(decimal(h.get("timezone")));
        return hours;
    }

    private List<Map<String, String>> select(Connection c, String table, String where, String param) throws SQLException {
        return DirectoryTables.select(c, table(table), where, List.of(param));
    }

    private void keepOnly(Connection c, String table, String parent, String parentId, List<String> ids) throws SQLException {
        String marks = ids.isEmpty() ? "" : " AND `id` NOT IN (" + ids.stream().map(i -> "?").collect(Collectors.joining(",")) + ")";
        List<Object> params = new ArrayList<>();
        params.add(parentId);
        params.addAll(ids);
        execute(c, "DELETE FROM `" + table + "` WHERE `" + parent + "` = ?" + marks, params.toArray());
    }

    private static String firstId(Connection c, String table, String parent, String parentId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT `id` FROM `" + table + "` WHERE `" + parent + "` = ? ORDER BY `id` LIMIT 1")) {
            q.setString(1, parentId);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static Optional<String> existingStatus(Connection c, String serviceId) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT `status` FROM `service` WHERE `id` = ?")) {
            q.setString(1, serviceId);
            try (ResultSet rs = q.executeQuery()) {
                // A retired service brought back by a draft is active again.
                return rs.next() && !"inactive".equals(rs.getString(1)) ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    private static String municipalityName(Connection c, String code) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT name_ru FROM municipality WHERE code = ?")) {
            q.setString(1, code);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : code;
            }
        }
    }

    private static void execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }

    private HsdsTable table(String name) {
        return model.table(name);
    }

    /** A row from name, value pairs; null values are written as absent. */
    private static Map<String, String> row(String... pairs) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            row.put(pairs[i], pairs[i + 1]);
        }
        return row;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankless(String value) {
        return present(value) ? value.strip() : null;
    }

    private static String nonNull(String value) {
        return value == null ? "" : value.strip();
    }

    private static BigDecimal decimal(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value);
    }

    private static Integer age(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value).intValue();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

}
