package org.familyportal.directory.infrastructure.jdbc;

import org.familyportal.directory.domain.search.Cost;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.OpeningRule;
import org.familyportal.directory.domain.search.Phone;
import org.familyportal.directory.domain.search.ServiceArea;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads services from MariaDB, the source of truth, in the form the search index needs: a few
 * set-based queries for the whole directory (a rebuild), or the same for one service (a change).
 * Only active and temporarily closed services are searchable.
 */
public final class IndexSource {

    private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    private final DataSource dataSource;

    public IndexSource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every searchable service, to {@code sink}. */
    public void all(Consumer<IndexedService> sink) throws SQLException {
        load(null, sink);
    }

    /** The service if it is searchable, else null (retired, deleted). */
    public IndexedService one(String id) throws SQLException {
        List<IndexedService> found = new ArrayList<>();
        load(id, found::add);
        return found.isEmpty() ? null : found.get(0);
    }

    private void load(String onlyId, Consumer<IndexedService> sink) throws SQLException {
        String only = onlyId == null ? "" : " AND s.id = ?";
        try (Connection c = dataSource.getConnection()) {
            Map<String, Set<String>[]> terms = new HashMap<>();
            Map<String, StringBuilder> topics = new HashMap<>();
            query(c, "SELECT a.link_id, tt.taxonomy, tt.code, tt.name FROM attribute a JOIN taxonomy_term tt ON tt.id = a.taxonomy_term_id"
                    + " JOIN service s ON s.id = a.link_id WHERE s.status IN ('active', 'temporarily closed')" + only, onlyId, rs -> {
                @SuppressWarnings("unchecked")
                Set<String>[] sets = terms.computeIfAbsent(rs.getString(1), k -> new Set[] {
                        new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()});
                if (!"delivery".equals(rs.getString(2))) {
                    topics.computeIfAbsent(rs.getString(1), k -> new StringBuilder()).append(rs.getString(4)).append(". ");
                }
                switch (rs.getString(2)) {
                    case "family-support" -> sets[0].add(rs.getString(3));
                    case "audience" -> sets[1].add(rs.getString(3));
                    case "delivery" -> sets[2].add(rs.getString(3));
                    default -> { }
                }
            });
            Map<String, String> providerTypes = new HashMap<>();
            query(c, "SELECT s.id, tt.code FROM service s JOIN attribute a ON a.link_id = s.organization_id"
                    + " JOIN taxonomy_term tt ON tt.id = a.taxonomy_term_id AND tt.taxonomy = 'provider-type'"
                    + " WHERE s.status IN ('active', 'temporarily closed')" + only, onlyId,
                    rs -> providerTypes.put(rs.getString(1), rs.getString(2)));
            Map<String, Place> places = new HashMap<>();
            query(c, "SELECT sal.service_id, l.location_type, l.latitude, l.longitude, l.confidential, l.municipality_code,"
                    + " m.latitude, m.longitude, r.time_zone FROM service_at_location sal JOIN location l ON l.id = sal.location_id"
                    + " JOIN service s ON s.id = sal.service_id LEFT JOIN municipality m ON m.code = l.municipality_code"
                    + " LEFT JOIN region r ON r.code = m.region_code"
                    + " WHERE s.status IN ('active', 'temporarily closed')" + only, onlyId, rs -> {
                Place place = places.computeIfAbsent(rs.getString(1), k -> new Place());
                if (place.zone == null && rs.getString(9) != null) {
                    place.zone = ZoneId.of(rs.getString(9));
                }
                boolean confidential = rs.getBoolean(5);
                place.confidential |= confidential;
                place.everywhere |= "virtual".equals(rs.getString(2));
                if (rs.getString(6) != null) {
                    place.municipalities.add(rs.getString(6));
                }
                if (place.point == null) {
                    if (confidential && rs.getObject(7) != null) {
                        // The town's public centre, never the shelter's own coordinates.
                        place.point = new IndexedService.Point(rs.getDouble(7), rs.getDouble(8));
                    } else if (!confidential && rs.getObject(3) != null && rs.getObject(4) != null) {
                        place.point = new IndexedService.Point(rs.getDouble(3), rs.getDouble(4));
                    }
                }
            });
            // Where each service may be used from (HSDS service_area), read against the gazetteer: a
            // municipality or a region by code (municipality_code holds either), or by its name;
            // a region is spelled out as its municipalities, so a search near any of them finds it.
            Map<String, List<String>> regionMunicipalities = new HashMap<>();
            query(c, "SELECT region_code, code FROM municipality", null,
                    rs -> regionMunicipalities.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
            Map<String, Set<String>> areas = new HashMap<>();
            Map<String, List<ServiceArea>> declared = new HashMap<>();
            Map<String, ZoneId> areaZones = new HashMap<>();
            query(c, "SELECT sa.service_id, sa.municipality_code, sa.name, sa.extent_type, m.code, m.name_ru, m.name_en,"
                    + " COALESCE(mr.time_zone, r.time_zone), r.code, r.name_ru, r.name_en FROM service_area sa"
                    + " JOIN service s ON s.id = sa.service_id"
                    + " LEFT JOIN municipality m ON m.code = sa.municipality_code"
                    + "  OR (sa.municipality_code IS NULL AND (m.name_ru = sa.name OR m.name_en = sa.name))"
                    + " LEFT JOIN region mr ON mr.code = m.region_code"
                    + " LEFT JOIN region r ON m.code IS NULL AND (r.code = sa.municipality_code"
                    + "  OR (sa.municipality_code IS NULL AND (r.name_ru = sa.name OR r.name_en = sa.name)))"
                    + " WHERE s.status IN ('active', 'temporarily closed')" + only, onlyId, rs -> {
                String id = rs.getString(1);
                ServiceArea area;
                if (rs.getString(5) != null) {
                    area = new ServiceArea(ServiceArea.Kind.MUNICIPALITY, rs.getString(5), rs.getString(6), rs.getString(7));
                    areas.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(rs.getString(5));
                } else if (rs.getString(9) != null) {
                    area = new ServiceArea(ServiceArea.Kind.REGION, rs.getString(9), rs.getString(10), rs.getString(11));
                    areas.computeIfAbsent(id, k -> new LinkedHashSet<>())
                            .addAll(regionMunicipalities.getOrDefault(rs.getString(9), List.of()));
                } else if (ServiceArea.countryWide(rs.getString(2), rs.getString(3), rs.getString(4))) {
                    area = new ServiceArea(ServiceArea.Kind.COUNTRY, null, null, null);
                } else if (rs.getString(3) != null || rs.getString(2) != null) {
                    // Limited to somewhere the gazetteer does not know: shown by its own name, never "from anywhere".
                    String name = rs.getString(3) != null ? rs.getString(3) : rs.getString(2);
                    area = new ServiceArea(ServiceArea.Kind.UNKNOWN, rs.getString(2), name, name);
                } else {
                    return;
                }
                declared.computeIfAbsent(id, k -> new ArrayList<>()).add(area);
                if (rs.getString(8) != null) {
                    areaZones.putIfAbsent(id, ZoneId.of(rs.getString(8)));
                }
            });
            // The service's own lines and those of its places; the organisation's when it has none.
            Map<String, List<Phone>> phones = new HashMap<>();
            Map<String, List<Phone>> organizationPhones = new HashMap<>();
            query(c, "SELECT p.service_id, p.number, p.type, p.description FROM phone p JOIN service s ON s.id = p.service_id"
                    + " WHERE s.status IN ('active', 'temporarily closed')" + only + " ORDER BY p.id", onlyId,
                    rs -> phones.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(phone(rs)));
            query(c, "SELECT sal.service_id, p.number, p.type, p.description FROM phone p"
                    + " JOIN service_at_location sal ON sal.id = p.service_at_location_id JOIN service s ON s.id = sal.service_id"
                    + " WHERE s.status IN ('active', 'temporarily closed')" + only + " ORDER BY p.id", onlyId,
                    rs -> phones.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(phone(rs)));
            query(c, "SELECT s.id, p.number, p.type, p.description FROM phone p JOIN service s ON s.organization_id = p.organization_id"
                    + " WHERE p.service_id IS NULL AND p.service_at_location_id IS NULL AND p.location_id IS NULL"
                    + " AND p.contact_id IS NULL AND s.status IN ('active', 'temporarily closed')" + only + " ORDER BY p.id", onlyId,
                    rs -> organizationPhones.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(phone(rs)));
            // Free only when the data says so (see Cost): an option of zero, or words saying it.
            Map<String, List<Cost.Option>> costs = new HashMap<>();
            query(c, "SELECT co.service_id, co.amount, co.`option`, co.amount_description FROM cost_option co"
                    + " JOIN service s ON s.id = co.service_id WHERE s.status IN ('active', 'temporarily closed')" + only, onlyId,
                    rs -> costs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Cost.Option(rs.getBigDecimal(2),
                            nullToEmpty(rs.getString(3)) + " " + nullToEmpty(rs.getString(4)))));
            Map<String, Set<String>> languages = new HashMap<>();
            query(c, "SELECT lg.service_id, lg.code FROM language lg JOIN service s ON s.id = lg.service_id"
                    + " WHERE lg.code IS NOT NULL AND s.status IN ('active', 'temporarily closed')" + only, onlyId,
                    rs -> languages.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2).toLowerCase()));
            Set<String> accessible = new java.util.HashSet<>();
            query(c, "SELECT DISTINCT sal.service_id FROM service_at_location sal JOIN accessibility ac ON ac.location_id = sal.location_id"
                    + " JOIN service s ON s.id = sal.service_id WHERE s.status IN ('active', 'temporarily closed')" + only, onlyId,
                    rs -> accessible.add(rs.getString(1)));
            // HSDS schedules hang on the service, on a service at a location, or on a location; the
            // most specific hours win, closures apply from any of them. A schedule without its own
            // time zone is in its place's region's time (for the service's own: its first place).
            Map<String, Schedules> schedules = new HashMap<>();
            query(c, "SELECT sc.service_id, sc.byday, sc.opens_at, sc.closes_at, sc.valid_from, sc.valid_to, sc.closed,"
                    + " sc.timezone, NULL FROM schedule sc JOIN service s ON s.id = sc.service_id"
                    + " WHERE s.status IN ('active', 'temporarily closed')" + only, onlyId,
                    rs -> schedules.computeIfAbsent(rs.getString(1), k -> new Schedules()).add(Schedules.SERVICE, rule(rs)));
            String placeSchedules = " sc.byday, sc.opens_at, sc.closes_at, sc.valid_from, sc.valid_to, sc.closed, sc.timezone,"
                    + " r.time_zone FROM service_at_location sal JOIN service s ON s.id = sal.service_id"
                    + " JOIN location l ON l.id = sal.location_id LEFT JOIN municipality m ON m.code = l.municipality_code"
                    + " LEFT JOIN region r ON r.code = m.region_code JOIN schedule sc ON ";
            query(c, "SELECT sal.service_id," + placeSchedules + "sc.service_at_location_id = sal.id"
                    + " WHERE s.status IN ('active', 'temporarily closed')" + only, onlyId,
                    rs -> schedules.computeIfAbsent(rs.getString(1), k -> new Schedules()).add(Schedules.AT_LOCATION, rule(rs)));
            query(c, "SELECT sal.service_id," + placeSchedules + "sc.location_id = l.id"
                    + " WHERE s.status IN ('active', 'temporarily closed')" + only, onlyId,
                    rs -> schedules.computeIfAbsent(rs.getString(1), k -> new Schedules()).add(Schedules.LOCATION, rule(rs)));
            query(c, "SELECT s.id, s.name, s.description, o.name, s.fees_description, s.assured_date, s.status,"
                    + " s.fees, s.eligibility_description, s.alternate_name FROM service s JOIN organization o ON o.id = s.organization_id"
                    + " WHERE s.status IN ('active', 'temporarily closed')" + only, onlyId, rs -> {
                String id = rs.getString(1);
                Set<String>[] codes = terms.getOrDefault(id, emptySets());
                Place place = places.getOrDefault(id, new Place());
                Cost cost = Cost.of(costs.getOrDefault(id, List.of()),
                        nullToEmpty(rs.getString(5)) + " " + nullToEmpty(rs.getString(8)));
                java.sql.Date assured = rs.getDate(6);
                sink.accept(new IndexedService(id, rs.getString(2), nullToEmpty(rs.getString(3)), rs.getString(4),
                        topics.getOrDefault(id, new StringBuilder()).toString(), codes[0], codes[1], codes[2], providerTypes.get(id), place.municipalities,
                        areas.getOrDefault(id, Set.of()), place.point, place.confidential,
                        ServiceArea.everywhere(place.everywhere || codes[2].contains("online") || codes[2].contains("phone"),
                                declared.getOrDefault(id, List.of())), cost,
                        assured == null ? null : assured.toLocalDate(),
                        "temporarily closed".equals(rs.getString(7)) ? List.of(OpeningRule.closedUntilFurtherNotice())
                                : schedules.getOrDefault(id, new Schedules()).rules(place.zone != null ? place.zone : areaZones.get(id)),
                        languages.getOrDefault(id, Set.of()), accessible.contains(id),
                        (nullToEmpty(rs.getString(10)) + " " + nullToEmpty(rs.getString(9))).strip(),
                        lines(phones.getOrDefault(id, organizationPhones.getOrDefault(id, List.of()))),
                        declared.getOrDefault(id, List.of())));
            });
        }
    }

    /** A service shows a few lines, most useful first; a long list in the data is cut (bounded documents). */
    private static final int MAX_PHONES = 8;

    private static Phone phone(ResultSet rs) throws SQLException {
        return new Phone(rs.getString(2), rs.getString(3), rs.getString(4));
    }

    private static List<Phone> lines(List<Phone> phones) {
        return phones.stream().filter(p -> !p.number().isEmpty()).distinct().sorted(Phone.USEFUL_FIRST)
                .limit(MAX_PHONES).toList();
    }

    private static OpeningRule rule(ResultSet rs) throws SQLException {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        String byday = rs.getString(2);
        if (byday != null) {
            for (String day : byday.split(",")) {
                DayOfWeek d = DAYS.get(day.strip().toUpperCase());
                if (d != null) {
                    days.add(d);
                }
            }
        }
        Time opens = rs.getTime(3);
        Time closes = rs.getTime(4);
        java.sql.Date from = rs.getDate(5);
        java.sql.Date to = rs.getDate(6);
        return new OpeningRule(days, opens == null ? null : opens.toLocalTime(), closes == null ? null : closes.toLocalTime(),
                from == null ? null : from.toLocalDate(), to == null ? null : to.toLocalDate(), rs.getBoolean(7),
                zone(rs.getBigDecimal(8), rs.getString(9)));
    }

    /** HSDS gives a UTC offset in hours (may be fractional); else the region's zone; else unknown (null). */
    private static ZoneId zone(java.math.BigDecimal offsetHours, String regionZone) {
        if (offsetHours != null) {
            int seconds = offsetHours.multiply(java.math.BigDecimal.valueOf(3600)).intValue();
            if (Math.abs(seconds) <= 18 * 3600) {
                return ZoneOffset.ofTotalSeconds(seconds);
            }
        }
        return regionZone == null ? null : ZoneId.of(regionZone);
    }

    /** A service's schedules by where they hang. */
    private static final class Schedules {
        static final int AT_LOCATION = 0;
        static final int SERVICE = 1;
        static final int LOCATION = 2;
        @SuppressWarnings("unchecked")
        private final List<OpeningRule>[] levels = new List[] {new ArrayList<>(), new ArrayList<>(), new ArrayList<>()};

        void add(int level, OpeningRule rule) {
            levels[level].add(rule);
        }

        /**
         * The hours of the most specific level that has any, and every closure; rules without a zone
         * of their own or of their location's region are in {@code zone} (the service's first place).
         */
        List<OpeningRule> rules(ZoneId zone) {
            List<OpeningRule> rules = new ArrayList<>();
            boolean hours = false;
            for (int level = 0; level < levels.length; level++) {
                for (OpeningRule rule : levels[level]) {
                    OpeningRule zoned = rule.inZoneIfUnknown(zone);
                    if (zoned.closure()) {
                        rules.add(zoned);
                    } else if (!hours) {
                        rules.add(zoned);
                    }
                }
                hours |= levels[level].stream().anyMatch(r -> !r.closure());
            }
            return rules;
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] emptySets() {
        return new Set[] {Set.of(), Set.of(), Set.of()};
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static final class Place {
        private final Set<String> municipalities = new LinkedHashSet<>();
        private IndexedService.Point point;
        private boolean confidential;
        private boolean everywhere;
        private ZoneId zone;
    }

    private interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, String onlyId, RowHandler handler) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql)) {
            if (onlyId != null) {
                q.setString(1, onlyId);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        }
    }

}
