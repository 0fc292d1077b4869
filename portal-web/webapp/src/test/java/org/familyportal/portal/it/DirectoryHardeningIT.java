package org.familyportal.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.familyportal.portal.domain.account.Role;
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
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The directory holds up (issue #9): "near me" far from the regions, opening hours that are not
 * given, concurrent edits by moderators and imports, no staff address in public data, audited exports.
 */
@PortalContainerTest
class DirectoryHardeningIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "каталог-пароль-2026";
    private static final Pattern JOB = Pattern.compile("job=([0-9a-f-]{36})");
    private static final String DRAFT_CHANGED_MEANWHILE = "Пока вы правили, черновик изменил или рассмотрел кто-то другой";
    private static final String PUBLISHED_CHANGED_MEANWHILE = "Пока черновик ждал, опубликованные сведения изменились";

    @ArquillianResource
    URL portal;

    @Test
    void nearMeFarOutsideTheRegionsNamesNoTownAndOffersHelpFromAnywhere() throws Exception {
        // Moscow: some 800 km from the nearest settlement of the Samara region.
        HttpResponse<String> answer = new PortalClient(portal).get("/api/search?lat=55.7558&lon=37.6173");
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode body = JSON.readTree(answer.body());
        assertTrue(body.get("outside_regions").asBoolean());
        assertTrue(body.get("notice").asText().contains("за пределами регионов"), answer.body());
        assertNull(body.get("place"), "no town thousands of km away");
        assertTrue(body.get("total").asInt() > 0, "not 0 results");
        for (JsonNode hit : body.get("results")) {
            assertTrue(hit.get("everywhere").asBoolean(), "only help available from anywhere: " + hit);
        }
        HttpResponse<String> english = new PortalClient(portal).getWith("/api/search?lat=55.7558&lon=37.6173",
                "Accept-Language", "en");
        assertTrue(english.body().contains("outside the regions the portal covers"), english.body());

        HttpResponse<String> page = new PortalClient(portal).get("/find-help.xhtml?lat=55.7558&lon=37.6173");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"outside-regions\""), page.body());
        String count = page.body().substring(page.body().indexOf("id=\"result-count\""));
        assertFalse(count.substring(0, count.indexOf("</p>")).contains("Рядом с"), "no wrong town named");
        assertTrue(page.body().contains("class=\"result\""));

        JsonNode irkutsk = JSON.readTree(new PortalClient(portal).get("/api/search?lat=52.29&lon=104.30").body());
        assertEquals("38-irkutsk", irkutsk.get("place").get("municipality").asText());
        assertNull(irkutsk.get("outside_regions"));
    }

    @Test
    void hoursNotGivenAreNeitherOpenNorClosedAndHelplinesSayRoundTheClock() throws Exception {
        String[] service = anyDemoService();
        try (Connection c = TestDatabase.get().connect(); PreparedStatement d = c.prepareStatement(
                "DELETE FROM schedule WHERE service_id = ?")) {
            d.setString(1, service[0]);
            d.executeUpdate();
        }
        // A moderator's verification brings the index up to date with the database.
        PortalClient moderator = moderator();
        HttpResponse<String> edit = moderator.get("/moderation/service.xhtml?id=" + service[0]);
        moderator.submit("/moderation/service.xhtml?id=" + service[0], edit.body(), "service", "verify", Map.of());

        HttpResponse<String> page = new PortalClient(portal).get("/service.xhtml?id=" + service[0]);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Часы работы не указаны"), "unknown is unknown");
        assertFalse(page.body().contains("Сейчас закрыто"));

        JsonNode found = JSON.readTree(new PortalClient(portal).get("/api/search?q="
                + java.net.URLEncoder.encode(service[1], StandardCharsets.UTF_8) + "&municipality=" + service[4]).body());
        boolean seen = false;
        for (JsonNode hit : found.get("results")) {
            if (hit.get("id").asText().equals(service[0])) {
                seen = true;
                assertEquals("not_given", hit.get("opening").asText());
                assertTrue(hit.get("open_now").isNull(), hit.toString());
            }
        }
        assertTrue(seen, found.toString());

        JsonNode helplines = JSON.readTree(new PortalClient(portal).get("/api/search?format=phone").body());
        assertTrue(helplines.get("total").asInt() > 0);
        boolean roundTheClock = false;
        for (JsonNode hit : helplines.get("results")) {
            if (hit.get("opening").asText().equals("round_the_clock")) {
                roundTheClock = true;
                assertTrue(hit.get("open_now").asBoolean(), hit.toString());
            }
        }
        assertTrue(roundTheClock, helplines.toString());
        assertTrue(new PortalClient(portal).get("/find-help.xhtml?format=phone").body().contains("Работает круглосуточно"));
    }

    @Test
    void twoModeratorsEditingTheSameServiceDoNotOverwriteEachOther() throws Exception {
        String[] service = anyDemoService();
        String editor = "/moderation/listing.xhtml?org=" + service[2];
        PortalClient first = moderator();
        PortalClient second = moderator();
        HttpResponse<String> firstPage = first.get(editor);
        HttpResponse<String> secondPage = second.get(editor);
        String at = "services:" + ModerationIT.indexOf(firstPage.body(), service[1]) + ":name";

        HttpResponse<String> saved = DraftModerationIT.press(first, editor, firstPage.body(), "save",
                Map.of(at, List.of("Семейный психолог (правка первого)")));
        assertEquals(302, saved.statusCode(), saved.body());

        HttpResponse<String> refused = DraftModerationIT.press(second, editor, secondPage.body(), "save",
                Map.of(at, List.of("Семейный психолог (правка второго)")));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains(DRAFT_CHANGED_MEANWHILE), refused.body());
        assertTrue(refused.body().contains("value=\"Семейный психолог (правка второго)\""), "what was typed stays");
        assertTrue(draftSnapshot(service[2]).contains("Семейный психолог (правка первого)"), "the first change is not lost");
        assertEquals(service[1], name(service[0]), "and nothing is public before approval");

        // Opened again, the second moderator sees the first one's draft, edits it and approves it.
        HttpResponse<String> again = second.get(editor);
        assertTrue(again.body().contains("value=\"Семейный психолог (правка первого)\""), again.body());
        HttpResponse<String> review = second.follow(DraftModerationIT.press(second, editor, again.body(), "save",
                Map.of(at, List.of("Семейный психолог (правка второго)"))));
        HttpResponse<String> approved = DraftModerationIT.press(second, path(review), review.body(), "approve", Map.of());
        assertTrue(approved.body().contains("Изменения опубликованы."), approved.body());
        assertEquals("Семейный психолог (правка второго)", name(service[0]));
    }

    @Test
    void anImportWhileADraftWaitsIsNotSilentlyUndone() throws Exception {
        String[] service = anyDemoService();
        String editor = "/moderation/listing.xhtml?org=" + service[2];
        PortalClient moderator = moderator();
        HttpResponse<String> page = moderator.get(editor);
        String at = "services:" + ModerationIT.indexOf(page.body(), service[1]) + ":name";
        HttpResponse<String> review = moderator.follow(DraftModerationIT.press(moderator, editor, page.body(), "save",
                Map.of(at, List.of("Семейный психолог (правка модератора)"))));
        assertTrue(review.body().contains("Черновик отправлен на проверку модератору."), review.body());

        PortalClient admin = new PortalClient(portal);
        SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
        HttpResponse<String> exchange = admin.get("/admin/directory.xhtml");
        HttpResponse<String> started = admin.upload("/admin/directory.xhtml", exchange.body(), "exchange", "upload",
                "file", "directory.zip", zip("services.csv", "id,organization_id,name,status\n"
                        + service[0] + "," + service[2] + ",Семейный психолог (из импорта),active\n"));
        Matcher job = JOB.matcher(started.body());
        assertTrue(job.find(), started.body());
        String report = "";
        for (int i = 0; i < 60 && !report.contains("import-summary"); i++) {
            Thread.sleep(300);
            report = admin.get("/admin/directory.xhtml?job=" + job.group(1)).body();
        }
        assertEquals("Семейный психолог (из импорта)", name(service[0]));

        HttpResponse<String> refused = DraftModerationIT.press(moderator, path(review), review.body(), "approve", Map.of());
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains(PUBLISHED_CHANGED_MEANWHILE), refused.body());
        assertEquals("Семейный психолог (из импорта)", name(service[0]), "the import is not undone");
        assertTrue(refused.body().contains("Семейный психолог (из импорта)"), "the review now shows what the draft would replace");

        // Having seen it, the moderator decides: approving again publishes the draft as shown.
        HttpResponse<String> approved = DraftModerationIT.press(moderator, path(review), refused.body(), "approve", Map.of());
        assertTrue(approved.body().contains("Изменения опубликованы."), approved.body());
        assertEquals("Семейный психолог (правка модератора)", name(service[0]));
    }

    @Test
    void thePublicChangeLogNamesARoleNeverAStaffAddress() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.MODERATOR);
        PortalClient moderator = new PortalClient(portal);
        SignInIT.signIn(moderator, email, PASSWORD);
        String[] service = anyDemoService();
        String editor = "/moderation/listing.xhtml?org=" + service[2];
        HttpResponse<String> page = moderator.get(editor);
        String at = "services:" + ModerationIT.indexOf(page.body(), service[1]) + ":name";
        HttpResponse<String> review = moderator.follow(DraftModerationIT.press(moderator, editor, page.body(), "save",
                Map.of(at, List.of("Семейный психолог (для журнала)"))));
        assertTrue(DraftModerationIT.press(moderator, path(review), review.body(), "approve", Map.of()).body()
                .contains("Изменения опубликованы."));
        HttpResponse<String> details = moderator.get("/moderation/service.xhtml?id=" + service[0]);
        moderator.submit("/moderation/service.xhtml?id=" + service[0], details.body(), "service", "verify", Map.of());

        String api = new PortalClient(portal).get("/api/hsds/services/" + service[0]).body();
        assertTrue(api.contains("\"updated_by\":\"moderator\""), api);
        assertFalse(api.contains(email), "the moderator's address is not published");
        assertFalse(api.contains("changed_by"));

        PortalClient admin = new PortalClient(portal);
        SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
        String published = unzip(admin.getBytes("/admin/directory-export?format=zip&audience=public").body());
        assertTrue(published.contains("Семейный психолог (для журнала)"));
        assertFalse(published.contains(email), "nor in the public export");

        assertTrue(moderator.get("/moderation/service.xhtml?id=" + service[0]).body().contains(email),
                "staff still see who it was");
    }

    @Test
    void everyDirectoryExportIsAudited() throws Exception {
        PortalClient admin = new PortalClient(portal);
        SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
        long before = exports("%full%");
        assertEquals(200, admin.getBytes("/admin/directory-export?format=zip").statusCode());
        assertEquals(200, admin.getBytes("/admin/directory-export?format=json").statusCode());
        assertEquals(before + 2, exports("%full%"), "who, when, what: each full export");
        long publicBefore = exports("%public%");
        admin.getBytes("/admin/directory-export?format=zip&audience=public");
        assertEquals(publicBefore + 1, exports("%public%"));
    }

    private static long exports(String detail) throws Exception {
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND actor = ? AND detail LIKE ?"
                        + " AND detail LIKE 'directory export%' AND occurred_at IS NOT NULL")) {
            q.setString(1, TestDatabase.ADMIN_EMAIL);
            q.setString(2, detail);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private PortalClient moderator() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.MODERATOR);
        PortalClient moderator = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(moderator, email, PASSWORD).statusCode());
        return moderator;
    }

    /** Where an answer came from, relative to the portal (for posting back to it). */
    private String path(HttpResponse<String> answer) throws Exception {
        return "/" + portal.toURI().relativize(answer.uri());
    }

    private static String draftSnapshot(String org) throws Exception {
        return Requests.query("SELECT snapshot FROM listing_draft WHERE organization_id = ? ORDER BY created_at DESC LIMIT 1", org);
    }

    /**
     * id, name, organisation id, organisation name, municipality of an untouched active demo office
     * service, of an organisation with no draft and complete addresses (so its listing can be approved).
     */
    private static synchronized String[] anyDemoService() throws Exception {
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT s.id, s.name, o.id, o.name, MIN(l.municipality_code) FROM service s"
                        + " JOIN organization o ON o.id = s.organization_id"
                        + " JOIN service_at_location sal ON sal.service_id = s.id JOIN location l ON l.id = sal.location_id"
                        + " WHERE s.status = 'active' AND s.minimum_age IS NULL AND s.name = 'Консультация семейного психолога'"
                        + " AND l.confidential = FALSE AND l.municipality_code IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM metadata m WHERE m.resource_id = s.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM listing_draft d WHERE d.organization_id = o.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM location x WHERE x.organization_id = o.id AND x.municipality_code IS NULL)"
                        + " AND (SELECT COUNT(*) FROM service t WHERE t.organization_id = o.id AND t.name = s.name) = 1"
                        + " GROUP BY s.id, s.name, o.id, o.name ORDER BY RAND() LIMIT 1"); ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
            return new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)};
        }
    }

    private static String name(String id) throws Exception {
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT name FROM service WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static byte[] zip(String name, String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static String unzip(byte[] zip) throws Exception {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        return all.toString();
    }
}
