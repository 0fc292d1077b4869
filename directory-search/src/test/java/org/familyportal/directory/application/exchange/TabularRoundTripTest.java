package org.familyportal.directory.application.exchange;

import org.familyportal.directory.infrastructure.jdbc.JdbcHsdsRows;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.domain.hsds.FieldProblem;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.hsds.Problem;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The official HSDS 3.0 CSV examples import, export, and re-import to the same data.
 * <p>
 * The examples place their one location at latitude 100, which is not on Earth; the portal
 * rejects it (and the service-at-location that needs it) and says why. With that one value
 * corrected, every row of every file arrives.
 */
class TabularRoundTripTest {

    private static final Path EXAMPLES = Path.of("src/test/resources/hsds-examples/csv");

    private final HsdsModel model = HsdsModel.standard();

    @Test
    void theExamplesImpossibleLatitudeIsRejectedWithItsReason() throws Exception {
        ImportReport report = new DirectoryImport(model, new JdbcHsdsRows(model, DirectoryDatabase.fresh()))
                .run(new TabularReader(model).readFolder(EXAMPLES));
        assertEquals(2, report.rejected(), report.describe());
        ImportReport.RejectedRow location = rejectedIn(report, "locations.csv");
        assertEquals("line 2", location.position());
        assertEquals(List.of(new FieldProblem("latitude", Problem.OUT_OF_RANGE, "100")), location.problems());
        ImportReport.RejectedRow link = rejectedIn(report, "service_at_location.csv");
        assertEquals(Problem.UNKNOWN_REFERENCE, link.problems().get(0).problem());
        assertEquals("location_id", link.problems().get(0).field());
    }

    @Test
    void officialExamplesSurviveExportAndReimport() throws Exception {
        DataSource first = DirectoryDatabase.fresh();
        ImportReport report = new DirectoryImport(model, new JdbcHsdsRows(model, first)).run(correctedExamples());
        assertTrue(report.clean(), report.describe());
        assertEquals(0, report.rejected());
        assertTrue(report.warnings() > 0, "references pointing outside the examples are cleared and reported");
        assertEquals(1, DirectoryDatabase.count(first, "service"));
        assertTrue(report.written() >= 20, report.describe());

        byte[] exported = export(first);
        DataSource second = DirectoryDatabase.fresh();
        ImportReport again = new DirectoryImport(model, new JdbcHsdsRows(model, second)).run(
                new TabularReader(model).readZip(new ByteArrayInputStream(exported)));
        assertTrue(again.clean(), again.describe());
        assertEquals(files(exported), files(export(second)), "the re-imported directory exports identically");
    }

    @Test
    void theJsonExportReimportsToTheSameDirectory() throws Exception {
        DataSource first = DirectoryDatabase.fresh();
        assertTrue(new DirectoryImport(model, new JdbcHsdsRows(model, first)).run(correctedExamples()).clean());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new JsonExport(model, new JdbcHsdsRows(model, first)).write(Audience.FULL, json);

        DataSource second = DirectoryDatabase.fresh();
        ImportReport again = new DirectoryImport(model, new JdbcHsdsRows(model, second)).run(
                new JsonReader(model).read("directory.json", json.toByteArray()));
        assertTrue(again.clean() && again.warnings() == 0, again.describe());
        assertEquals(files(export(first)), files(export(second)));
    }

    @Test
    void importingTheSameDataTwiceChangesNothing() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        new DirectoryImport(model, new JdbcHsdsRows(model, db)).run(correctedExamples());
        byte[] once = export(db);
        ImportReport second = new DirectoryImport(model, new JdbcHsdsRows(model, db)).run(correctedExamples());
        assertTrue(second.clean(), second.describe());
        assertEquals(1, DirectoryDatabase.count(db, "service"), "updated, not duplicated");
        assertEquals(files(once), files(export(db)));
    }

    /** The official examples with the latitude of their location moved onto the globe (100 -> 10). */
    private ImportBatch correctedExamples() throws Exception {
        Map<String, byte[]> files = new TreeMap<>();
        try (var list = Files.list(EXAMPLES)) {
            for (Path file : list.toList()) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        String locations = new String(files.get("locations.csv"), StandardCharsets.UTF_8);
        files.put("locations.csv", locations.replace(",100,101,", ",10,101,").getBytes(StandardCharsets.UTF_8));
        return new TabularReader(model).read(files);
    }

    private static ImportReport.RejectedRow rejectedIn(ImportReport report, String file) {
        return report.files().stream().filter(f -> f.file().equals(file)).findFirst().orElseThrow()
                .rejected().get(0);
    }

    private byte[] export(DataSource db) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TabularExport(model, new JdbcHsdsRows(model, db)).writeZip(Audience.FULL, out);
        return out.toByteArray();
    }

    private static Map<String, String> files(byte[] zip) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
