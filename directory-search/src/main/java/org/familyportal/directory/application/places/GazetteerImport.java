package org.familyportal.directory.application.places;

import org.familyportal.directory.application.exchange.ImportReport;
import org.familyportal.directory.domain.hsds.FieldProblem;
import org.familyportal.directory.domain.hsds.Problem;
import org.familyportal.directory.domain.places.CentreRouting;
import org.familyportal.directory.domain.places.GazetteerRow;
import org.familyportal.directory.domain.places.PlaceTables;
import org.familyportal.shared.Hashes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final PlaceTables tables;

    /** Over the gazetteer's tables through their gateway. */
    public GazetteerImport(PlaceTables tables) {
        this.tables = tables;
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
        if (tables.loaded(mark(file))) {
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
        return tables.inOneTransaction(t -> {
            List<ImportReport.RejectedRow> rejected = new ArrayList<>(read.rejected());
            Set<String> regions = t.regionCodes();
            Set<String> municipalities = t.municipalityCodes();
            Set<String> settlements = t.settlementIds();
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
                // Nothing was written: the transaction ends with nothing to commit.
                return refused(new ImportReport.FileResult(name, "gazetteer", 0, rejected, List.of(), null, null));
            }
            int municipalitiesCreated = t.writeMunicipalities(byMunicipality.values(), centres, municipalities);
            t.writeSettlements(read.rows());
            Map<String, String> routed = routeToNearestCentre(t, byMunicipality.keySet().stream()
                    .filter(code -> !municipalities.contains(code)).toList());
            t.markLoaded(mark(file));
            List<GazetteerRow> settlementRows = read.rows().stream().filter(r -> !r.municipalityOnly()).toList();
            int settlementsCreated = (int) settlementRows.stream().filter(r -> !settlements.contains(r.settlementId())).count();
            return new Report(new ImportReport(List.of(new ImportReport.FileResult(name, "gazetteer",
                    read.rows().size(), List.of(), List.of(), null, null))), municipalitiesCreated,
                    byMunicipality.size() - municipalitiesCreated, settlementsCreated,
                    settlementRows.size() - settlementsCreated, routed);
        });
    }

    private static Report refused(ImportReport.FileResult result) {
        return new Report(new ImportReport(List.of(result)), 0, 0, 0, 0, Map.of());
    }

    /**
     * Gives each of {@code municipalities} that has no family resource centre the centre of the
     * nearest municipality of its region that has one ({@link CentreRouting}), inside the
     * transaction {@code tables}.
     *
     * @return municipality code → centre organisation id, for those routed
     */
    public static Map<String, String> routeToNearestCentre(PlaceTables.Transaction tables, List<String> municipalities)
            throws SQLException {
        if (municipalities.isEmpty()) {
            return Map.of();
        }
        Map<String, String> routed = CentreRouting.nearestCentres(tables.municipalities(), municipalities);
        tables.linkCentres(routed);
        return routed;
    }

    /** The file's fingerprint, as recorded in {@code data_load}. */
    static String mark(byte[] file) {
        return MARK_PREFIX + Hashes.sha256Hex(file).substring(0, 24);
    }
}
