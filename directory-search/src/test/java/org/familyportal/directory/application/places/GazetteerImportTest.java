package org.familyportal.directory.application.places;

import org.familyportal.directory.wiring.Directory;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.application.demo.DemoDataLoad;
import org.familyportal.directory.domain.hsds.FieldProblem;
import org.familyportal.directory.domain.hsds.Problem;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.infrastructure.jdbc.Gazetteer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped gazetteer loads into a real MariaDB: every municipal district and urban okrug of the
 * four regions, each settlement inside its region, the first reference data's codes kept, and the
 * towns and villages parents name found; a region's own list loads all or nothing.
 */
class GazetteerImportTest {

    /** Rough bounding boxes of the regions (south, west, north, east). */
    private static final Map<String, double[]> BOXES = Map.of(
            "38", new double[] {51.0, 95.5, 64.5, 119.5}, "54", new double[] {53.2, 75.0, 57.3, 85.2},
            "74", new double[] {51.9, 57.0, 56.4, 63.4}, "63", new double[] {51.7, 47.9, 54.7, 52.6});

    private static DataSource db;
    private static Set<String> firstMunicipalities;
    private static Set<String> firstSettlements;

    @BeforeAll
    static void load() throws Exception {
        db = DirectoryDatabase.fresh();
        firstMunicipalities = strings("SELECT code FROM municipality");
        firstSettlements = strings("SELECT id FROM settlement");
        assertTrue(new Directory(db).gazetteer().loadShippedOnce());
    }

    @Test
    void everyMunicipalDistrictAndUrbanOkrugOfTheFourRegions() throws Exception {
        // Official numbers of municipal districts/okrugs and urban okrugs (upper-level municipalities).
        assertEquals(Map.of("38", 42, "54", 35, "74", 43, "63", 37),
                counts("SELECT region_code, COUNT(*) FROM municipality GROUP BY region_code"));
        Map<String, Integer> settlements = counts("SELECT m.region_code, COUNT(*) FROM settlement s"
                + " JOIN municipality m ON m.code = s.municipality_code GROUP BY m.region_code");
        assertTrue(settlements.get("38") >= 120 && settlements.get("54") >= 60 && settlements.get("74") >= 90
                && settlements.get("63") >= 70, settlements.toString());
        assertEquals(0, number("SELECT COUNT(*) FROM municipality m WHERE NOT EXISTS (SELECT 1 FROM settlement s"
                + " WHERE s.municipality_code = m.code) AND m.code NOT IN ('38-bratsky', '38-ziminsky', '38-tulunsky',"
                + " '38-usolsky', '38-ust-ilimsky', '38-cheremkhovsky', '54-iskitimsky', '74-troitsky',"
                + " '74-chebarkulsky', '63-volzhsky', '63-kinelsky', '63-pokhvistnevsky', '63-stavropolsky',"
                + " '63-syzransky')"), "only districts governed from a neighbouring city lack a settlement of their own");
    }

