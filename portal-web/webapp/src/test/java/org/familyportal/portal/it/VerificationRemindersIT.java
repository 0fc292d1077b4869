package org.familyportal.portal.it;

import jakarta.mail.internet.MimeMessage;
import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeping listings current (issue #12): an organisation whose listing was last verified seven months
 * ago is reminded once by mail, the reminder is escalated three weeks later (the clock moved by moving
 * the reminder back), moderators see it as not answering and confirm it "still accurate"; a service
 * verified more than twelve months ago is publicly marked as possibly out of date. The reminder job
 * runs every two seconds here, on its database lease.
 */
@PortalContainerTest
class VerificationRemindersIT {

    @ArquillianResource
    URL portal;

    @Test
    void anOrganisationIsRemindedOnceThenEscalatedAndAModeratorConfirmsItsListing() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String organisation = UUID.randomUUID().toString();
        String service = UUID.randomUUID().toString();
        String name = "АНО «Проверка актуальности " + suffix + "»";
        String address = "listings-" + suffix + "@orgs.it.test";
        Requests.update("INSERT INTO organization (id, name, description, email, demo) VALUES (?, ?, 'Тестовая организация', ?, FALSE)",
                organisation, name, address);
        Requests.update("INSERT INTO service (id, organization_id, name, status, assured_date, last_modified)"
                + " VALUES (?, ?, ?, 'active', UTC_DATE() - INTERVAL 7 MONTH, UTC_TIMESTAMP() - INTERVAL 7 MONTH)",
                service, organisation, "Консультации по семейным вопросам " + suffix);

        List<MimeMessage> reminders = TestMail.to(address, "проверьте карточки", Duration.ofSeconds(60));
        assertEquals(1, reminders.size(), "the organisation (no members yet) is reminded at its public address");
        String body = text(reminders.get(0));
        assertTrue(body.contains("Консультации по семейным вопросам " + suffix), body);
        assertTrue(body.contains("/service.xhtml?id=" + service), "links to the public page: " + body);
        assertTrue(body.contains("/for-organisations.xhtml"), "invites it to claim its listing: " + body);
        String html = TestMail.alternatives(reminders.get(0));
        assertTrue(html.contains("<html lang=\"ru\">") && html.contains("<li") && html.contains("/service.xhtml?id=" + service + "\""),
                "the services are a list with links: " + html);
        assertTrue(html.contains("АНО «Проверка актуальности " + suffix + "»"), html);
        assertEquals("REMINDER|ORGANISATION|1", Requests.query("SELECT CONCAT(kind, '|', addressed_to, '|', recipients)"
                + " FROM verification_reminder WHERE organization_id = ?", organisation));

        Thread.sleep(6000);
        assertEquals(1, TestMail.atLeast(address, "Семейный портал", 2, Duration.ofSeconds(1)).size(),
                "three more turns of the job: still one mail");
        assertEquals("1", Requests.query("SELECT COUNT(*) FROM verification_reminder WHERE organization_id = ?", organisation));

        // Twenty days later: not yet; twenty-two days later: the escalation, once.
        Requests.update("UPDATE verification_reminder SET sent_at = sent_at - INTERVAL 20 DAY WHERE organization_id = ?", organisation);
        Thread.sleep(5000);
        assertEquals(0, TestMail.to(address, "всё ещё не проверены", Duration.ofSeconds(1)).size(), "twenty days: no escalation yet");
        Requests.update("UPDATE verification_reminder SET sent_at = sent_at - INTERVAL 2 DAY WHERE organization_id = ?", organisation);
        List<MimeMessage> escalations = TestMail.to(address, "всё ещё не проверены", Duration.ofSeconds(60));
        assertEquals(1, escalations.size());
        assertTrue(text(escalations.get(0)).contains("Три недели назад"), text(escalations.get(0)));
        assertEquals("ESCALATION", Requests.query("SELECT kind FROM verification_reminder WHERE organization_id = ?"
                + " ORDER BY id DESC LIMIT 1", organisation));
        assertEquals("0", Requests.query("SELECT COUNT(*) FROM verification_reminder r JOIN organization o"
                + " ON o.id = r.organization_id WHERE o.demo"), "invented demo organisations are never written to");

        // The moderators' list: reminded, escalated, not answering; one click confirms it.
        String moderator = StaffAccounts.create(Requests.PASSWORD, Role.MODERATOR);
        PortalClient moderation = Requests.signedIn(portal, moderator);
        HttpResponse<String> list = moderation.get("/moderation/verification.xhtml");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains(name.replace("«", "&laquo;").replace("»", "&raquo;")) || list.body().contains(name), list.body());
        String row = row(list.body(), suffix);
        assertTrue(list.body().contains("Не отвечает"), "escalated without an answer");
        HttpResponse<String> confirmed = moderation.submit("/moderation/verification.xhtml", list.body(), "verification",
                "list:" + row + ":confirm", Map.of());
        assertTrue(confirmed.body().contains("Подтверждено услуг: 1"), confirmed.body());
        assertFalse(confirmed.body().contains(suffix), "confirmed: no longer on the list");
        assertEquals("1", Requests.query("SELECT COUNT(*) FROM service WHERE id = ? AND assured_date = UTC_DATE()", service));
        assertEquals(moderator + "|moderator", Requests.query("SELECT CONCAT(verified_by, '|', verified_as)"
                + " FROM listing_verification WHERE service_id = ?", service), "who confirmed is kept for staff");

        PortalClient anonymous = new PortalClient(portal);
        assertEquals(404, anonymous.get("/moderation/verification.xhtml").statusCode(), "moderators only");
    }

    @Test
    void aServiceVerifiedMoreThanTwelveMonthsAgoSaysItMayBeOutOfDate() throws Exception {
        String service = Requests.query("SELECT s.id FROM service s JOIN organization o ON o.id = s.organization_id"
                + " WHERE s.status = 'active' AND o.demo ORDER BY s.id DESC LIMIT 1");
        String assured = Requests.query("SELECT assured_date FROM service WHERE id = ?", service);
        PortalClient visitor = new PortalClient(portal);
        try {
            assertFalse(visitor.get("/service.xhtml?id=" + service).body().contains("id=\"out-of-date\""),
                    "verified this year: no warning");
            Requests.update("UPDATE service SET assured_date = UTC_DATE() - INTERVAL 13 MONTH WHERE id = ?", service);
            HttpResponse<String> ru = visitor.get("/service.xhtml?id=" + service);
            assertTrue(ru.body().contains("id=\"out-of-date\"") && ru.body().contains("Информация может быть устаревшей"), ru.body());
            HttpResponse<String> en = visitor.get("/service.xhtml?id=" + service + "&lang=en");
            assertTrue(en.body().contains("Information may be out of date"), en.body());
        } finally {
            Requests.update("UPDATE service SET assured_date = ? WHERE id = ?", assured, service);
        }
    }

    /** The data table's row index of the organisation whose name ends in {@code suffix}. */
    private static String row(String html, String suffix) {
        Matcher rows = Pattern.compile("data-ri=\"(\\d+)\"").matcher(html);
        String found = null;
        int at = html.indexOf(suffix);
        assertTrue(at > 0, "listed: " + html);
        while (rows.find() && rows.start() < at) {
            found = rows.group(1);
        }
        assertNotNull(found, html);
        return found;
    }

    private static String text(MimeMessage message) throws Exception {
        return TestMail.text(message);
    }
}
