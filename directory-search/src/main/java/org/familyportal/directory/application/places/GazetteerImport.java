package org.familyportal.directory.application.places;

import org.apache.lucene.util.SloppyMath;
import org.familyportal.directory.application.exchange.ImportReport;
import org.familyportal.directory.domain.hsds.FieldProblem;
import org.familyportal.directory.domain.hsds.Problem;
import org.familyportal.shared.Hashes;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.logging.Logger;

/**
 * Loads a gazetteer file into the region, municipality and settlement tables: the list the portal
 * ships at first start, or a region's own full list from its administrator. Loading is idempotent
 * (rows are matched by municipality code and settlement id, updated, never duplicated, never
 * deleted: services point at them) and all or nothing: a file with one bad line writes nothing.
 * <p>
 * A municipality the file creates gets, until an administrator sets its own, the family resource
 * centre of the nearest municipality of its region that has one, so that a help request from it
 * reaches a centre. Municipalities that exist keep theirs, also when an administrator cleared it.
 * Each load is recorded in {@code data_load} under the file's fingerprint.
 */
public final class GazetteerImport {

    /** The list shipped with the portal (see the NOTICE beside it for the sources). */
    public static final String SHIPPED = "/org/familyportal/directory/gazetteer/gazetteer.csv";
    static final String MARK_PREFIX = "gazetteer ";
    private static final Logger LOG = Logger.getLogger(GazetteerImport.class.getName());

    private final DataSource dataSource;

    public GazetteerImport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * What a load did: the rows written or rejected (in the import report's form, so pages and the
     * command line show it as they show a directory import), and the municipalities it created with
     * the centre they were routed to.
     */
    public record Report(ImportReport report, int municipalitiesCreated, int municipalitiesUpdated,
                         int settlementsCreated, int settlementsUpdated, Map<String, String> routedToNearestCentre) {
        public Report {
            routedToNearestCentre = Map.copyOf(routedToNearestCentre);
        }

        public boolean clean() {
            return report.clean();
        }

        public String describe() {
            return report.describe() + (report.clean() ? municipalitiesCreated + " municipalities created, "
                    + municipalitiesUpdated + " updated; " + settlementsCreated + " settlements created, "
                    + settlementsUpdated + " updated; " + routedToNearestCentre.size()
                    + " new municipalities routed to the centre of their nearest municipality\n" : "");
        }
    }

    /**
     * Loads the shipped list unless this very file was loaded before (a new release's list loads
     * once more, updating what changed).
     *
     * @return true when it was loaded now
     */
    public boolean loadShippedOnce() throws SQLException {
        byte[] file;
        try (InputStream in = GazetteerImport.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("The shipped gazetteer " + SHIPPED + " is missing");
            }
            file = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (loaded(mark(file))) {
            return false;
        }
        Report report = run("gazetteer.csv", file);
        if (!report.clean()) {
            throw new IllegalStateException("The shipped gazetteer does not load cleanly:\n" + report.describe());
        }
        LOG.info(() -> "Gazetteer loaded: " + report.describe().strip());
        return true;
    }

