package org.familyportal.portal.it;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema comes from Flyway alone, applied to a database that was empty before the portal started. */
@PortalContainerTest
class DatabaseMigrationIT {

    @ArquillianResource
    URL portal;

    @Test
    void everyModulesMigrationsAppliedSuccessfullyInItsOwnHistory() throws Exception {
        assertNotNull(portal, "the portal is deployed");
        assertEquals("2.0", firstVersion("flyway_history_directory"), "the directory's migrations");
        assertEquals("1.0", firstVersion("flyway_history_portal"), "the portal's migrations");
        try (Connection c = TestDatabase.get().connect();
             ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, "flyway_schema_history", null)) {
            assertFalse(rs.next(), "no history shared by the modules");
        }
    }

    private static String firstVersion(String history) throws Exception {
        try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM " + history
                     + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                assertTrue(rs.getBoolean("success"), "migration " + rs.getString("version") + " succeeded");
                versions.add(rs.getString("version"));
            }
            assertFalse(versions.isEmpty(), "migrations ran");
            return versions.get(0);
        }
    }

    @Test
    void tablesAreInnoDbWithUtf8mb4() throws Exception {
        try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name, engine, table_collation FROM information_schema.tables"
                     + " WHERE table_schema = DATABASE() AND table_name NOT LIKE 'flyway\\_%'")) {
            int tables = 0;
            while (rs.next()) {
                tables++;
                assertEquals("InnoDB", rs.getString("engine"), rs.getString("table_name"));
                assertTrue(rs.getString("table_collation").startsWith("utf8mb4"), rs.getString("table_name"));
            }
            assertTrue(tables >= 2, "the portal's tables exist");
        }
    }

    @Test
    void firstAdministratorIsCreatedFromConfiguration() throws Exception {
        try (Connection c = TestDatabase.get().connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT display_name FROM user_account WHERE email = '"
                     + TestDatabase.ADMIN_EMAIL + "'")) {
            assertTrue(rs.next(), "the first administrator was created from configuration");
        }
    }
}
