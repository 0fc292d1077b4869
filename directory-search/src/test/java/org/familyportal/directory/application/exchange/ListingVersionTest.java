package org.familyportal.directory.application.exchange;

import org.familyportal.directory.infrastructure.jdbc.JdbcHsdsRows;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An import that changes a service or an organisation moves its version (so a moderator's save
 * from before the import is refused, not silently undoing it); importing the same data again does
 * not; and authors in the public change log are never e-mail addresses.
 */
class ListingVersionTest {

    private static final String ORG = "11111111-1111-4111-8111-111111111111";
    private static final String SERVICE = "22222222-2222-4222-8222-222222222222";
    private final HsdsModel model = HsdsModel.standard();

    @Test
    void anImportMovesTheVersionOfWhatItChangesOnly() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        importFiles(db, "Психолог", "Помощь семьям");
        assertEquals(0, version(db, "service", SERVICE));
        assertEquals(0, version(db, "organization", ORG));
        importFiles(db, "Психолог", "Помощь семьям");
        assertEquals(0, version(db, "service", SERVICE), "the same data again changes nothing");
        importFiles(db, "Психолог для подростков", "Помощь семьям");
        assertEquals(1, version(db, "service", SERVICE));
        assertEquals(0, version(db, "organization", ORG));
        importFiles(db, "Психолог для подростков", "Помощь семьям и детям");
        assertEquals(1, version(db, "service", SERVICE));
        assertEquals(1, version(db, "organization", ORG));
    }

    @Test
    void importedAuthorsThatArePeoplesAddressesArePublishedAsImport() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        importFiles(db, "Психолог", "Помощь семьям");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("metadata.csv", ("id,resource_id,resource_type,last_action_date,last_action_type,field_name,previous_value,replacement_value,updated_by\n"
                + "33333333-3333-4333-8333-333333333331," + SERVICE + ",service,2026-11-20,update,name,Юрист,Психолог,ivanova@example.org\n"
                + "33333333-3333-4333-8333-333333333332," + SERVICE + ",service,2026-11-21,update,name,Психолог,Психолог,Open Referral\n")
                .getBytes(StandardCharsets.UTF_8));
        ImportReport report = new DirectoryImport(model, new JdbcHsdsRows(model, db)).run(new TabularReader(model).read(files));
        assertEquals(0, report.rejected(), report.toString());
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT updated_by FROM metadata ORDER BY last_action_date"); ResultSet rs = q.executeQuery()) {
            rs.next();
            assertEquals("import", rs.getString(1));
            rs.next();
            assertEquals("Open Referral", rs.getString(1), "an author that is no address stays");
        }
    }

    private void importFiles(DataSource db, String serviceName, String organizationDescription) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("organizations.csv", ("id,name,description\n" + ORG + ",Центр «Семья»," + organizationDescription + "\n")
                .getBytes(StandardCharsets.UTF_8));
        files.put("services.csv", ("id,organization_id,name,status\n" + SERVICE + "," + ORG + "," + serviceName + ",active\n")
                .getBytes(StandardCharsets.UTF_8));
        ImportReport report = new DirectoryImport(model, new JdbcHsdsRows(model, db)).run(new TabularReader(model).read(files));
        assertEquals(0, report.rejected(), report.toString());
    }

    private static long version(DataSource db, String table, String id) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT lock_version FROM `" + table + "` WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
