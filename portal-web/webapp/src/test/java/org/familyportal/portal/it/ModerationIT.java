package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Moderators edit, verify and retire services; every change lands in the change log with who did it. */
@PortalContainerTest
class ModerationIT {

    private static final String PASSWORD = "модератор-пароль-2026";

    @ArquillianResource
    URL portal;

    @Test
    void aModeratorEditsVerifiesAndRetiresAService() throws Exception {
        String moderatorEmail = StaffAccounts.create(PASSWORD, Role.MODERATOR);
        PortalClient moderator = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(moderator, moderatorEmail, PASSWORD).statusCode());

        HttpResponse<String> list = moderator.get("/moderation/services.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("Бесплатная юридическая консультация"), "the demo services are listed, by name");

        String[] service = anyDemoService();
        String id = service[0];
        HttpResponse<String> page = moderator.get("/moderation/service.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(service[1]));

        Map<String, String> form = editForm(service, "Психолог для подростков и родителей", "12", "18");
        HttpResponse<String> saved = moderator.submit("/moderation/service.xhtml?id=" + id, page.body(), "service", "save", form);
        assertEquals(200, saved.statusCode());
        assertTrue(saved.body().contains("Услуга сохранена"), saved.body());
        assertEquals("Психолог для подростков и родителей", column(id, "name"));
        assertTrue(changeLogged(id, "name", service[1], "Психолог для подростков и родителей", moderatorEmail));
        assertTrue(changeLogged(id, "minimum_age", null, "12", moderatorEmail));

        HttpResponse<String> verified = moderator.submit("/moderation/service.xhtml?id=" + id, saved.body(), "service",
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
        String moderatorEmail = StaffAccounts.create(PASSWORD, Role.MODERATOR);
        PortalClient moderator = new PortalClient(portal);
        SignInIT.signIn(moderator, moderatorEmail, PASSWORD);
        String[] service = anyDemoService();
        HttpResponse<String> page = moderator.get("/moderation/service.xhtml?id=" + service[0]);

        Map<String, String> form = editForm(service, "Новое название", "20", "10");
        form.put("url", "family-portal.example");
        HttpResponse<String> answer = moderator.submit("/moderation/service.xhtml?id=" + service[0], page.body(),
                "service", "save", form);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("Адрес сайта должен начинаться с http:// или https://"), answer.body());
        assertTrue(answer.body().contains("value=\"Новое название\""), "what was typed is kept");
        assertEquals(service[1], column(service[0], "name"), "nothing was saved");

        form.put("url", "https://family-portal.example");
        HttpResponse<String> ages = moderator.submit("/moderation/service.xhtml?id=" + service[0], answer.body(),
                "service", "save", form);
        assertTrue(ages.body().contains("Возраст «от» не может быть больше возраста «до»"), ages.body());
        assertEquals(service[1], column(service[0], "name"), "still nothing saved");
    }

    @Test
    void aModeratorEditsAnOrganisationAndRetiresItsServices() throws Exception {
        String moderatorEmail = StaffAccounts.create(PASSWORD, Role.MODERATOR);
        PortalClient moderator = new PortalClient(portal);
        SignInIT.signIn(moderator, moderatorEmail, PASSWORD);
        assertTrue(moderator.get("/moderation/organizations.xhtml").body().contains("демо"), "demo data is marked");
        String[] service = anyDemoService();
        String organization = service[2];
        HttpResponse<String> page = moderator.get("/moderation/organization.xhtml?id=" + organization);
        assertEquals(200, page.statusCode());
        HttpResponse<String> saved = moderator.submit("/moderation/organization.xhtml?id=" + organization, page.body(),
                "organization", "save", Map.of("name", service[3] + " (обновлено)", "description", "Новое описание",
                        "website", "https://family-portal.example/org"));
        assertTrue(saved.body().contains("Организация сохранена"), saved.body());
        assertTrue(changeLogged(organization, "website", null, "https://family-portal.example/org", moderatorEmail));

        HttpResponse<String> retired = moderator.submit("/moderation/organization.xhtml?id=" + organization, saved.body(),
                "organization", "retire", Map.of());
        assertTrue(retired.body().contains("Снято с публикации услуг:"), retired.body());
        assertEquals("inactive", column(service[0], "status"));
    }

    @Test
    void onlyModeratorsAndAdministratorsSeeModeration() throws Exception {
        assertEquals(404, new PortalClient(portal).get("/moderation/services.xhtml").statusCode());
        String operatorEmail = StaffAccounts.create(PASSWORD, Role.OPERATOR);
        PortalClient operator = new PortalClient(portal);
        SignInIT.signIn(operator, operatorEmail, PASSWORD);
        assertEquals(404, operator.get("/moderation/services.xhtml").statusCode());
        assertEquals(404, operator.get("/moderation/service.xhtml?id=" + anyDemoService()[0]).statusCode());
    }

    private static Map<String, String> editForm(String[] service, String name, String minAge, String maxAge) {
        Map<String, String> form = new HashMap<>();
        form.put("provider_input", service[3]);
        form.put("provider_hinput", service[2]);
        form.put("name", name);
        form.put("description", "Описание услуги");
        form.put("status_input", "ACTIVE");
        form.put("minimumAge", minAge);
        form.put("maximumAge", maxAge);
        return form;
    }

    /** id, name, organisation id, organisation name of an active demo service without an age range. */
    private static String[] anyDemoService() throws Exception {
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT s.id, s.name, o.id, o.name FROM service s JOIN organization o ON o.id = s.organization_id"
                        + " WHERE s.status = 'active' AND s.minimum_age IS NULL AND s.name = 'Консультация семейного психолога'"
                        + " AND NOT EXISTS (SELECT 1 FROM metadata m WHERE m.resource_id = s.id)"
                        + " ORDER BY RAND() LIMIT 1"); ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
            return new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)};
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
}
