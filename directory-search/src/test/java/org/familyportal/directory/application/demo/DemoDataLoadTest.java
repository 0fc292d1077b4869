package org.familyportal.directory.application.demo;

import org.familyportal.directory.wiring.Directory;
import org.familyportal.directory.infrastructure.jdbc.JdbcHsdsRows;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.application.exchange.Audience;
import org.familyportal.directory.application.exchange.TabularExport;
import org.familyportal.directory.application.places.GazetteerImport;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo directory is believable in size and variety, valid HSDS, and loaded only once. */
class DemoDataLoadTest {

    @Test
    void aBelievableDirectoryLoadedOnce() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        assertTrue(new Directory(db).demoData().loadOnce());
        int services = DirectoryDatabase.count(db, "service");
        assertTrue(services >= 400, "services: " + services);
        assertTrue(DirectoryDatabase.count(db, "organization") >= 150, "organisations");
        assertTrue(number(db, "SELECT COUNT(DISTINCT municipality_code) FROM location") >= 40, "municipalities");
        assertEquals(0, number(db, "SELECT COUNT(*) FROM taxonomy_term t WHERE t.taxonomy = 'family-support'"
                + " AND NOT EXISTS (SELECT 1 FROM attribute a WHERE a.taxonomy_term_id = t.id)"), "every category is used");
        assertTrue(number(db, "SELECT COUNT(*) FROM service_area WHERE municipality_code IS NOT NULL") >= 10, "mobile teams");
        assertTrue(number(db, "SELECT COUNT(*) FROM location WHERE confidential") >= 8, "confidential shelters");
        assertTrue(number(db, "SELECT COUNT(*) FROM location WHERE location_type = 'virtual'") >= 4, "online and phone");
        assertEquals(0, number(db, "SELECT COUNT(*) FROM organization WHERE NOT demo"), "all marked as demo");
        assertEquals(0, number(db, "SELECT COUNT(*) FROM municipality WHERE resource_centre_organization_id IS NULL"),
                "every municipality has its family resource centre");
        assertTrue(number(db, "SELECT COUNT(*) FROM schedule WHERE closed") > 0, "holiday closures");

        assertFalse(new Directory(db).demoData().loadOnce(), "the second start does not load it again");
        assertEquals(services, DirectoryDatabase.count(db, "service"));
    }

    @Test
    void withTheFullGazetteerTheDemoStaysOnItsMunicipalitiesAndEveryOtherReachesACentre() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        assertTrue(new Directory(db).gazetteer().loadShippedOnce());
        assertTrue(new Directory(db).demoData().loadOnce());
        assertEquals(DemoDirectory.MUNICIPALITIES.size(), number(db, "SELECT COUNT(DISTINCT municipality_code) FROM location"
                + " WHERE municipality_code IS NOT NULL"), "demo services only where they were before the full gazetteer");
        assertTrue(number(db, "SELECT COUNT(*) FROM municipality") > 150);
        assertEquals(0, number(db, "SELECT COUNT(*) FROM municipality WHERE resource_centre_organization_id IS NULL"),
                "a help request from any municipality reaches a resource centre");
        assertEquals(0, number(db, "SELECT COUNT(*) FROM municipality m JOIN organization o"
                + " ON o.id = m.resource_centre_organization_id JOIN location l ON l.organization_id = o.id"
                + " JOIN municipality home ON home.code = l.municipality_code WHERE home.region_code <> m.region_code"),
                "routed within its own region");
    }

    @Test
    void thePublicExportWithholdsConfidentialAddressesAndCoordinates() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        new Directory(db).demoData().loadOnce();
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        new Directory(db).export().writeZip(Audience.PUBLIC, zip);
        java.util.Map<String, String> files = new java.util.HashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.toByteArray()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        int confidential = 0;
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT l.id, l.latitude, a.address_1 FROM location l"
                     + " JOIN address a ON a.location_id = l.id WHERE l.confidential")) {
            while (rs.next()) {
                confidential++;
                String id = rs.getString(1);
                assertFalse(files.get("addresses.csv").contains(id), "no address row for " + id);
                assertFalse(files.get("locations.csv").contains(rs.getBigDecimal(2).stripTrailingZeros().toPlainString()));
                assertTrue(files.get("locations.csv").contains(id), "the location itself is listed");
            }
        }
        assertTrue(confidential >= 8);
    }

    private static int number(DataSource db, String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
