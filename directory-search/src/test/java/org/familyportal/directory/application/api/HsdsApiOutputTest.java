package org.familyportal.directory.application.api;

import org.familyportal.directory.wiring.Directory;
import jakarta.json.JsonObject;
import org.familyportal.directory.DirectoryDatabase;
import org.familyportal.directory.application.demo.DemoDataLoad;
import org.familyportal.directory.application.exchange.DirectoryImport;
import org.familyportal.directory.application.exchange.ImportReport;
import org.familyportal.directory.application.exchange.JsonReader;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.directory.domain.hsds.Ids;
import org.familyportal.directory.infrastructure.jdbc.JdbcHsdsRows;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every answer of the HSDS API over the demo directory (with the standard's full example documents
 * imported on top, so that metadata, programmes, accessibility and the rest are there too) is
 * exactly what it was when the fixture was written: the JSON text of each call, compared character
 * for character (a long answer by its SHA-256; the same services and places appear in full in the
 * single-item answers). The fixture was written by the row-by-row implementation before it became set-based; run
 * with {@code -Dhsds.fixture.write=true} to write it again after a deliberate change of the output.
 */
class HsdsApiOutputTest {

    private static final Path FIXTURE = Path.of("src/test/resources/hsds-api/answers.txt.gz");
    private static final int LONG = 8000;
    private static final Path EXAMPLES = Path.of("src/test/resources/hsds-examples/json");

    static DataSource richDirectory() throws Exception {
        DataSource db = DirectoryDatabase.fresh();
        assertTrue(new Directory(db).demoData().loadOnce());
        HsdsModel model = HsdsModel.standard();
        for (String file : List.of("service_full.json", "organization_full.json", "service_at_location_full.json",
                "location.json", "taxonomy.json", "taxonomy_term.json")) {
            ImportReport report = new DirectoryImport(model, new JdbcHsdsRows(model, db))
                    .run(new JsonReader(model).read(file, Files.readAllBytes(EXAMPLES.resolve(file))));
            assertTrue(report.written() > 0, report.describe());
        }
        return db;
    }

