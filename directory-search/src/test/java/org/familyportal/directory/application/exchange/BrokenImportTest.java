package org.familyportal.directory.application.exchange;

import org.familyportal.directory.infrastructure.jdbc.JdbcHsdsRows;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.domain.hsds.FieldProblem;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.hsds.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Broken HSDS input is rejected row by row and field by field, and nothing is half-imported. */
class BrokenImportTest {

    private static final String ORG = "11111111-1111-4111-8111-111111111111";
    private static final String ORGANIZATIONS = "id,name,description\n"
            + ORG + ",Центр «Семья»,Помощь семьям\n";

    private final HsdsModel model = HsdsModel.standard();
    private DataSource db;

    @BeforeEach
    void emptyDirectory() throws Exception {
        db = DirectoryDatabase.fresh();
    }

    private ImportReport importFiles(Map<String, String> files) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return new DirectoryImport(model, new JdbcHsdsRows(model, db)).run(new TabularReader(model).read(bytes));
    }

    private static ImportReport.FileResult file(ImportReport report, String name) {
        return report.files().stream().filter(f -> f.file().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachBadRowIsReportedWithItsFieldsAndTheGoodRowsArrive() throws Exception {
        ImportReport report = importFiles(Map.of(
                "organizations.csv", ORGANIZATIONS,
                "services.csv", "id,organization_id,name,status,minimum_age\n"
                        + "22222222-2222-4222-8222-222222222222," + ORG + ",Психолог для подростков,active,12\n"
                        + "not-a-uuid," + ORG + ",Юрист,active,\n"
                        + "33333333-3333-4333-8333-333333333333," + ORG + ",,active,\n"
                        + "44444444-4444-4444-8444-444444444444,99999999-9999-4999-8999-999999999999,Гуманитарная помощь,active,\n"
                        + "55555555-5555-4555-8555-555555555555," + ORG + ",Школа родителей,sometimes,-3\n"
                        + "22222222-2222-4222-8222-222222222222," + ORG + ",Дубликат,active,\n",
                "locations.csv", "id,location_type,name,latitude,longitude\n"
                        + "66666666-6666-4666-8666-666666666666,physical,Офис,52.28,104.30\n"
                        + "77777777-7777-4777-8777-777777777777,physical,Нигде,52.28,\n"
                        + "88888888-8888-4888-8888-888888888888,physical,Не на Земле,95.5,200\n"
                        + "99999999-0000-4000-8000-000000000000,physical,Не число,север,104\n"));

        ImportReport.FileResult services = file(report, "services.csv");
        assertEquals(1, services.written(), report.describe());
        assertEquals(5, services.rejected().size(), report.describe());
        assertEquals(List.of(new FieldProblem("id", Problem.NOT_A_UUID, "not-a-uuid")), services.rejected().get(0).problems());
        assertEquals("line 3", services.rejected().get(0).position());
        assertEquals(List.of(new FieldProblem("name", Problem.REQUIRED, null)), services.rejected().get(1).problems());
        assertEquals(Problem.NOT_ALLOWED, services.rejected().get(2).problems().get(0).problem(), "status");
        assertEquals(Problem.OUT_OF_RANGE, services.rejected().get(2).problems().get(1).problem(), "minimum age");
        assertEquals(Problem.DUPLICATE_ID, services.rejected().get(3).problems().get(0).problem());
        assertEquals(List.of(new FieldProblem("organization_id", Problem.UNKNOWN_REFERENCE,
                "99999999-9999-4999-8999-999999999999")), services.rejected().get(4).problems());

        ImportReport.FileResult locations = file(report, "locations.csv");
        assertEquals(2, locations.written(), "a location without a longitude is still a location");
        assertEquals(List.of(new FieldProblem("latitude", Problem.OUT_OF_RANGE, "95.5"),
                new FieldProblem("longitude", Problem.OUT_OF_RANGE, "200")), locations.rejected().get(0).problems());
        assertEquals(List.of(new FieldProblem("latitude", Problem.NOT_A_NUMBER, "север")), locations.rejected().get(1).problems());
        assertEquals(1, DirectoryDatabase.count(db, "service"));
    }

    @Test
    void aFileInAnotherEncodingIsRefusedWhole() throws Exception {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        bytes.put("organizations.csv", ORGANIZATIONS.getBytes(Charset.forName("windows-1251")));
        ImportReport report = new DirectoryImport(model, new JdbcHsdsRows(model, db)).run(new TabularReader(model).read(bytes));
        ImportReport.FileResult organizations = file(report, "organizations.csv");
        assertEquals(Problem.NOT_UTF8, organizations.problem());
        assertEquals(0, DirectoryDatabase.count(db, "organization"));
    }

    @Test
    void unknownFilesAndBrokenCsvAreRefusedWithTheirName() throws Exception {
        ImportReport report = importFiles(Map.of(
                "clients.csv", "id,name\n1,x\n",
                "organizations.csv", "id,name,description\n" + ORG + ",\"Незакрытая кавычка,описание\n",
                "phones.csv", "number\n112\n"));
        assertEquals(Problem.UNKNOWN_FILE, file(report, "clients.csv").problem());
        assertEquals(Problem.MALFORMED, file(report, "organizations.csv").problem());
        assertEquals(Problem.MISSING_COLUMN, file(report, "phones.csv").problem());
        assertEquals(0, DirectoryDatabase.count(db, "organization"));
    }

    @Test
    void whenTheDatabaseRefusesOneRowNoRowOfThatFileIsWritten() throws Exception {
        String tooLong = "a".repeat(250) + "@example.org";
        ImportReport report = importFiles(Map.of("organizations.csv", "id,name,description,email\n"
                + ORG + ",Первая,Хорошая,info@example.org\n"
                + "12121212-1212-4212-8212-121212121212,Вторая,Почта длиннее колонки," + tooLong + "\n"));
        ImportReport.FileResult organizations = file(report, "organizations.csv");
        assertEquals(Problem.WRITE_FAILED, organizations.problem(), report.describe());
        assertEquals(0, organizations.written());
        assertEquals(0, DirectoryDatabase.count(db, "organization"), "the good row was rolled back too");
    }

    @Test
    void optionalReferencesToMissingRowsAreClearedAndReported() throws Exception {
        ImportReport report = importFiles(Map.of("organizations.csv", "id,name,description,parent_organization_id\n"
                + ORG + ",Филиал,Отделение,abababab-abab-4bab-8bab-abababababab\n"));
        ImportReport.FileResult organizations = file(report, "organizations.csv");
        assertEquals(1, organizations.written());
        assertEquals(Problem.DANGLING_REFERENCE_CLEARED, organizations.warnings().get(0).problem().problem());
        assertNull(parentOf(ORG));
    }

    private String parentOf(String id) throws Exception {
        try (var c = db.getConnection(); var q = c.prepareStatement(
                "SELECT parent_organization_id FROM organization WHERE id = ?")) {
            q.setString(1, id);
            try (var rs = q.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }
}
