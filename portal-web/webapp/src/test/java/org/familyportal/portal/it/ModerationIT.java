package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Moderators change a listing's content only through a draft (the public keeps the published
 * version until the draft is approved), and verify and retire services on their own pages; every
 * change lands in the change log with who did it.
 */
@PortalContainerTest
class ModerationIT {

    private static final String PASSWORD = "модератор-пароль-2026";

    @ArquillianResource
    URL portal;

    @Test
    void aModeratorsEditIsADraftThePublicSeesOnlyOnceApprovedThenTheyVerifyAndRetire() throws Exception {
        String moderatorEmail = StaffAccounts.create(PASSWORD, Role.MODERATOR);
        PortalClient moderator = signedIn(moderatorEmail);
        String[] service = anyDemoService();
        String id = service[0];
        String org = service[2];

        HttpResponse<String> list = moderator.get("/moderation/services.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("Бесплатная юридическая консультация"), "the demo services are listed, by name");
        assertTrue(list.body().contains("/moderation/listing.xhtml?org="), "a service's name leads to its organisation's draft editor");
        assertFalse(list.body().contains("href=\"/moderation/service.xhtml\""), "no editor of a new service outside drafts");

        HttpResponse<String> page = moderator.get("/moderation/service.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(service[1]));
        assertTrue(page.body().contains("/moderation/listing.xhtml?org=" + org), "the page leads to the draft editor");
        assertFalse(page.body().contains("name=\"service:name\""), "no direct edit form");

        // The old direct edit, crafted: nothing is published.
        moderator.submit("/moderation/service.xhtml?id=" + id, page.body(), "service", "save",
                Map.of("name", "Правка в обход черновика", "status_input", "ACTIVE"));
        assertEquals(service[1], column(id, "name"), "no save bypasses the drafts");

        String edited = "Психолог для подростков <b>и</b> родителей";
        HttpResponse<String> editor = moderator.get("/moderation/listing.xhtml?org=" + org);
        String at = "services:" + indexOf(editor.body(), service[1]) + ":";
        HttpResponse<String> sent = DraftModerationIT.press(moderator, "/moderation/listing.xhtml?org=" + org, editor.body(), "save",
                Map.of(at + "name", List.of(edited), at + "minimumAge", List.of("12"), at + "maximumAge", List.of("18")));
        assertEquals(302, sent.statusCode(), sent.body());
        HttpResponse<String> review = moderator.follow(sent);
        assertTrue(review.body().contains("Черновик отправлен на проверку модератору."), review.body());
        assertEquals(service[1], column(id, "name"), "the public keeps the published listing");
        assertFalse(new PortalClient(portal).get("/api/hsds/services/" + id).body().contains("подростков"));

        HttpResponse<String> approved = DraftModerationIT.press(moderator, path(review), review.body(), "approve", Map.of());
        assertTrue(approved.body().contains("Изменения опубликованы."), approved.body());
        assertEquals(edited, column(id, "name"));
        assertEquals("12", column(id, "minimum_age").replaceAll("\\.0+$", ""));
        assertTrue(changeLogged(id, "name", service[1], edited, moderatorEmail));
        assertTrue(changeLogged(id, "minimumAge", null, "12", moderatorEmail));

        HttpResponse<String> details = moderator.get("/moderation/service.xhtml?id=" + id);
        assertTrue(details.body().contains("Психолог для подростков &lt;b&gt;и&lt;/b&gt; родителей"), "the name is shown escaped");
        assertFalse(details.body().contains("<b>и</b>"));
        HttpResponse<String> verified = moderator.submit("/moderation/service.xhtml?id=" + id, details.body(), "service",
                "verify", Map.of());
        assertTrue(verified.body().contains("Отмечено: данные проверены сегодня"), verified.body());
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), column(id, "assured_date"));

        HttpResponse<String> retired = moderator.submit("/moderation/service.xhtml?id=" + id, verified.body(), "service",
                "retire", Map.of());
        assertTrue(retired.body().contains("Услуга снята с публикации"), retired.body());
        assertEquals("inactive", column(id, "status"));
        assertTrue(moderator.get("/api/hsds/services/" + id).body().contains("\"status\":\"inactive\""));
        assertTrue(retired.body().contains("История изменений") && retired.body().contains(moderatorEmail));
    }