    @Test
    void everyAnswerIsAsBefore() throws Exception {
        DataSource db = richDirectory();
        Map<String, String> answers = answers(new HsdsApi(new JdbcHsdsRows(db)), db);
        if (Boolean.getBoolean("hsds.fixture.write")) {
            Files.createDirectories(FIXTURE.getParent());
            try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(FIXTURE)), StandardCharsets.UTF_8)) {
                for (Map.Entry<String, String> a : answers.entrySet()) {
                    w.write(a.getKey() + "\t" + a.getValue() + "\n");
                }
            }
            return;
        }
        Map<String, String> expected = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(FIXTURE)),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                expected.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        assertEquals(expected.keySet(), answers.keySet());
        for (Map.Entry<String, String> e : expected.entrySet()) {
            String actual = answers.get(e.getKey());
            if (!e.getValue().equals(actual)) {
                int at = 0;
                while (at < Math.min(actual.length(), e.getValue().length()) && actual.charAt(at) == e.getValue().charAt(at)) {
                    at++;
                }
                int from = Math.max(0, at - 200);
                assertEquals(e.getValue().substring(from, Math.min(e.getValue().length(), at + 200)),
                        actual.substring(from, Math.min(actual.length(), at + 200)), e.getKey() + " differs at " + at);
            }
        }
    }

    /** The calls the REST resource makes, over the whole demo directory where that is cheap. */
    static Map<String, String> answers(HsdsApi api, DataSource db) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        HsdsApi.ServiceFilter any = new HsdsApi.ServiceFilter(null, null, null);
        for (int page = 1; page <= 4; page++) {
            answers.put("services " + page, text(api.services(any, page, 200)));
            answers.put("service_at_locations " + page, text(api.serviceAtLocations(any, page, 200)));
        }
        String legalAid = Ids.term("family-support", "legal-aid");
        String shelters = Ids.term("family-support", "crisis-shelter");
        answers.put("services legal aid", text(api.services(new HsdsApi.ServiceFilter(legalAid, null, null), 1, 50)));
        answers.put("services shelters", text(api.services(new HsdsApi.ServiceFilter(shelters, null, null), 1, 200)));
        answers.put("services modified after 2099", text(api.services(
                new HsdsApi.ServiceFilter(null, null, LocalDateTime.of(2099, 1, 1, 0, 0)), 1, 20)));
        answers.put("services modified after 2020", text(api.services(
                new HsdsApi.ServiceFilter(null, null, LocalDateTime.of(2020, 1, 1, 0, 0)), 2, 7)));
        answers.put("service_at_locations shelters", text(api.serviceAtLocations(
                new HsdsApi.ServiceFilter(shelters, null, null), 1, 200)));
        answers.put("service_at_locations postcode", text(api.serviceAtLocations(
                new HsdsApi.ServiceFilter(null, null, null), " 000000 ", 2, 30)));

        List<String> organizations = column(db, "SELECT id FROM organization ORDER BY id");
        for (int i = 0; i < organizations.size(); i += 7) {
            String org = organizations.get(i);
            answers.put("organization " + org, text(api.organization(org)));
            answers.put("services of " + org, text(api.services(new HsdsApi.ServiceFilter(null, org, null), 1, 200)));
            answers.put("service_at_locations of " + org, text(api.serviceAtLocations(
                    new HsdsApi.ServiceFilter(legalAid, org, null), 1, 200)));
        }
        for (String org : column(db, "SELECT DISTINCT l.organization_id FROM location l WHERE l.confidential"
                + " OR l.organization_id NOT IN (SELECT id FROM organization WHERE demo) ORDER BY 1")) {
            answers.put("organization " + org, text(api.organization(org)));
        }
        answers.put("organizations 1", text(api.organizations(1, 200)));
        answers.put("organizations 2", text(api.organizations(2, 50)));

        List<String> services = column(db, "SELECT id FROM service ORDER BY id");
        for (int i = 0; i < services.size(); i += 20) {
            answers.put("service " + services.get(i), text(api.service(services.get(i))));
        }
        for (String s : column(db, "SELECT s.id FROM service s JOIN organization o ON o.id = s.organization_id"
                + " WHERE NOT o.demo ORDER BY 1")) {
            answers.put("service " + s, text(api.service(s)));
        }
        answers.put("service missing", text(api.service(Ids.of("no such service"))));
        List<String> ranked = new ArrayList<>();
        for (int i = services.size() - 1; i >= 0; i -= 9) {
            ranked.add(services.get(i));
        }
        ranked.add(1, Ids.of("no such service"));
        answers.put("services in order", text(api.servicesInOrder(ranked, 999, 3, 20)));
        answers.put("service_at_locations of services", text(api.serviceAtLocationsOf(ranked, 999, 2, 20)));

        List<String> sals = column(db, "SELECT id FROM service_at_location ORDER BY id");
        for (int i = 0; i < sals.size(); i += 25) {
            answers.put("service_at_location " + sals.get(i), text(api.serviceAtLocation(sals.get(i))));
        }
        answers.put("taxonomies", text(api.taxonomies(1, 200)));
        for (String t : column(db, "SELECT id FROM taxonomy ORDER BY id")) {
            answers.put("taxonomy " + t, text(api.taxonomy(t)));
            answers.put("taxonomy_terms of " + t, text(api.taxonomyTerms(t, 1, 200)));
        }
        answers.put("taxonomy_terms", text(api.taxonomyTerms(null, 1, 200)));
        answers.put("taxonomy_term legal aid", text(api.taxonomyTerm(legalAid)));
        answers.put("taxonomy_term missing", text(api.taxonomyTerm(Ids.of("no such term"))));
        return answers;
    }

    /** The JSON text; of a long answer its length and SHA-256 (the fixture stays small). */
    private static String text(JsonObject json) {
        String text = json.toString();
        if (text.length() < LONG) {
            return text;
        }
        try {
            return "long answer: " + text.length() + " characters, SHA-256 " + java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Optional<JsonObject> json) {
        return json.map(HsdsApiOutputTest::text).orElse("(none)");
    }

    private static List<String> column(DataSource db, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
