package org.familyportal.portal.it;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jsoup.Connection.KeyVal;
import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Report wrong information" reaches the organisation: a visitor reports, the organisation's member
 * is mailed, reads the report (never the reporter's contact) and answers it, the moderator reads the
 * answer beside the contact; a member of another organisation neither sees nor answers it, by page
 * or by crafted request.
 */
@PortalContainerTest
class WrongInformationReportsIT {

    private static final String PASSWORD = "ответ-на-сообщение-2026";
    private static final String DEMO_MEMBER = "member@family-portal.local";

    @ArquillianResource
    URL portal;

    @Test
    void aReportReachesTheMemberWhoAnswersItAndTheModeratorReadsTheAnswer() throws Exception {
        String own = Requests.query("SELECT c.organization_id FROM provider_claim c JOIN user_account a ON a.id = c.user_account_id"
                + " WHERE a.email = ? AND c.status = 'APPROVED' ORDER BY c.id LIMIT 1", DEMO_MEMBER);
        String service = Requests.query("SELECT id FROM service WHERE organization_id = ? AND status = 'active'"
                + " ORDER BY id DESC LIMIT 1", own);
        String serviceName = Requests.query("SELECT name FROM service WHERE id = ?", service);
        String words = "Телефон больше не отвечает " + System.nanoTime();
        String contact = "reporter" + System.nanoTime() + "@example.org";

        String reportId = report(service, words, contact);

        List<MimeMessage> mails = TestMail.to(DEMO_MEMBER, serviceName, Duration.ofSeconds(60));
        assertFalse(mails.isEmpty(), "the member is told");
        String mail = text(mails.get(mails.size() - 1));
        assertTrue(mail.contains("/organisation/reports.xhtml"), mail);
        assertFalse(mail.contains(contact) || mail.contains(words), "the mail carries nothing of the reporter");

        PortalClient member = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(member, DEMO_MEMBER, TestDatabase.DEMO_STAFF_PASSWORD).statusCode());
        String index = member.get("/organisation/index.xhtml").body();
        assertTrue(index.contains("/organisation/reports.xhtml"), index);
        HttpResponse<String> page = member.get("/organisation/reports.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(words), page.body());
        assertFalse(page.body().contains(contact), "members never see the reporter's contact");

        HttpResponse<String> empty = answer(member, page.body(), reportId, reportId, "  ");
        assertEquals(200, empty.statusCode());
        assertTrue(empty.body().contains("Напишите ответ"), empty.body());
        assertNull(Requests.query("SELECT answer FROM listing_report WHERE id = ?", reportId));

        String said = "Исправили телефон в описании " + System.nanoTime();
        HttpResponse<String> answered = answer(member, page.body(), reportId, reportId, said);
        assertEquals(200, answered.statusCode(), answered.body());
        assertTrue(answered.body().contains("Ответ сохранён"), answered.body());
        assertEquals(said, Requests.query("SELECT answer FROM listing_report WHERE id = ?", reportId));
        assertEquals(DEMO_MEMBER, Requests.query("SELECT answered_by FROM listing_report WHERE id = ?", reportId));
        assertNotNull(Requests.query("SELECT answered_at FROM listing_report WHERE id = ?", reportId));
        assertNull(Requests.query("SELECT resolved_at FROM listing_report WHERE id = ?", reportId), "the moderator resolves");

        PortalClient moderator = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(moderator, StaffAccounts.create(PASSWORD, Role.MODERATOR), PASSWORD).statusCode());
        String queue = moderator.get("/moderation/reports.xhtml").body();
        assertTrue(queue.contains(said) && queue.contains(DEMO_MEMBER), queue);
        assertTrue(queue.contains(contact) && queue.contains(words), "moderators keep seeing the report and its contact");
    }

    @Test
    void aMemberOfAnotherOrganisationNeitherSeesNorAnswersItByPageOrCraftedRequest() throws Exception {
        String own = Requests.query("SELECT c.organization_id FROM provider_claim c JOIN user_account a ON a.id = c.user_account_id"
                + " WHERE a.email = ? AND c.status = 'APPROVED' ORDER BY c.id LIMIT 1", DEMO_MEMBER);
        String ourService = Requests.query("SELECT id FROM service WHERE organization_id = ? AND status = 'active'"
                + " ORDER BY id LIMIT 1", own);
        String other = Requests.query("SELECT o.id FROM organization o WHERE o.id <> ? AND EXISTS (SELECT 1 FROM service s"
                + " WHERE s.organization_id = o.id AND s.status = 'active') AND NOT EXISTS (SELECT 1 FROM provider_claim c"
                + " WHERE c.organization_id = o.id) ORDER BY RAND() LIMIT 1", own);
        String theirService = Requests.query("SELECT id FROM service WHERE organization_id = ? AND status = 'active'"
                + " ORDER BY id LIMIT 1", other);
        String email = StaffAccounts.create(PASSWORD, Role.ORG_MEMBER);
        Requests.update("INSERT INTO provider_claim (user_account_id, kind, organization_id, role_statement, verification,"
                + " status, created_at, decided_at, decided_by) SELECT id, 'CLAIM', ?, 'Координатор', 'Звонок в организацию',"
                + " 'APPROVED', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3), 'moderator@example.org' FROM user_account WHERE email = ?",
                other, email);

        String words = "Адрес изменился " + System.nanoTime();
        String ours = report(ourService, words, null);
        String theirs = report(theirService, "Часы работы другие " + System.nanoTime(), null);

        PortalClient stranger = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(stranger, email, PASSWORD).statusCode());
        HttpResponse<String> page = stranger.get("/organisation/reports.xhtml");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains(words) || page.body().contains(ours), "another organisation's report is not shown");
        assertTrue(page.body().contains(theirs), "their own is");

        // Their own answer form, with the other organisation's report put in: refused, nothing stored.
        HttpResponse<String> crafted = answer(stranger, page.body(), theirs, ours, "Чужой ответ");
        assertEquals(404, crafted.statusCode());
        assertNull(Requests.query("SELECT answer FROM listing_report WHERE id = ?", ours));

        assertEquals(404, new PortalClient(portal).get("/organisation/reports.xhtml").statusCode(), "not for the public");
    }

    @Test
    void aRobotFillingTheHoneypotOrAFloodOfReportsOnOneServiceIsKeptOut() throws Exception {
        String service = Requests.query("SELECT s.id FROM service s WHERE s.status = 'active' AND NOT EXISTS (SELECT 1"
                + " FROM provider_claim c WHERE c.organization_id = s.organization_id) AND NOT EXISTS (SELECT 1"
                + " FROM listing_report r WHERE r.service_id = s.id) ORDER BY RAND() LIMIT 1");
        PortalClient robot = new PortalClient(portal);
        String words = "Купите наш товар " + System.nanoTime();
        HttpResponse<String> thanked = robot.submit("/service.xhtml?id=" + service,
                robot.get("/service.xhtml?id=" + service).body(), "report", "send",
                Map.of("message", words, "website", "http://spam.example"));
        assertTrue(thanked.body().contains("Спасибо"), "a robot is thanked as a person is");
        assertEquals("0", Requests.query("SELECT COUNT(*) FROM listing_report WHERE service_id = ?", service));

        for (int i = 0; i < 10; i++) {
            Requests.update("INSERT INTO listing_report (id, service_id, message, reported_at) VALUES (UUID(), ?, ?,"
                    + " UTC_TIMESTAMP(3) - INTERVAL 1 HOUR)", service, "Сообщение " + i);
        }
        PortalClient visitor = new PortalClient(portal);
        String said = "Одиннадцатое за день " + System.nanoTime();
        HttpResponse<String> refused = visitor.submit("/service.xhtml?id=" + service,
                visitor.get("/service.xhtml?id=" + service).body(), "report", "send", Map.of("message", said));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body().contains("Попробуйте завтра") && refused.body().contains(said),
                "explained, and what was typed is kept: " + refused.body());
        assertEquals("10", Requests.query("SELECT COUNT(*) FROM listing_report WHERE service_id = ?", service));
    }

    // --- helpers

    /** A visitor reports wrong information on the service's public page; returns the report's id. */
    private String report(String service, String words, String contact) throws Exception {
        PortalClient visitor = new PortalClient(portal);
        HttpResponse<String> page = visitor.get("/service.xhtml?id=" + service);
        HttpResponse<String> sent = visitor.submit("/service.xhtml?id=" + service, page.body(), "report", "send",
                contact == null ? Map.of("message", words) : Map.of("message", words, "contact", contact));
        assertTrue(sent.body().contains("Спасибо"), sent.body());
        return Requests.query("SELECT id FROM listing_report WHERE service_id = ? ORDER BY reported_at DESC LIMIT 1", service);
    }

    /** Sends the answer form of report {@code formOf} on {@code page}, saying it answers {@code reportId}. */
    private static HttpResponse<String> answer(PortalClient client, String page, String formOf, String reportId, String text) {
        FormElement form = (FormElement) Jsoup.parse(page).select("li#report-" + formOf + " form").first();
        assertNotNull(form, page);
        StringBuilder body = new StringBuilder();
        for (KeyVal kv : form.formData()) {
            String value = kv.key().equals("report") ? reportId : kv.key().endsWith(":text") ? text : kv.value();
            body.append(encode(kv.key())).append('=').append(encode(value)).append('&');
        }
        body.append(encode(form.id() + ":send")).append('=');
        return client.send(HttpRequest.newBuilder(client.resolve("/organisation/reports.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof Multipart parts) {
            return java.util.stream.IntStream.range(0, parts.getCount()).mapToObj(i -> {
                try {
                    return String.valueOf(parts.getBodyPart(i).getContent());
                } catch (Exception e) {
                    return "";
                }
            }).collect(Collectors.joining("\n"));
        }
        return String.valueOf(content);
    }
}
