package org.familyportal.directory.application.exchange;

import org.familyportal.directory.infrastructure.jdbc.JdbcHsdsRows;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The official HSDS 3.0 JSON examples import, nested documents included. */
class JsonImportTest {

    private static final Path EXAMPLES = Path.of("src/test/resources/hsds-examples/json");
    private final HsdsModel model = HsdsModel.standard();

    private ImportReport importExample(DataSource db, String file) throws Exception {
        return new DirectoryImport(model, new JdbcHsdsRows(model, db)).run(new JsonReader(model).read(file, Files.readAllBytes(EXAMPLES.resolve(file))));
    }

    @Test
    void aFullServiceDocumentBecomesRowsOfEveryTable() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        ImportReport report = importExample(db, "service_full.json");
        assertEquals(0, report.files().stream().filter(f -> f.problem() != null).count(), report.describe());
        assertEquals(1, DirectoryDatabase.count(db, "service"), report.describe());
        assertEquals(1, DirectoryDatabase.count(db, "organization"), report.describe());
        for (String table : List.of("phone", "schedule", "service_area", "language", "contact", "address",
                "accessibility", "cost_option", "required_document", "attribute", "funding", "program")) {
            assertTrue(DirectoryDatabase.count(db, table) >= 1, table + "\n" + report.describe());
        }
        // As in the CSV examples, the location sits at latitude 100: it and its link to the service are
        // rejected, with the place in the document named.
        assertEquals(2, report.rejected(), report.describe());
        assertTrue(report.describe().contains("$.service_at_locations[0].location id 3a19ff88"), report.describe());
    }

    @Test
    void everyExampleDocumentImports() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        for (String file : List.of("organization_full.json", "organization_list.json", "service_list.json",
                "service_at_location_full.json", "service_at_location_list.json", "location.json", "taxonomy.json",
                "taxonomy_list.json", "taxonomy_term.json", "taxonomy_term_list.json", "tabular.json")) {
            ImportReport report = importExample(db, file);
            assertTrue(report.files().stream().allMatch(f -> f.problem() == null), file + "\n" + report.describe());
            assertTrue(report.written() > 0, file + "\n" + report.describe());
        }
    }

    @Test
    void brokenJsonIsRefusedWithItsReason() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        ImportReport report = new DirectoryImport(model, new JdbcHsdsRows(model, db)).run(new JsonReader(model).read("services.json",
                "{\"services\": [{\"id\": \"x\", \"name\": \"Юрист\"".getBytes()));
        assertEquals(org.familyportal.directory.domain.hsds.Problem.MALFORMED, report.files().get(0).problem());
    }
}
