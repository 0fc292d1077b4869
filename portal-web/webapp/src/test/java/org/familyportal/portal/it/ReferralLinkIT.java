package org.familyportal.portal.it;

import jakarta.mail.internet.MimeMessage;
import org.familyportal.portal.application.request.GuestReferrals;
import org.familyportal.portal.application.request.ReferralLinkToken;
import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A referral to an organisation that has nobody on the portal reaches its public address as a signed,
 * expiring link (issue #12): the link shows only the centre's brief and lets the organisation accept,
 * decline with a reason and complete; a changed link and an expired one show nothing of the referral.
 */
@PortalContainerTest
class ReferralLinkIT {

    @ArquillianResource
    URL portal;

    @Test
    void anOrganisationWithoutMembersAnswersTheReferralByItsSignedLink() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        String specialist = Requests.staffOf(place[1], Role.SPECIALIST, false, false);
        PortalClient family = new PortalClient(portal);
        HttpResponse<String> form = family.get("/ask-for-help.xhtml");
        HttpResponse<String> sent = family.submit("/ask-for-help.xhtml", form.body(), "ask", "send",
                AskForHelpIT.form(place[0], "Нужна помощь с оформлением пособия, Мария Петровна"));
        String number = Requests.find(sent.body(), "id=\"request-number\">([0-9-]+)<");
        String id = Requests.column(number, "id");

        // An organisation of the directory without members, with a public address of its own.
        String organisation = Requests.query("SELECT o.id FROM organization o WHERE o.id NOT IN"
                + " (SELECT organization_id FROM organization_member) AND o.id NOT IN (SELECT resource_centre_organization_id"
                + " FROM municipality WHERE resource_centre_organization_id IS NOT NULL) ORDER BY o.id DESC LIMIT 1 OFFSET 3");
        String address = "referrals-" + UUID.randomUUID().toString().substring(0, 8) + "@partners.it.test";
        Requests.update("UPDATE organization SET email = ? WHERE id = ?", address, organisation);

        PortalClient centre = Requests.signedIn(portal, specialist);
        HttpResponse<String> page = centre.get("/centre/request.xhtml?id=" + id);
        HttpResponse<String> taken = centre.submit("/centre/request.xhtml?id=" + id, page.body(), "work", "takeOn", Map.of());
        HttpResponse<String> referred = centre.submit("/centre/request.xhtml?id=" + id, taken.body(), "work", "refer",
                Map.of("partner_input", organisation, "partner_hinput", organisation, "brief", "Помочь собрать документы на пособие"));
        assertTrue(referred.body().contains("Направление отправлено"), referred.body());

        List<MimeMessage> mails = TestMail.to(address, number, Duration.ofSeconds(30));
        assertEquals(1, mails.size(), "the organisation's public address gets the link");
        String body = TestMail.text(mails.get(0));
        assertTrue(body.contains("/for-organisations.xhtml"), "and the invitation to claim its listing: " + body);
        assertFalse(body.contains("Мария Петровна") || body.contains("Анна Смирнова") || body.contains("345-67-89"),
                "no personal data in the mail: " + body);
        String token = Requests.find(body, "/referral\\.xhtml\\?t=([A-Za-z0-9_.-]+)");
        assertTrue(TestMail.alternatives(mails.get(0)).contains("/referral.xhtml?t=" + token + "\""), "the link is a link");

        PortalClient partner = new PortalClient(portal);
        HttpResponse<String> opened = partner.get("/referral.xhtml?t=" + token);
        assertEquals(200, opened.statusCode());
        assertTrue(opened.body().contains("Помочь собрать документы на пособие") && opened.body().contains(number), opened.body());
        assertFalse(opened.body().contains("Мария Петровна") || opened.body().contains("Анна Смирнова")
                || opened.body().contains("345-67-89"), "only the brief, nothing of the family's contact");
        assertTrue(opened.body().contains("for-organisations.xhtml"), "the way to claim the listing");
        assertTrue(opened.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "the link is a credential");
        assertTrue(Integer.parseInt(Requests.query("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'VIEW'"
                + " AND help_request_id = ?", "link:" + organisation, id)) >= 1, "the look is audited");

        HttpResponse<String> noReason = partner.submit("/referral.xhtml", opened.body(), "referral", "decline", Map.of("answer", ""));
        assertTrue(noReason.body().contains("Укажите причину отказа"), noReason.body());
        HttpResponse<String> accepted = partner.submit("/referral.xhtml", noReason.body(), "referral", "accept",
                Map.of("answer", "Ждём семью в понедельник"));
        assertTrue(accepted.body().contains("Ответ сохранён"), accepted.body());
        assertEquals("ACCEPTED", Requests.query("SELECT status FROM referral WHERE help_request_id = ?", id));
        HttpResponse<String> completed = partner.submit("/referral.xhtml", accepted.body(), "referral", "complete", Map.of("answer", ""));
        assertTrue(completed.body().contains("Ответ сохранён"), completed.body());
        assertEquals("COMPLETED|link:" + organisation, Requests.query("SELECT CONCAT(status, '|', updated_by) FROM referral"
                + " WHERE help_request_id = ?", id));
        assertTrue(centre.get("/centre/request.xhtml?id=" + id).body().contains("Ждём семью в понедельник"),
                "the centre sees the answer (closed loop)");

        // A changed link shows nothing of the referral.
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        HttpResponse<String> changed = new PortalClient(portal).get("/referral.xhtml?t=" + tampered);
        assertEquals(404, changed.statusCode());
        assertTrue(changed.body().contains("Ссылка не работает"), changed.body());
        assertFalse(changed.body().contains("Помочь собрать документы"), "nothing of the referral");
        assertEquals(404, new PortalClient(portal).get("/referral.xhtml?t=x").statusCode());
        assertEquals(404, new PortalClient(portal).get("/referral.xhtml").statusCode());

        // An expired link, signed with the installation's own secret: expired, and nothing shown.
        byte[] key = HexFormat.of().parseHex(Requests.query("SELECT secret FROM instance_secret WHERE name = ?", GuestReferrals.SECRET));
        long referral = Long.parseLong(Requests.query("SELECT id FROM referral WHERE help_request_id = ?", id));
        String expired = new ReferralLinkToken(key).issue(referral, organisation, Instant.now().minusSeconds(60));
        HttpResponse<String> late = new PortalClient(portal).get("/referral.xhtml?t=" + expired + "&lang=en");
        assertEquals(410, late.statusCode());
        assertTrue(late.body().contains("This link has expired"), late.body());
        assertFalse(late.body().contains("Помочь собрать документы"), "nothing of the referral");
        // The same referral signed for another organisation: refused.
        String other = new ReferralLinkToken(key).issue(referral, UUID.randomUUID().toString(), Instant.now().plusSeconds(600));
        assertEquals(404, new PortalClient(portal).get("/referral.xhtml?t=" + other).statusCode());
    }
}