    @Test
    void everySettlementAndMunicipalityLiesInItsRegion() throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT m.region_code, s.id, s.latitude, s.longitude FROM settlement s"
                     + " JOIN municipality m ON m.code = s.municipality_code UNION ALL"
                     + " SELECT region_code, code, latitude, longitude FROM municipality")) {
            int checked = 0;
            while (rs.next()) {
                double[] box = BOXES.get(rs.getString(1));
                double latitude = rs.getDouble(3);
                double longitude = rs.getDouble(4);
                assertTrue(latitude >= box[0] && latitude <= box[2] && longitude >= box[1] && longitude <= box[3],
                        rs.getString(2) + " at " + latitude + ", " + longitude);
                checked++;
            }
            assertTrue(checked > 450, "checked " + checked);
        }
    }

    @Test
    void theFirstReferenceDataKeepsItsCodes() throws Exception {
        assertTrue(strings("SELECT code FROM municipality").containsAll(firstMunicipalities));
        assertTrue(strings("SELECT id FROM settlement").containsAll(firstSettlements));
        assertEquals(63, firstMunicipalities.size());
        assertEquals("38-angarsk", query("SELECT municipality_code FROM settlement WHERE id = '38-angarsk/centre'"));
        assertEquals("52.544400", query("SELECT latitude FROM municipality WHERE code = '38-angarsk'"));
        // Two settlements the first data put in the wrong municipality keep their ids.
        assertEquals("54-kyshtovsky", query("SELECT municipality_code FROM settlement WHERE id = '54-vengerovsky/kyshtovka'"));
        assertEquals("54-koltsovo", query("SELECT municipality_code FROM settlement WHERE id = '54-novosibirsky/koltsovo'"));
    }

    @Test
    void townsAndVillagesParentsNameAreFound() throws Exception {
        Gazetteer gazetteer = Gazetteer.load(db);
        Map<String, String> expected = Map.of("Тулун", "38-tulun", "Куйтун", "38-kuitunsky", "Татарск", "54-tatarsky",
                "Венгерово", "54-vengerovsky", "Кыштым", "74-kyshtym", "Сызрань", "63-syzran",
                "Кинель-Черкассы", "63-kinel-cherkassky", "Ербогачен", "38-katangsky", "Фершампенуаз", "74-nagaybaksky",
                "Большая Черниговка", "63-bolshechernigovsky");
        expected.forEach((name, municipality) -> assertEquals(municipality,
                gazetteer.find(name).map(Place::municipalityCode).orElse(null), name));
        assertEquals("63-alekseyevsky", gazetteer.find("Алексеевка").orElseThrow().municipalityCode(),
                "of two places of one name, the district centre first");
        assertEquals(Set.of("63-alekseyevsky", "63-kinel", "38-kirensky"), gazetteer.withAnyName("алексеевка").stream()
                .map(Place::municipalityCode).collect(java.util.stream.Collectors.toSet()),
                "by name, and by the other name of Алексеевск (Kirensky district)");
        assertEquals("38-angarsk", gazetteer.withAnyName("Angarsk").get(0).municipalityCode());
        assertEquals("38-nizhneilimsky", gazetteer.withAnyName("zheleznogorsk-ilimskiy").get(0).municipalityCode());
        assertEquals("village", gazetteer.find("Куйтун").isPresent() ? gazetteer.find("Кунашак").orElseThrow().kind() : null);
        assertFalse(gazetteer.startingWith("Кин", 10).isEmpty());
        assertTrue(gazetteer.startingWith("Кин", 10).stream().allMatch(p -> p.name().startsWith("Кин")));
        assertEquals(2, gazetteer.startingWith("К", 2).size(), "bounded");
        assertEquals("38-kuitunsky", gazetteer.nearest(new org.familyportal.directory.domain.search.IndexedService.Point(
                54.35, 101.5)).orElseThrow().municipalityCode());
    }

    @Test
    void loadingAgainUpdatesAndDuplicatesNothing() throws Exception {
        int settlements = DirectoryDatabase.count(db, "settlement");
        int municipalities = DirectoryDatabase.count(db, "municipality");
        assertFalse(new Directory(db).gazetteer().loadShippedOnce(), "the same file is loaded once");
        byte[] shipped = GazetteerImport.class.getResourceAsStream(GazetteerImport.SHIPPED).readAllBytes();
        GazetteerImport.Report again = new Directory(db).gazetteer().run("gazetteer.csv", shipped);
        assertTrue(again.clean(), again.describe());
        assertEquals(0, again.municipalitiesCreated());
        assertEquals(0, again.settlementsCreated());
        assertEquals(settlements, DirectoryDatabase.count(db, "settlement"));
        assertEquals(municipalities, DirectoryDatabase.count(db, "municipality"));
        assertEquals("1", query("SELECT COUNT(*) FROM data_load WHERE name = '" + GazetteerImport.mark(shipped) + "'"),
                "the load is recorded once, by the file's fingerprint");
    }

    @Test
    void aRegionsOwnListWithOneBadLineWritesNothing() throws Exception {
        String header = String.join(",", GazetteerCsv.COLUMNS) + "\n";
        String good = "38,38-new-district,Новый район,New district,district,,38-new-district/centre,Новое,Novoye,,village,"
                + "municipality,55.1,101.2,\n";
        GazetteerImport.Report bad = new Directory(db).gazetteer().run("list.csv", (header + good
                + "38,38-kuitunsky,Куйтунский район,,district,,38-kuitunsky/x,Икс,,,village,,95,101.5,\n"
                + "99,99-nowhere,Нигде,,district,,99-nowhere/centre,Нигде,,,village,municipality,55,100,\n"
                + "38,38-no-centre,Без центра,,district,,38-no-centre/x,Икс,,,village,,55,100,\n")
                .getBytes(StandardCharsets.UTF_8));
        assertFalse(bad.clean());
        var rejected = bad.report().files().get(0).rejected();
        assertEquals(List.of(new FieldProblem("latitude", Problem.OUT_OF_RANGE, "95")), rejected.get(0).problems());
        assertTrue(rejected.stream().anyMatch(r -> r.problems().contains(
                new FieldProblem("region_code", Problem.UNKNOWN_REFERENCE, "99"))), rejected.toString());
        assertTrue(rejected.stream().anyMatch(r -> r.problems().contains(
                new FieldProblem("centre", Problem.REQUIRED, null))), rejected.toString());
        assertEquals("0", query("SELECT COUNT(*) FROM municipality WHERE code = '38-new-district'"), "nothing half-loaded");
    }

    @Test
    void aListOfAFewVillagesAddsThemAndKeepsTheirDistrictsPoint() throws Exception {
        String before = query("SELECT CONCAT(latitude, ' ', longitude, ' ', name_en) FROM municipality WHERE code = '38-kuitunsky'");
        String header = String.join(",", GazetteerCsv.COLUMNS) + "\n";
        // Test input: a village of the district with an approximate point.
        GazetteerImport.Report report = new Directory(db).gazetteer().run("kuitunsky.csv", (header
                + "38,38-kuitunsky,Куйтунский район,Kuitunsky district,district,,38-kuitunsky/kharik,Харик,Kharik,,village,"
                + "settlement,54.35,100.95,665320\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(report.clean(), report.describe());
        assertEquals(1, report.settlementsCreated());
        assertEquals(before, query("SELECT CONCAT(latitude, ' ', longitude, ' ', name_en) FROM municipality WHERE code = '38-kuitunsky'"));
        assertEquals("settlement 665320", query("SELECT CONCAT(centre, ' ', postal_codes) FROM settlement WHERE id = '38-kuitunsky/kharik'"));
    }

    @Test
    void aNewMunicipalityIsRoutedToTheNearestCentreOfItsRegion() throws Exception {
        DataSource demo = DirectoryDatabase.fresh();
        new Directory(demo).demoData().loadOnce();
        String header = String.join(",", GazetteerCsv.COLUMNS) + "\n";
        GazetteerImport.Report report = new Directory(demo).gazetteer().run("list.csv", (header
                + "38,38-kuitunsky,Куйтунский район,,district,,38-kuitunsky/centre,Куйтун,,,urban-type,"
                + "municipality,54.3424,101.5092,\n").getBytes(StandardCharsets.UTF_8));
        assertTrue(report.clean(), report.describe());
        String sayanskCentre = query(demo, "SELECT resource_centre_organization_id FROM municipality WHERE code = '38-sayansk'");
        assertNotNull(sayanskCentre);
        assertEquals(Map.of("38-kuitunsky", sayanskCentre), report.routedToNearestCentre(), "Sayansk (48 km) is nearer to Kuytun than Tulun (65 km)");
        assertEquals(sayanskCentre, query(demo, "SELECT resource_centre_organization_id FROM municipality WHERE code = '38-kuitunsky'"));
    }

    private static Set<String> strings(String sql) throws Exception {
        Set<String> values = new HashSet<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static Map<String, Integer> counts(String sql) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getInt(2));
            }
        }
        return counts;
    }

    private static int number(String sql) throws Exception {
        return Integer.parseInt(query(sql));
    }

    private static String query(String sql) throws Exception {
        return query(db, sql);
    }

    private static String query(DataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
