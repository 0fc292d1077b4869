package org.familyportal.portal.it;

import jakarta.mail.internet.MimeMessage;
import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.familyportal.portal.it.SignInIT.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The organisations' door end to end: a representative signs up, confirms the e-mail by the mailed
 * link, finds the organisation and claims it; a moderator sees the claim with the e-mail/site evidence
 * and approves it; the member sees the organisation. A rejection reaches the person with its reason,
 * in their language. Links that are tampered with, expired or used confirm nothing; a sign-up with a
 * registered address answers the same and mails the owner; a member reaches only their own
 * organisations, by page or by crafted request.
 */
@PortalContainerTest
class ProvidersIT {

    private static final String PASSWORD = "пароль-представителя-2026";
    private static final Pattern CONFIRM_LINK = Pattern.compile("for-organisations/confirm\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern RECEIPT = Pattern.compile("<p class=\"receipt\" id=\"signup-sent\">([^<]+)</p>");

    @ArquillianResource
    URL portal;

    @Test
    void aRepresentativeSignsUpConfirmsClaimsAndIsApprovedByAModerator() throws Exception {
        String domain = "fond-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
        String email = "anna@" + domain;
        String organisation = unclaimedOrganisation(0);
        Requests.update("UPDATE organization SET website = ? WHERE id = ?", "https://www." + domain + "/about", organisation);
        String name = Requests.query("SELECT name FROM organization WHERE id = ?", organisation);

        PortalClient anna = new PortalClient(portal);
        HttpResponse<String> sent = signUp(anna, "Анна Петрова", email);
        assertTrue(sent.body().contains("id=\"signup-sent\""), sent.body());
        assertEquals(200, signIn(new PortalClient(portal), email, PASSWORD).statusCode(), "no sign-in before the e-mail is confirmed");
        assertTrue(Requests.query("SELECT phone_sealed FROM provider_representative r JOIN user_account a"
                + " ON a.id = r.user_account_id WHERE a.email = ?", email).startsWith("v2:"), "the phone is encrypted");

        MimeMessage mail = TestMail.to(email, "Подтвердите адрес", Duration.ofSeconds(20)).get(0);
        String text = TestMail.text(mail);
        Matcher link = CONFIRM_LINK.matcher(text);
        assertTrue(link.find(), text);
        String html = TestMail.alternatives(mail);
        assertTrue(html.contains("<html lang=\"ru\">"), html);
        assertTrue(html.contains("<a href=\"") && html.contains(link.group() + "\""), "the link is a link: " + html);
        assertFalse(html.contains("<img") || html.contains("<script"), "nothing remote, nothing run: " + html);
        String confirmPath = "/for-organisations/confirm.xhtml?token=" + link.group(1);
        HttpResponse<String> page = anna.get(confirmPath);
        assertTrue(page.body().contains("id=\"confirm:confirmButton\""), "a button confirms, not the link alone");
        assertEquals("0", Requests.query("SELECT enabled FROM user_account WHERE email = ?", email), "a mail scanner confirms nothing");
        HttpResponse<String> confirmed = anna.submit(confirmPath, page.body(), "confirm", "confirmButton", Map.of());
        assertTrue(confirmed.body().contains("id=\"confirm-done\""), confirmed.body());
        assertTrue(new PortalClient(portal).get(confirmPath).body().contains("id=\"confirm-invalid\""), "the link works once");

        assertEquals(302, signIn(anna, email, PASSWORD).statusCode());
        HttpResponse<String> mine = anna.get("/organisation/index.xhtml");
        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains("id=\"no-organisations\""));

        String claimId = claim(anna, name, organisation, "Директор по программам", "Позвоните в приёмную: +7 3952 00-00-00");
        HttpResponse<String> waiting = anna.get("/organisation/index.xhtml");
        assertTrue(waiting.body().contains("id=\"claim-" + claimId + "\"") && waiting.body().contains("Ждёт решения"), waiting.body());
        assertEquals(404, anna.get("/organisation/members.xhtml?org=" + organisation).statusCode(),
                "a claim still waiting gives no access to the organisation");

