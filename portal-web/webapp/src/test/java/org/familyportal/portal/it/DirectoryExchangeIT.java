package org.familyportal.portal.it;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Administrators upload HSDS files and read the report; they download the directory as HSDS. */
@PortalContainerTest
class DirectoryExchangeIT {

    private static final Pattern JOB = Pattern.compile("\\?job=([0-9a-f-]{36})");

    @ArquillianResource
    URL portal;

    private PortalClient admin() {
        PortalClient admin = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword()).statusCode());
        return admin;
    }

    @Test
    void anUploadedPackageIsImportedWithARowByRowReport() throws Exception {
        PortalClient admin = admin();
        HttpResponse<String> page = admin.get("/admin/directory.xhtml");
        assertEquals(200, page.statusCode());
        byte[] zip = zip("organizations.csv", "id,name,description\n"
                + "5a5a5a5a-5a5a-45a5-85a5-5a5a5a5a5a5a,АНО «Загружено из архива»,Проверка загрузки\n"
                + "not-an-id,Без идентификатора,Описание\n");
        HttpResponse<String> started = admin.upload("/admin/directory.xhtml", page.body(), "exchange", "upload",
                "file", "directory.zip", zip);
        assertEquals(200, started.statusCode(), started.body());
        Matcher job = JOB.matcher(started.body());
        assertTrue(job.find(), "the page follows the import: " + started.body());

        String report = "";
        for (int i = 0; i < 30 && !report.contains("import-summary"); i++) {
            Thread.sleep(300);
            report = admin.get("/admin/directory.xhtml?job=" + job.group(1)).body();
        }
        assertTrue(report.contains("id=\"import-summary\""), report);
        assertTrue(report.contains("Записано строк: 1"), report);
        assertTrue(report.contains("не идентификатор UUID"), "the rejected row's reason, in Russian");
        assertTrue(report.contains("строка 3"), "where the rejected row is");
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT name FROM organization WHERE id = ?")) {
            q.setString(1, "5a5a5a5a-5a5a-45a5-85a5-5a5a5a5a5a5a");
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals("АНО «Загружено из архива»", rs.getString(1));
            }
        }
    }

    @Test
    void theSearchIndexIsRebuiltOnRequest() throws Exception {
        PortalClient admin = admin();
        HttpResponse<String> page = admin.get("/admin/directory.xhtml");
        HttpResponse<String> started = admin.submit("/admin/directory.xhtml", page.body(), "index", "rebuild", java.util.Map.of());
        assertEquals(200, started.statusCode());
        String status = started.body();
        for (int i = 0; i < 40 && !status.contains("rebuild-done"); i++) {
            Thread.sleep(300);
            status = admin.get("/admin/directory.xhtml").body();
        }
        assertTrue(status.contains("Индекс перестроен, услуг в нём"), status);
        assertTrue(new PortalClient(portal).get("/api/search?q=" + java.net.URLEncoder.encode("юрист", "UTF-8"))
                .body().contains("\"total\""));
    }

    @Test
    void aWrongFileTypeIsRefusedPolitely() {
        PortalClient admin = admin();
        HttpResponse<String> page = admin.get("/admin/directory.xhtml");
        HttpResponse<String> answer = admin.upload("/admin/directory.xhtml", page.body(), "exchange", "upload",
                "file", "photo.png", new byte[] {1, 2, 3});
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("Выберите файл .zip, .csv или .json"), answer.body());
    }

    @Test
    void theDirectoryDownloadsAsHsdsAndThePublicCopyHidesShelters() throws Exception {
        PortalClient admin = admin();
        HttpResponse<byte[]> full = admin.getBytes("/admin/directory-export?format=zip");
        assertEquals(200, full.statusCode());
        Set<String> files = new HashSet<>();
        String publicAddresses = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(full.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.add(e.getName());
            }
        }
        assertTrue(files.containsAll(Set.of("datapackage.json", "services.csv", "organizations.csv", "locations.csv")), files.toString());

        HttpResponse<byte[]> published = admin.getBytes("/admin/directory-export?format=zip&audience=public");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(published.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("addresses.csv")) {
                    publicAddresses = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT a.id FROM address a JOIN location l ON l.id = a.location_id WHERE l.confidential");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                assertFalse(publicAddresses.contains(rs.getString(1)), "no confidential address in the public copy");
            }
        }
        assertTrue(admin.getBytes("/admin/directory-export?format=json").headers()
                .firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals(404, new PortalClient(portal).getBytes("/admin/directory-export?format=zip").statusCode());
    }

    private static byte[] zip(String name, String content) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