    @Test
    void badInputIsExplainedAndKept() throws Exception {
        PortalClient moderator = signedIn(StaffAccounts.create(PASSWORD, Role.MODERATOR));
        String[] service = anyDemoService();
        String org = service[2];
        HttpResponse<String> page = moderator.get("/moderation/listing.xhtml?org=" + org);
        String at = "services:" + indexOf(page.body(), service[1]) + ":";

        HttpResponse<String> answer = DraftModerationIT.press(moderator, "/moderation/listing.xhtml?org=" + org, page.body(), "save",
                Map.of(at + "name", List.of("Новое название"), at + "url", List.of("family-portal.example"),
                        at + "minimumAge", List.of("20"), at + "maximumAge", List.of("10")));
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("Адрес должен начинаться с http:// или https://"), answer.body());
        assertTrue(answer.body().contains("Возраст «от» не может быть больше возраста «до»."), answer.body());
        assertTrue(answer.body().contains("value=\"Новое название\""), "what was typed is kept");
        assertEquals(service[1], column(service[0], "name"), "nothing was published");
        assertEquals("0", Requests.query("SELECT COUNT(*) FROM listing_draft WHERE organization_id = ?", org), "nor a draft saved");

        HttpResponse<String> ages = DraftModerationIT.press(moderator, "/moderation/listing.xhtml?org=" + org, answer.body(), "save",
                Map.of(at + "name", List.of("Новое название"), at + "url", List.of("https://family-portal.example"),
                        at + "minimumAge", List.of("20"), at + "maximumAge", List.of("10")));
        assertTrue(ages.body().contains("Возраст «от» не может быть больше возраста «до»."), ages.body());
        assertFalse(ages.body().contains("Адрес должен начинаться с http:// или https://"), "the corrected field is accepted");
        assertEquals(service[1], column(service[0], "name"), "still nothing published");
    }

    @Test
    void aModeratorsChangeToAnOrganisationIsADraftAndTheyRetireItsServices() throws Exception {
        String moderatorEmail = StaffAccounts.create(PASSWORD, Role.MODERATOR);
        PortalClient moderator = signedIn(moderatorEmail);
        HttpResponse<String> list = moderator.get("/moderation/organizations.xhtml");
        assertTrue(list.body().contains("демо"), "demo data is marked");
        assertTrue(list.body().contains("/moderation/listing.xhtml?org="), "an organisation's name leads to its draft editor");
        String[] service = anyDemoService();
        String organization = service[2];

        HttpResponse<String> page = moderator.get("/moderation/organization.xhtml?id=" + organization);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/moderation/listing.xhtml?org=" + organization));
        assertFalse(page.body().contains("name=\"organization:name\""), "no direct edit form");
        moderator.submit("/moderation/organization.xhtml?id=" + organization, page.body(), "organization", "save",
                Map.of("website", "https://family-portal.example/bypass"));
        assertFalse("https://family-portal.example/bypass".equals(organizationWebsite(organization)), "no save bypasses the drafts");

        HttpResponse<String> editor = moderator.get("/moderation/listing.xhtml?org=" + organization);
        HttpResponse<String> review = moderator.follow(DraftModerationIT.press(moderator, "/moderation/listing.xhtml?org=" + organization,
                editor.body(), "save", Map.of("organisation_website", List.of("https://family-portal.example/org"))));
        assertTrue(review.body().contains("Черновик отправлен на проверку модератору."), review.body());
        assertFalse("https://family-portal.example/org".equals(organizationWebsite(organization)), "not public before approval");
        HttpResponse<String> approved = DraftModerationIT.press(moderator, path(review), review.body(), "approve", Map.of());
        assertTrue(approved.body().contains("Изменения опубликованы."), approved.body());
        assertEquals("https://family-portal.example/org", organizationWebsite(organization));
        assertTrue(changeLoggedFrom(organization, "website", "https://family-portal.example/org", moderatorEmail));

        HttpResponse<String> again = moderator.get("/moderation/organization.xhtml?id=" + organization);
        assertTrue(again.body().contains("https://family-portal.example/org") && again.body().contains(moderatorEmail),
                "the organisation's page shows the published change and who made it");
        HttpResponse<String> retired = moderator.submit("/moderation/organization.xhtml?id=" + organization, again.body(),
                "organization", "retire", Map.of());
        assertTrue(retired.body().contains("Снято с публикации услуг:"), retired.body());
        assertEquals("inactive", column(service[0], "status"));
    }

    @Test
    void onlyModeratorsAndAdministratorsSeeModeration() throws Exception {
        String[] service = anyDemoService();
        assertEquals(404, new PortalClient(portal).get("/moderation/services.xhtml").statusCode());
        PortalClient operator = signedIn(StaffAccounts.create(PASSWORD, Role.OPERATOR));
        assertEquals(404, operator.get("/moderation/services.xhtml").statusCode());
        assertEquals(404, operator.get("/moderation/service.xhtml?id=" + service[0]).statusCode());
        assertEquals(404, operator.get("/moderation/organization.xhtml?id=" + service[2]).statusCode());
        assertEquals(404, operator.get("/moderation/listing.xhtml?org=" + service[2]).statusCode());

        PortalClient moderator = signedIn(StaffAccounts.create(PASSWORD, Role.MODERATOR));
        assertEquals(404, moderator.get("/moderation/service.xhtml").statusCode(), "no service page without a service");
        assertEquals(404, moderator.get("/moderation/organization.xhtml?id=no-such-organisation").statusCode());
    }

    private PortalClient signedIn(String email) {
        PortalClient client = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(client, email, PASSWORD).statusCode());
        return client;
    }

    /** Where an answer came from, relative to the portal (for posting back to it). */
    private String path(HttpResponse<String> answer) throws Exception {
        return "/" + portal.toURI().relativize(answer.uri());
    }

    /** The row of the draft editor whose service is named {@code name}. */
    static int indexOf(String editor, String name) {
        for (Element input : Jsoup.parse(editor).select("input[name~=^listing:services:\\d+:name$]")) {
            if (input.val().equals(name)) {
                return Integer.parseInt(input.attr("name").replaceAll("\\D+", " ").trim().split(" ")[0]);
            }
        }
        throw new AssertionError("no service " + name + " in the editor: " + editor);
    }

    /**
     * id, name, organisation id, organisation name of an active demo service without an age range,
     * of an organisation with no draft (so that parallel tests do not meet) and a complete address.
     */
    private static synchronized String[] anyDemoService() throws Exception {
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT s.id, s.name, o.id, o.name FROM service s JOIN organization o ON o.id = s.organization_id"
                        + " WHERE s.status = 'active' AND s.minimum_age IS NULL AND s.name = 'Консультация семейного психолога'"
                        + " AND NOT EXISTS (SELECT 1 FROM metadata m WHERE m.resource_id = s.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM listing_draft d WHERE d.organization_id = o.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM location l WHERE l.organization_id = o.id AND l.municipality_code IS NULL)"
                        + " AND (SELECT COUNT(*) FROM service t WHERE t.organization_id = o.id AND t.name = s.name) = 1"
                        + " ORDER BY RAND() LIMIT 1"); ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
            String[] found = {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)};
            return found;
        }
    }

    private static String column(String id, String column) throws Exception {
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT `" + column + "` FROM service WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String organizationWebsite(String id) throws Exception {
        return Requests.query("SELECT COALESCE(website, '') FROM organization WHERE id = ?", id);
    }

    private static boolean changeLogged(String id, String field, String before, String after, String by) throws Exception {
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT previous_value, replacement_value, updated_by, changed_by FROM metadata WHERE resource_id = ? AND field_name = ?")) {
            q.setString(1, id);
            q.setString(2, field);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    // Published: the role; kept for staff: the account.
                    if (rs.getString(1).equals(before == null ? "" : before) && rs.getString(2).equals(after)
                            && rs.getString(3).equals("moderator") && by.equals(rs.getString(4))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean changeLoggedFrom(String id, String field, String after, String by) throws Exception {
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM metadata WHERE resource_id = ? AND field_name = ? AND replacement_value = ?"
                        + " AND updated_by = 'moderator' AND changed_by = ?")) {
            q.setString(1, id);
            q.setString(2, field);
            q.setString(3, after);
            q.setString(4, by);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }
}