    /** Checks and loads {@code file} (named {@code name} in the report). */
    public Report run(String name, byte[] file) throws SQLException {
        GazetteerCsv.Result read = new GazetteerCsv().read(file);
        if (read.problem() != null) {
            return refused(ImportReport.FileResult.refused(name, read.problem(), read.detail()));
        }
        List<ImportReport.RejectedRow> rejected = new ArrayList<>(read.rejected());
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Set<String> regions = codes(c, "SELECT code FROM region");
                Set<String> municipalities = codes(c, "SELECT code FROM municipality");
                Set<String> settlements = codes(c, "SELECT id FROM settlement");
                Map<String, GazetteerRow> centres = new LinkedHashMap<>();
                Map<String, GazetteerRow> byMunicipality = new LinkedHashMap<>();
                for (GazetteerRow row : read.rows()) {
                    byMunicipality.putIfAbsent(row.municipalityCode(), row);
                    if (row.centre() == GazetteerRow.Centre.MUNICIPALITY) {
                        centres.put(row.municipalityCode(), row);
                    }
                }
                for (GazetteerRow row : read.rows()) {
                    List<FieldProblem> problems = new ArrayList<>();
                    if (!regions.contains(row.regionCode())) {
                        problems.add(new FieldProblem("region_code", Problem.UNKNOWN_REFERENCE, row.regionCode()));
                    }
                    if (byMunicipality.get(row.municipalityCode()) == row && !centres.containsKey(row.municipalityCode())
                            && !municipalities.contains(row.municipalityCode())) {
                        // A new municipality needs its centre's point; one that exists keeps its own.
                        problems.add(new FieldProblem("centre", Problem.REQUIRED, null));
                    }
                    if (!problems.isEmpty()) {
                        rejected.add(new ImportReport.RejectedRow(row.position(), row.settlementId(), problems));
                    }
                }
                if (!rejected.isEmpty()) {
                    c.rollback();
                    return refused(new ImportReport.FileResult(name, "gazetteer", 0, rejected, List.of(), null, null));
                }
                int[] municipalityCounts = writeMunicipalities(c, byMunicipality, centres, municipalities);
                int settlementsCreated = writeSettlements(c, read.rows(), settlements);
                Map<String, String> routed = routeToNearestCentre(c, byMunicipality.keySet().stream()
                        .filter(code -> !municipalities.contains(code)).toList());
                try (PreparedStatement mark = c.prepareStatement("INSERT INTO data_load (name, loaded_at) VALUES (?, ?)"
                        + " ON DUPLICATE KEY UPDATE loaded_at = VALUES(loaded_at)")) {
                    mark.setString(1, mark(file));
                    mark.setTimestamp(2, Timestamp.from(Instant.now()));
                    mark.executeUpdate();
                }
                c.commit();
                int settlementRows = (int) read.rows().stream().filter(r -> !r.municipalityOnly()).count();
                return new Report(new ImportReport(List.of(new ImportReport.FileResult(name, "gazetteer",
                        read.rows().size(), List.of(), List.of(), null, null))), municipalityCounts[0],
                        municipalityCounts[1], settlementsCreated, settlementRows - settlementsCreated, routed);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static Report refused(ImportReport.FileResult result) {
        return new Report(new ImportReport(List.of(result)), 0, 0, 0, 0, Map.of());
    }

    /** @return {created, updated} */
    private static int[] writeMunicipalities(Connection c, Map<String, GazetteerRow> byMunicipality,
                                             Map<String, GazetteerRow> centres, Set<String> existing) throws SQLException {
        int created = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO municipality (code, region_code, name_ru,"
                + " name_en, kind, latitude, longitude, alternative_names) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE municipality SET region_code = ?, name_ru = ?,"
                     + " name_en = ?, kind = ?, alternative_names = ?, latitude = COALESCE(?, latitude),"
                     + " longitude = COALESCE(?, longitude) WHERE code = ?")) {
            for (GazetteerRow row : byMunicipality.values()) {
                GazetteerRow centre = centres.get(row.municipalityCode());
                String names = String.join(";", row.municipalityAlternativeNames());
                if (existing.contains(row.municipalityCode())) {
                    update.setString(1, row.regionCode());
                    update.setString(2, row.municipalityNameRu());
                    update.setString(3, row.municipalityNameEn());
                    update.setString(4, row.municipalityKind());
                    update.setString(5, names.isEmpty() ? null : names);
                    update.setObject(6, centre == null ? null : centre.latitude());
                    update.setObject(7, centre == null ? null : centre.longitude());
                    update.setString(8, row.municipalityCode());
                    update.addBatch();
                } else {
                    insert.setString(1, row.municipalityCode());
                    insert.setString(2, row.regionCode());
                    insert.setString(3, row.municipalityNameRu());
                    insert.setString(4, row.municipalityNameEn());
                    insert.setString(5, row.municipalityKind());
                    insert.setDouble(6, centre.latitude());
                    insert.setDouble(7, centre.longitude());
                    insert.setString(8, names.isEmpty() ? null : names);
                    insert.addBatch();
                    created++;
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
        return new int[] {created, byMunicipality.size() - created};
    }

    /** @return how many settlements were new */
    private static int writeSettlements(Connection c, List<GazetteerRow> rows, Set<String> existing) throws SQLException {
        int created = 0;
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO settlement (id, municipality_code, name_ru,"
                + " name_en, kind, latitude, longitude, alternative_names, postal_codes, centre)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE municipality_code = VALUES(municipality_code),"
                + " name_ru = VALUES(name_ru), name_en = VALUES(name_en), kind = VALUES(kind), latitude = VALUES(latitude),"
                + " longitude = VALUES(longitude), alternative_names = VALUES(alternative_names),"
                + " postal_codes = VALUES(postal_codes), centre = VALUES(centre)")) {
            for (GazetteerRow row : rows) {
                if (row.municipalityOnly()) {
                    continue;
                }
                String names = String.join(";", row.alternativeNames());
                String postal = String.join(",", row.postalCodes());
                upsert.setString(1, row.settlementId());
                upsert.setString(2, row.municipalityCode());
                upsert.setString(3, row.settlementNameRu());
                upsert.setString(4, row.settlementNameEn());
                upsert.setString(5, row.settlementType());
                upsert.setDouble(6, row.latitude());
                upsert.setDouble(7, row.longitude());
                upsert.setString(8, names.isEmpty() ? null : names);
                upsert.setString(9, postal.isEmpty() ? null : postal);
                upsert.setString(10, row.centre() == GazetteerRow.Centre.NONE ? null
                        : row.centre().name().toLowerCase(java.util.Locale.ROOT));
                upsert.addBatch();
                if (!existing.contains(row.settlementId())) {
                    created++;
                }
            }
            upsert.executeBatch();
        }
        return created;
    }

    /**
     * Gives each of {@code municipalities} that has no family resource centre the centre of the
     * nearest municipality of its region that has one (by their centres' points).
     *
     * @return municipality code → centre organisation id, for those routed
     */
    public static Map<String, String> routeToNearestCentre(Connection c, List<String> municipalities) throws SQLException {
        if (municipalities.isEmpty()) {
            return Map.of();
        }
        record Served(String code, String region, double latitude, double longitude, String centre) {
        }
        List<Served> all = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT code, region_code, latitude, longitude,"
                + " resource_centre_organization_id FROM municipality"); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                all.add(new Served(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getString(5)));
            }
        }
        Set<String> wanted = new HashSet<>(municipalities);
        Map<String, String> routed = new LinkedHashMap<>();
        try (PreparedStatement link = c.prepareStatement(
                "UPDATE municipality SET resource_centre_organization_id = ? WHERE code = ?")) {
            for (Served m : all) {
                if (!wanted.contains(m.code()) || m.centre() != null) {
                    continue;
                }
                Served nearest = null;
                double best = Double.MAX_VALUE;
                for (Served other : all) {
                    if (other.centre() == null || !other.region().equals(m.region())) {
                        continue;
                    }
                    double distance = SloppyMath.haversinSortKey(m.latitude(), m.longitude(), other.latitude(),
                            other.longitude());
                    if (distance < best) {
                        best = distance;
                        nearest = other;
                    }
                }
                if (nearest != null) {
                    link.setString(1, nearest.centre());
                    link.setString(2, m.code());
                    link.addBatch();
                    routed.put(m.code(), nearest.centre());
                }
            }
            link.executeBatch();
        }
        return routed;
    }

    private boolean loaded(String mark) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT 1 FROM data_load WHERE name = ?")) {
            q.setString(1, mark);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static Set<String> codes(Connection c, String sql) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    /** The file's fingerprint, as recorded in {@code data_load}. */
    static String mark(byte[] file) {
        return MARK_PREFIX + Hashes.sha256Hex(file).substring(0, 24);
    }
}