        String moderatorEmail = StaffAccounts.create(PASSWORD, Role.MODERATOR);
        PortalClient moderator = new PortalClient(portal);
        assertEquals(302, signIn(moderator, moderatorEmail, PASSWORD).statusCode());
        HttpResponse<String> queue = moderator.get("/moderation/memberships.xhtml");
        assertEquals(200, queue.statusCode());
        String section = section(queue.body(), claimId);
        assertTrue(section.contains("Анна Петрова") && section.contains(email) && section.contains("+7 3952 123-45-67"), section);
        assertTrue(section.contains("class=\"evidence-match\"") && section.contains(domain), "the e-mail's domain is the site's: " + section);
        assertEquals(moderatorEmail, AccountLifecycleIT.auditActor("membership claims waiting, "
                + Requests.query("SELECT COUNT(*) FROM provider_claim WHERE status = 'PENDING'") + " shown"), "looking is audited");

        HttpResponse<String> approved = moderator.submit("/moderation/memberships.xhtml", queue.body(), "queue",
                "list:" + index(queue.body(), claimId) + ":approve", Map.of());
        assertTrue(approved.body().contains("Заявка одобрена"), approved.body());
        assertFalse(approved.body().contains("id=\"claim-" + claimId + "\""), "no longer waiting");

        assertEquals(1, TestMail.to(email, "Заявка одобрена", Duration.ofSeconds(20)).size());
        HttpResponse<String> member = anna.get("/organisation/index.xhtml");
        assertTrue(member.body().contains("id=\"organisation-" + organisation + "\""), member.body());
        HttpResponse<String> members = anna.get("/organisation/members.xhtml?org=" + organisation);
        assertEquals(200, members.statusCode());
        assertTrue(members.body().contains(email));
        assertEquals("1", Requests.query("SELECT COUNT(*) FROM organization_member m JOIN user_account a ON a.id = m.user_account_id"
                + " WHERE a.email = ? AND m.organization_id = ?", email, organisation), "referrals to it reach her too");
        assertEquals(moderatorEmail, AccountLifecycleIT.auditActor("claim " + claimId + " approved: account " + email
                + " is a member of organisation " + organisation));
    }

    @Test
    void aRejectionReachesThePersonWithItsReasonInTheirLanguage() throws Exception {
        String email = "boris-" + UUID.randomUUID() + "@gmail.test";
        PortalClient boris = new PortalClient(portal);
        boris.get("/for-organisations.xhtml?lang=en");
        assertTrue(signUp(boris, "Boris Smith", email).body().contains("Check your mail"));
        confirm(boris, TestMail.to(email, "Confirm your address", Duration.ofSeconds(20)).get(0));
        assertEquals(302, signIn(boris, email, PASSWORD).statusCode());

        HttpResponse<String> form = boris.get("/organisation/claim.xhtml");
        Map<String, String> proposal = new HashMap<>(Map.of("name", "АНО «Тестовый очаг»", "inn", "3808123456",
                "ogrn", "", "site", "https://ochag.test", "orgEmail", "", "role", "Director", "verification", "Call me"));
        HttpResponse<String> refused = boris.submit("/organisation/claim.xhtml", form.body(), "propose", "send", proposal);
        assertTrue(refused.body().contains("Check the INN"), refused.body());
        assertTrue(refused.body().contains("value=\"АНО «Тестовый очаг»\""), "what was typed stays");
        proposal.put("inn", "3808123457");
        HttpResponse<String> proposed = boris.submit("/organisation/claim.xhtml", refused.body(), "propose", "send", proposal);
        assertEquals(302, proposed.statusCode(), proposed.body());
        String claimId = Requests.query("SELECT c.id FROM provider_claim c JOIN user_account a ON a.id = c.user_account_id"
                + " WHERE a.email = ?", email);

        PortalClient moderator = new PortalClient(portal);
        assertEquals(302, signIn(moderator, StaffAccounts.create(PASSWORD, Role.MODERATOR), PASSWORD).statusCode());
        HttpResponse<String> queue = moderator.get("/moderation/memberships.xhtml");
        String row = "list:" + index(queue.body(), claimId) + ":";
        HttpResponse<String> noReason = moderator.submit("/moderation/memberships.xhtml", queue.body(), "queue", row + "reject",
                Map.of(row + "reason", " "));
        assertTrue(noReason.body().contains("Напишите причину отказа"), noReason.body());
        HttpResponse<String> rejected = moderator.submit("/moderation/memberships.xhtml", noReason.body(), "queue",
                "list:" + index(noReason.body(), claimId) + ":reject",
                Map.of("list:" + index(noReason.body(), claimId) + ":reason", "We could not reach you by phone"));
        assertTrue(rejected.body().contains("Заявка отклонена"), rejected.body());

        MimeMessage mail = TestMail.to(email, "Claim rejected", Duration.ofSeconds(20)).get(0);
        String text = TestMail.text(mail);
        assertTrue(text.contains("We could not reach you by phone") && text.contains("АНО «Тестовый очаг»"), text);
        String html = TestMail.alternatives(mail);
        assertTrue(html.contains("<html lang=\"en\">") && html.contains("We could not reach you by phone"), html);
        HttpResponse<String> mine = boris.get("/organisation/index.xhtml");
        assertTrue(mine.body().contains("Rejected") && mine.body().contains("We could not reach you by phone"), mine.body());
        assertEquals("0", Requests.query("SELECT COUNT(*) FROM organization WHERE name = 'АНО «Тестовый очаг»'"),
                "a rejected proposal never enters the directory");
    }

    @Test
    void anApprovedProposalEntersTheDirectoryWithItsNumbers() throws Exception {
        String email = "vera-" + UUID.randomUUID() + "@ochag-new.test";
        String name = "АНО «Новый очаг» " + UUID.randomUUID().toString().substring(0, 6);
        PortalClient vera = confirmedRepresentative("Вера Новикова", email);
        HttpResponse<String> form = vera.get("/organisation/claim.xhtml");
        assertEquals(302, vera.submit("/organisation/claim.xhtml", form.body(), "propose", "send", Map.of("name", name,
                "inn", "3808123457", "ogrn", "1383800000121", "site", "https://ochag-new.test", "orgEmail", "info@ochag-new.test",
                "role", "Директор", "verification", "Устав по запросу")).statusCode());
        String claimId = Requests.query("SELECT c.id FROM provider_claim c JOIN user_account a ON a.id = c.user_account_id"
                + " WHERE a.email = ?", email);

        PortalClient moderator = new PortalClient(portal);
        assertEquals(302, signIn(moderator, StaffAccounts.create(PASSWORD, Role.MODERATOR), PASSWORD).statusCode());
        HttpResponse<String> queue = moderator.get("/moderation/memberships.xhtml");
        assertTrue(section(queue.body(), claimId).contains("class=\"evidence-match\""));
        moderator.submit("/moderation/memberships.xhtml", queue.body(), "queue", "list:" + index(queue.body(), claimId) + ":approve",
                Map.of());

        String organisation = Requests.query("SELECT organization_id FROM provider_claim WHERE id = ?", claimId);
        assertNotNull(organisation);
        assertEquals(name, Requests.query("SELECT name FROM organization WHERE id = ?", organisation));
        assertEquals("3808123457", Requests.query("SELECT identifier FROM organization_identifier WHERE organization_id = ?"
                + " AND identifier_scheme = 'RU-INN'", organisation));
        assertEquals("1383800000121", Requests.query("SELECT identifier FROM organization_identifier WHERE organization_id = ?"
                + " AND identifier_scheme = 'RU-OGRN'", organisation));
        assertTrue(vera.get("/organisation/index.xhtml").body().contains("id=\"organisation-" + organisation + "\""));
    }

    @Test
    void aTamperedExpiredOrUsedLinkConfirmsNothing() throws Exception {
        String email = "gleb-" + UUID.randomUUID() + "@fond.test";
        PortalClient gleb = new PortalClient(portal);
        signUp(gleb, "Глеб", email);
        String token = token(TestMail.to(email, "Подтвердите адрес", Duration.ofSeconds(20)).get(0));
        String tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        assertTrue(gleb.get("/for-organisations/confirm.xhtml?token=" + tampered).body().contains("id=\"confirm-invalid\""));
        assertTrue(gleb.get("/for-organisations/confirm.xhtml?token=").body().contains("id=\"confirm-invalid\""));
        assertTrue(gleb.get("/for-organisations/confirm.xhtml?token=" + "x".repeat(150)).body().contains("id=\"confirm-invalid\""));

        // Two days and a minute later.
        Requests.update("UPDATE provider_mail_token t JOIN user_account a ON a.id = t.user_account_id"
                + " SET t.expires_at = UTC_TIMESTAMP(3) - INTERVAL 1 MINUTE WHERE a.email = ?", email);
        String path = "/for-organisations/confirm.xhtml?token=" + token;
        HttpResponse<String> expired = gleb.get(path);
        assertTrue(expired.body().contains("id=\"confirm-invalid\""), expired.body());
        assertEquals(200, signIn(new PortalClient(portal), email, PASSWORD).statusCode(), "still cannot sign in");
        assertNull(Requests.query("SELECT r.email_confirmed_at FROM provider_representative r JOIN user_account a"
                + " ON a.id = r.user_account_id WHERE a.email = ?", email));
        assertEquals(64, Requests.query("SELECT token_hash FROM provider_mail_token t JOIN user_account a"
                + " ON a.id = t.user_account_id WHERE a.email = ?", email).length(), "only the token's hash is kept");
        assertEquals("0", Requests.query("SELECT COUNT(*) FROM provider_mail_token WHERE token_hash = ?", token));
    }

    @Test
    void aSignUpWithARegisteredAddressAnswersTheSameAndMailsTheOwner() throws Exception {
        String taken = StaffAccounts.create(PASSWORD, Role.OPERATOR);
        String fresh = "new-" + UUID.randomUUID() + "@fond.test";
        String answerTaken = receipt(signUp(new PortalClient(portal), "Someone", taken));
        String answerFresh = receipt(signUp(new PortalClient(portal), "Someone", fresh));
        assertEquals(answerFresh, answerTaken, "the same answer whether or not the address is registered");

        assertEquals(1, TestMail.to(taken, "Попытка регистрации", Duration.ofSeconds(20)).size(), "the owner is told");
        assertEquals(0, TestMail.to(taken, "Подтвердите адрес", Duration.ZERO).size());
        assertEquals(302, signIn(new PortalClient(portal), taken, PASSWORD).statusCode(), "the account is untouched");
        assertEquals("0", Requests.query("SELECT COUNT(*) FROM provider_representative r JOIN user_account a"
                + " ON a.id = r.user_account_id WHERE a.email = ?", taken));
        assertEquals("OPERATOR", Requests.query("SELECT GROUP_CONCAT(r.role) FROM user_account_role r JOIN user_account a"
                + " ON a.id = r.user_account_id WHERE a.email = ?", taken), "no role was added");

        // Robots fill the hidden field: the same answer, and nothing happens.
        String robot = "robot-" + UUID.randomUUID() + "@fond.test";
        PortalClient bot = new PortalClient(portal);
        HttpResponse<String> form = bot.get("/for-organisations/sign-up.xhtml");
        Map<String, String> fields = new HashMap<>(fields("Robot", robot));
        fields.put("website", "http://spam.example");
        assertEquals(answerFresh, receipt(bot.submit("/for-organisations/sign-up.xhtml", form.body(), "signUp", "send", fields)));
        assertNull(Requests.query("SELECT id FROM user_account WHERE email = ?", robot));
    }

    @Test
    void signUpsFromOneAddressAreLimited() throws Exception {
        String address = "10.91.7." + (1 + (int) (Math.random() * 200));
        int refused = 0;
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> answer = signUp(new PortalClient(portal).from(address), "Flood", "flood-" + UUID.randomUUID() + "@fond.test");
            if (answer.body().contains("Слишком много регистраций")) {
                refused++;
                assertTrue(answer.body().contains("value=\"Flood\""), "what was typed stays");
            }
        }
        assertEquals(2, refused, "three sign-ups a minute from one address");
    }

    @Test
    void aMemberReachesOnlyTheirOwnOrganisationsByPageOrCraftedRequest() throws Exception {
        PortalClient member = new PortalClient(portal);
        assertEquals(302, signIn(member, "member@family-portal.local", TestDatabase.DEMO_STAFF_PASSWORD).statusCode(),
                "the demo member");
        String own = Requests.query("SELECT c.organization_id FROM provider_claim c JOIN user_account a ON a.id = c.user_account_id"
                + " WHERE a.email = 'member@family-portal.local' AND c.status = 'APPROVED'");
        String pending = Requests.query("SELECT c.organization_id FROM provider_claim c JOIN user_account a ON a.id = c.user_account_id"
                + " WHERE a.email = 'member@family-portal.local' AND c.status = 'PENDING'");
        String other = unclaimedOrganisation(1);
        assertEquals(200, member.get("/organisation/members.xhtml?org=" + own).statusCode());
        assertEquals(404, member.get("/organisation/members.xhtml?org=" + other).statusCode());
        assertEquals(404, member.get("/organisation/members.xhtml?org=" + pending).statusCode(), "a claim waiting is no membership");
        assertEquals(404, member.get("/organisation/members.xhtml?org=%27%20OR%201%3D1%20--").statusCode());
        assertEquals(404, member.get("/organisation/members.xhtml").statusCode());

        // A member cannot decide claims, not even their own, with a form taken from a moderator's page.
        PortalClient moderator = new PortalClient(portal);
        assertEquals(302, signIn(moderator, "moderator@family-portal.local", TestDatabase.DEMO_STAFF_PASSWORD).statusCode(),
                "the demo moderator");
        HttpResponse<String> queue = moderator.get("/moderation/memberships.xhtml");
        String claimId = Requests.query("SELECT c.id FROM provider_claim c JOIN user_account a ON a.id = c.user_account_id"
                + " WHERE a.email = 'member@family-portal.local' AND c.status = 'PENDING'");
        assertEquals(404, member.get("/moderation/memberships.xhtml").statusCode());
        HttpResponse<String> crafted = member.submit("/moderation/memberships.xhtml", queue.body(), "queue",
                "list:" + index(queue.body(), claimId) + ":approve", Map.of());
        assertEquals(404, crafted.statusCode());
        assertEquals("PENDING", Requests.query("SELECT status FROM provider_claim WHERE id = ?", claimId));

        // The demo: the moderator sees the demo claims waiting, the applicant's proposal with its evidence.
        assertTrue(queue.body().contains("Демо: АНО «Семейный очаг»"), queue.body());
        assertTrue(queue.body().contains("family-portal.local"));
    }

    // --- helpers --------------------------------------------------------------------------------

    private static Map<String, String> fields(String name, String email) {
        return Map.of("name", name, "position", "Директор", "email", email, "phone", "+7 3952 123-45-67",
                "password", PASSWORD, "repeat", PASSWORD);
    }

    private static HttpResponse<String> signUp(PortalClient client, String name, String email) {
        HttpResponse<String> form = client.get("/for-organisations/sign-up.xhtml");
        assertEquals(200, form.statusCode());
        HttpResponse<String> answer = client.submit("/for-organisations/sign-up.xhtml", form.body(), "signUp", "send",
                fields(name, email));
        assertEquals(200, answer.statusCode(), answer.headers().map() + answer.body());
        return answer;
    }

    private PortalClient confirmedRepresentative(String name, String email) throws Exception {
        PortalClient client = new PortalClient(portal);
        signUp(client, name, email);
        confirm(client, TestMail.to(email, "Подтвердите адрес", Duration.ofSeconds(20)).get(0));
        assertEquals(302, signIn(client, email, PASSWORD).statusCode());
        return client;
    }

    private static void confirm(PortalClient client, MimeMessage mail) throws Exception {
        String path = "/for-organisations/confirm.xhtml?token=" + token(mail);
        HttpResponse<String> done = client.submit(path, client.get(path).body(), "confirm", "confirmButton", Map.of());
        assertTrue(done.body().contains("id=\"confirm-done\""), done.body());
    }

    private static String token(MimeMessage mail) throws Exception {
        Matcher link = CONFIRM_LINK.matcher(TestMail.text(mail));
        assertTrue(link.find());
        return link.group(1);
    }

    /** Finds the organisation by name, says "I work here" and sends the claim; returns the claim's id. */
    private static String claim(PortalClient client, String name, String organisation, String role, String verification)
            throws Exception {
        HttpResponse<String> form = client.get("/organisation/claim.xhtml");
        HttpResponse<String> found = client.submit("/organisation/claim.xhtml", form.body(), "claim", "search",
                Map.of("query", name));
        // The organisation among the results (another one's name may contain its name): the one whose choice shows it.
        Matcher results = Pattern.compile("name=\"claim:found:(\\d+):choose\"").matcher(found.body());
        String chosenPage = null;
        while (chosenPage == null && results.find()) {
            HttpResponse<String> chosen = client.submit("/organisation/claim.xhtml", found.body(), "claim",
                    "found:" + results.group(1) + ":choose", Map.of("query", name));
            if (chosen.body().contains("<h2>" + name + "</h2>")) {
                chosenPage = chosen.body();
            }
        }
        assertNotNull(chosenPage, found.body());
        HttpResponse<String> sent = client.submit("/organisation/claim.xhtml", chosenPage, "claim", "send",
                Map.of("query", name, "role", role, "verification", verification));
        assertEquals(302, sent.statusCode(), sent.body());
        return Requests.query("SELECT c.id FROM provider_claim c WHERE c.organization_id = ? ORDER BY c.id DESC", organisation);
    }

    /** A demo organisation nobody claimed, that is no resource centre (counting from the end, away from the demo members). */
    private static String unclaimedOrganisation(int which) throws Exception {
        return Requests.query("SELECT o.id FROM organization o WHERE o.demo"
                + " AND o.id NOT IN (SELECT organization_id FROM provider_claim WHERE organization_id IS NOT NULL)"
                + " AND o.id NOT IN (SELECT organization_id FROM organization_member)"
                + " AND o.id NOT IN (SELECT resource_centre_organization_id FROM municipality WHERE resource_centre_organization_id IS NOT NULL)"
                + " AND (SELECT COUNT(*) FROM organization x WHERE x.name = o.name) = 1"
                + " ORDER BY o.id DESC LIMIT 1 OFFSET " + which);
    }

    /** The moderator's queue: the section of one claim. */
    private static String section(String page, String claimId) {
        int start = page.indexOf("id=\"claim-" + claimId + "\"");
        assertTrue(start >= 0, "claim " + claimId + " not in the queue: " + page);
        int end = page.indexOf("</section>", start);
        return page.substring(start, end);
    }

    /** The claim's row in the moderator's queue (the ui:repeat index of its buttons). */
    private static int index(String page, String claimId) {
        Matcher m = Pattern.compile("<section class=\"receipt claim\" id=\"claim-(\\d+)\"").matcher(page);
        int i = 0;
        while (m.find()) {
            if (m.group(1).equals(claimId)) {
                return i;
            }
            i++;
        }
        throw new AssertionError("claim " + claimId + " not in the queue");
    }

    private static String receipt(HttpResponse<String> answer) {
        Matcher m = RECEIPT.matcher(answer.body());
        assertTrue(m.find(), answer.body());
        return m.group(1);
    }
}
