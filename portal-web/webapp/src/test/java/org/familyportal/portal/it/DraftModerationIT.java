package org.familyportal.portal.it;

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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Listings change through drafts: a moderator edits a service's phones and hours, the public keeps
 * the published listing until the draft is approved, then the API and the public page show it; a
 * rejection carries its reason to the author by mail; a save from an older version is refused with
 * a message; nobody reaches another organisation's listing by page or crafted request.
 */
@PortalContainerTest
class DraftModerationIT {

    private static final String PASSWORD = "модератор-черновиков-2026";
    private static final String NEW_NUMBER = "+7 (3952) 77-12-34";

    @ArquillianResource
    URL portal;

    @Test
    void aModeratorsNewPhonesAndHoursWaitForApprovalThenThePublicSeesThem() throws Exception {
        PortalClient moderator = moderator();
        String[] service = serviceOfAnOrganisationWithoutDraft();
        String org = service[1];
        String index = service[2];
        assertEquals(0, phoneRows(service[0], NEW_NUMBER));

        HttpResponse<String> page = moderator.get("/moderation/listing.xhtml?org=" + org);
        assertEquals(200, page.statusCode());
        page = press(moderator, "/moderation/listing.xhtml?org=" + org, page.body(), "services:" + index + ":addPhone", Map.of());
        String phone = "services:" + index + ":phones:" + last(page.body(), "listing:services:" + index + ":phones:", ":number") + ":";
        page = press(moderator, "/moderation/listing.xhtml?org=" + org, page.body(), "services:" + index + ":addHours",
                Map.of(phone + "number", List.of(NEW_NUMBER), phone + "type_input", List.of("hotline"),
                        phone + "description", List.of("Запись (проверка)")));
        String period = "services:" + index + ":hours:" + last(page.body(), "listing:services:" + index + ":hours:", ":validFrom") + ":";
        HttpResponse<String> saved = press(moderator, "/moderation/listing.xhtml?org=" + org, page.body(), "save",
                Map.of(period + "days", List.of("SATURDAY"), period + "opensAt", List.of("10:00"),
                        period + "closesAt", List.of("14:30")));
        assertEquals(302, saved.statusCode(), saved.body());
        HttpResponse<String> review = moderator.follow(saved);
        assertEquals(200, review.statusCode());
        assertTrue(review.body().contains("Отправлено на проверку модератору"), review.body());
        assertTrue(review.body().contains(NEW_NUMBER + " (Горячая линия) — Запись (проверка)"), "the diff shows the new line");
        assertTrue(review.body().contains("сб 10:00–14:30"), "the diff shows the new hours");

        assertEquals(0, phoneRows(service[0], NEW_NUMBER), "the public keeps the published listing");
        assertFalse(new PortalClient(portal).get("/api/hsds/services/" + service[0]).body().contains("77-12-34"));

        HttpResponse<String> approved = press(moderator, pathOf(review), review.body(), "approve", Map.of());
        assertTrue(approved.body().contains("Изменения опубликованы."), approved.body());
        assertEquals(1, phoneRows(service[0], NEW_NUMBER));
        PortalClient visitor = new PortalClient(portal);
        assertTrue(visitor.get("/api/hsds/services/" + service[0]).body().contains("77-12-34"), "the API shows the new phone");
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        String publicPage;
        do {
            publicPage = visitor.get("/service.xhtml?id=" + service[0]).body();
        } while (!(publicPage.contains("77-12-34") && publicPage.contains("14:30")) && System.nanoTime() < until);
        assertTrue(publicPage.contains("77-12-34") && publicPage.contains("10:00–14:30"), "the public page shows phone and hours");
        assertTrue(changeLogged(service[0], "phones"), "the change log has the field");
    }

    @Test
    void aRejectionCarriesItsReasonAndReachesTheAuthorByMail() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.MODERATOR);
        PortalClient moderator = signedIn(email);
        String org = serviceOfAnOrganisationWithoutDraft()[1];
        HttpResponse<String> page = moderator.get("/moderation/listing.xhtml?org=" + org);
        HttpResponse<String> review = moderator.follow(press(moderator, "/moderation/listing.xhtml?org=" + org, page.body(), "save",
                Map.of("organisation_description", List.of("Новое описание на проверку"))));
        String draftPath = pathOf(review);

        HttpResponse<String> noReason = press(moderator, draftPath, review.body(), "reject", Map.of("rejection", List.of(" ")));
        assertTrue(noReason.body().contains("Напишите причину возврата"), noReason.body());
        HttpResponse<String> rejected = press(moderator, draftPath, noReason.body(), "reject",
                Map.of("rejection", List.of("Уточните часы приёма <b>и</b> телефон")));
        assertTrue(rejected.body().contains("Черновик возвращён автору с причиной."), rejected.body());
        assertTrue(rejected.body().contains("Уточните часы приёма &lt;b&gt;и&lt;/b&gt; телефон"), "the reason is shown, escaped");
        assertEquals("REJECTED", draftColumn(org, "state"));
        assertEquals("Уточните часы приёма <b>и</b> телефон", draftColumn(org, "reason"));
        assertFalse(columnOf("organization", org, "description").contains("Новое описание"), "nothing published");

        List<MimeMessage> mails = TestMail.to(email, "Изменения возвращены на доработку", Duration.ofSeconds(30));
        assertEquals(1, mails.size());
        String body = TestMail.text(mails.get(0));
        assertTrue(body.contains("Причина: Уточните часы приёма <b>и</b> телефон"), body);
        assertTrue(body.contains("/organisation/listing.xhtml?org=" + org), body);
        assertFalse(body.contains("Hello"), "a moderator's mail is in Russian only: " + body);
        String html = TestMail.alternatives(mails.get(0));
        assertTrue(html.contains("Уточните часы приёма &lt;b&gt;и&lt;/b&gt; телефон"), "the reason is text: " + html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("<a href=\"") && html.contains("/organisation/listing.xhtml?org=" + org + "\""), html);
    }

    @Test
    void aDecisionReachesARepresentativeAuthorInTheLanguageTheySignedUpIn() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.MODERATOR);
        // The author is also an organisation's representative who signed up in English.
        Requests.update("INSERT INTO provider_representative (user_account_id, position, phone_sealed, language,"
                + " email_confirmed_at, created_at) SELECT a.id, 'Editor', 'v2:unused', 'en', UTC_TIMESTAMP(3), UTC_TIMESTAMP(3)"
                + " FROM user_account a WHERE a.email = ?", email);
        PortalClient moderator = signedIn(email);
        String org = serviceOfAnOrganisationWithoutDraft()[1];
        HttpResponse<String> review = moderator.follow(press(moderator, "/moderation/listing.xhtml?org=" + org,
                moderator.get("/moderation/listing.xhtml?org=" + org).body(), "save",
                Map.of("organisation_description", List.of("Описание для проверки языка письма"))));
        HttpResponse<String> rejected = press(moderator, pathOf(review), review.body(), "reject",
                Map.of("rejection", List.of("Add the hours <script>alert(1)</script>")));
        assertTrue(rejected.body().contains("Черновик возвращён автору с причиной."), rejected.body());

        List<MimeMessage> mails = TestMail.to(email, "Changes sent back", Duration.ofSeconds(30));
        assertEquals(1, mails.size());
        String text = TestMail.text(mails.get(0));
        assertTrue(text.contains("Reason: Add the hours <script>alert(1)</script>"), text);
        assertFalse(text.contains("Здравствуйте") || mails.get(0).getSubject().contains("Изменения"), "English only: " + text);
        String html = TestMail.alternatives(mails.get(0));
        assertTrue(html.contains("<html lang=\"en\">"), html);
        assertTrue(html.contains("Add the hours &lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("/organisation/listing.xhtml?org=" + org + "&amp;lang=en\""), "a link to the English page: " + html);
    }

    @Test
    void aSaveFromAnOlderVersionIsRefusedAndKeepsWhatWasTyped() throws Exception {
        PortalClient first = moderator();
        PortalClient second = moderator();
        String org = serviceOfAnOrganisationWithoutDraft()[1];
        HttpResponse<String> review = first.follow(press(first, "/moderation/listing.xhtml?org=" + org,
                first.get("/moderation/listing.xhtml?org=" + org).body(), "save", Map.of()));
        String draftPath = pathOf(review);
        HttpResponse<String> secondPage = second.get(draftPath);

        HttpResponse<String> saved = press(first, draftPath, review.body(), "save",
                Map.of("organisation_alternateName", List.of("Первая правка")));
        assertTrue(saved.body().contains("Черновик сохранён"), saved.body());
        HttpResponse<String> refused = press(second, draftPath, secondPage.body(), "save",
                Map.of("organisation_alternateName", List.of("Вторая правка")));
        assertTrue(refused.body().contains("Пока вы правили, черновик изменил или рассмотрел кто-то другой"), refused.body());
        assertTrue(refused.body().contains("value=\"Вторая правка\""), "what was typed stays");
        assertTrue(draftColumn(org, "snapshot").contains("Первая правка"));
    }

    @Test
    void badInputIsExplainedBesideItsFieldAndKept() throws Exception {
        PortalClient moderator = moderator();
        String org = serviceOfAnOrganisationWithoutDraft()[1];
        HttpResponse<String> page = moderator.get("/moderation/listing.xhtml?org=" + org);
        HttpResponse<String> answer = press(moderator, "/moderation/listing.xhtml?org=" + org, page.body(), "save",
                Map.of("organisation_taxId", List.of("1234567890"), "organisation_name", List.of("Организация с ошибкой")));
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("ИНН — 10 цифр (организация) или 12 (ИП) с верной контрольной цифрой."), answer.body());
        assertTrue(answer.body().contains("value=\"Организация с ошибкой\""), "what was typed stays");
        assertEquals("", draftColumn(org, "state"), "no draft was saved");

        HttpResponse<String> english = press(moderator, "/moderation/listing.xhtml?org=" + org + "&lang=en",
                moderator.get("/moderation/listing.xhtml?org=" + org + "&lang=en").body(), "save",
                Map.of("organisation_ogrn", List.of("12345")));
        assertTrue(english.body().contains("OGRN: 13 digits (OGRNIP 15) with a correct check digit."), english.body());
    }

    @Test
    void nobodyReachesAListingOrADraftOutsideTheirScope() throws Exception {
        String org = serviceOfAnOrganisationWithoutDraft()[1];
        assertEquals(404, new PortalClient(portal).get("/organisation/listing.xhtml?org=" + org).statusCode());
        assertEquals(404, new PortalClient(portal).get("/moderation/drafts.xhtml").statusCode());

        // A member of no organisation yet (memberships come with the providers module): every listing is another's.
        PortalClient member = signedIn(StaffAccounts.create(PASSWORD, Role.ORG_MEMBER));
        assertEquals(404, member.get("/organisation/listing.xhtml?org=" + org).statusCode());
        assertEquals(404, member.get("/moderation/drafts.xhtml").statusCode());
        assertEquals(404, member.get("/moderation/listing.xhtml?org=" + org).statusCode());

        // A crafted post to a moderator's draft page from a member's session: refused before any action.
        PortalClient moderator = moderator();
        HttpResponse<String> review = moderator.follow(press(moderator, "/moderation/listing.xhtml?org=" + org,
                moderator.get("/moderation/listing.xhtml?org=" + org).body(), "save", Map.of()));
        String draftPath = pathOf(review);
        HttpResponse<String> crafted = press(member, draftPath, review.body(), "approve", Map.of());
        assertEquals(404, crafted.statusCode());
        assertEquals("SUBMITTED", draftColumn(org, "state"));

        PortalClient operator = signedIn(StaffAccounts.create(PASSWORD, Role.OPERATOR));
        assertEquals(404, operator.get("/organisation/listing.xhtml?org=" + org).statusCode());
    }

    @Test
    void anApprovedMemberEditsOnlyTheirOwnOrganisationThroughADraftAndConfirmsIt() throws Exception {
        PortalClient member = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(member, "member@family-portal.local", TestDatabase.DEMO_STAFF_PASSWORD).statusCode(),
                "the demo member");
        String own = Requests.query("SELECT c.organization_id FROM provider_claim c JOIN user_account a ON a.id = c.user_account_id"
                + " WHERE a.email = 'member@family-portal.local' AND c.status = 'APPROVED'");
        String pending = Requests.query("SELECT c.organization_id FROM provider_claim c JOIN user_account a ON a.id = c.user_account_id"
                + " WHERE a.email = 'member@family-portal.local' AND c.status = 'PENDING'");
        String other = serviceOfAnOrganisationWithoutDraft()[1];

        assertEquals(404, member.get("/organisation/listing.xhtml?org=" + other).statusCode(), "another organisation");
        assertEquals(404, member.get("/organisation/listing.xhtml?org=" + pending).statusCode(), "a claim waiting is no membership");
        HttpResponse<String> page = member.get("/organisation/listing.xhtml?org=" + own);
        assertEquals(200, page.statusCode(), "their own organisation");
        String published = Requests.query("SELECT COALESCE(alternate_name, '') FROM organization WHERE id = ?", own);

        HttpResponse<String> sent = press(member, "/organisation/listing.xhtml?org=" + own, page.body(), "submit",
                Map.of("organisation_alternateName", List.of("Правка участника")));
        assertEquals(200, sent.statusCode());
        assertTrue(sent.body().contains("Правка участника"), sent.body());
        assertEquals("SUBMITTED", draftColumn(own, "state"), "the member's change waits for a moderator");
        assertTrue(draftColumn(own, "snapshot").contains("Правка участника"));
        assertEquals(published, Requests.query("SELECT COALESCE(alternate_name, '') FROM organization WHERE id = ?", own),
                "the public keeps the approved listing");

        // The same form posted to another organisation's editor: the view holds the member's own
        // listing, so nothing reaches the other organisation's drafts.
        HttpResponse<String> crafted = press(member, "/organisation/listing.xhtml?org=" + other, sent.body(), "submit",
                Map.of("organisation_alternateName", List.of("Чужая правка")));
        assertTrue(crafted.statusCode() == 200 || crafted.statusCode() == 404, "answered, not failed: " + crafted.statusCode());
        assertFalse(draftColumn(other, "snapshot").contains("Чужая правка"), "no draft of the other organisation");
        assertEquals(published, Requests.query("SELECT COALESCE(alternate_name, '') FROM organization WHERE id = ?", own));

        // "Still accurate" from the member's page sets the last-verified date of their services.
        Requests.update("UPDATE service SET assured_date = '2020-01-01' WHERE organization_id = ? AND status = 'active'", own);
        HttpResponse<String> mine = member.get("/organisation/index.xhtml");
        FormElement verify = (FormElement) Jsoup.parse(mine.body()).select("li#organisation-" + own + " form").first();
        assertTrue(verify != null, mine.body());
        Map<String, List<String>> data = new LinkedHashMap<>();
        for (KeyVal kv : verify.formData()) {
            data.computeIfAbsent(kv.key(), k -> new ArrayList<>()).add(kv.value());
        }
        data.put(verify.id() + ":stillAccurate", List.of(""));
        String body = data.entrySet().stream().flatMap(e -> e.getValue().stream()
                .map(v -> encode(e.getKey()) + "=" + encode(v))).collect(Collectors.joining("&"));
        HttpResponse<String> confirmed = member.send(HttpRequest.newBuilder(member.resolve("/organisation/index.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertEquals(200, confirmed.statusCode(), confirmed.body());
        assertEquals("0", Requests.query("SELECT COUNT(*) FROM service WHERE organization_id = ? AND status = 'active'"
                + " AND (assured_date IS NULL OR assured_date < CURRENT_DATE - INTERVAL 1 DAY)", own),
                "every active service of their organisation is verified today");
    }

    @Test
    void theDemoDraftsWaitInTheQueueWithWhoAskedAndHowLong() throws Exception {
        HttpResponse<String> queue = moderator().get("/moderation/drafts.xhtml");
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains("partner@family-portal.local"), queue.body());
        assertTrue(queue.body().contains("дней ожидания: 3"), "ageing is shown");
    }

    // --- helpers

    private PortalClient moderator() throws Exception {
        return signedIn(StaffAccounts.create(PASSWORD, Role.MODERATOR));
    }

    private PortalClient signedIn(String email) {
        PortalClient client = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(client, email, PASSWORD).statusCode());
        return client;
    }

    /**
     * Sends the form "listing" of {@code page} as a browser does (every field as shown: checked
     * boxes, selected options, text areas), with {@code changes} by id inside the form, pressing
     * {@code button}.
     */
    static HttpResponse<String> press(PortalClient client, String path, String page, String button,
                                      Map<String, List<String>> changes) {
        FormElement form = (FormElement) Jsoup.parse(page).getElementById("listing");
        if (form == null) {
            throw new AssertionError("no listing form on " + path + ": " + page);
        }
        Map<String, List<String>> data = new LinkedHashMap<>();
        for (KeyVal kv : form.formData()) {
            data.computeIfAbsent(kv.key(), k -> new ArrayList<>()).add(kv.value());
        }
        changes.forEach((id, values) -> data.put("listing:" + id, values));
        data.put("listing:" + button, List.of(""));
        String body = data.entrySet().stream().flatMap(e -> e.getValue().stream()
                        .map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(client.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Where an answer came from, relative to the portal (for posting back to it). */
    private String pathOf(HttpResponse<String> answer) throws Exception {
        return "/" + portal.toURI().relativize(answer.uri());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The highest row index of the inputs named {@code prefix<index>suffix} on the page (the row just added). */
    private static int last(String html, String prefix, String suffix) {
        return java.util.regex.Pattern.compile("name=\"" + java.util.regex.Pattern.quote(prefix) + "(\\d+)"
                        + java.util.regex.Pattern.quote(suffix) + "\"").matcher(html).results()
                .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
    }

    /**
     * An active service (its id, its organisation, its index in the editor, where services are by
     * name) of a demo organisation with no open draft, so that parallel tests do not meet.
     */
    private static synchronized String[] serviceOfAnOrganisationWithoutDraft() throws Exception {
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT o.id FROM organization o WHERE o.demo AND EXISTS (SELECT 1 FROM service s WHERE s.organization_id = o.id"
                        + " AND s.status = 'active') AND NOT EXISTS (SELECT 1 FROM listing_draft d WHERE d.organization_id = o.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM location l WHERE l.organization_id = o.id AND l.municipality_code IS NULL)"
                        // Not a helpline open round the clock (5 of the demo's 223 such organisations):
                        // its page rightly says "round the clock", never the Saturday hours a test adds.
                        + " AND NOT EXISTS (SELECT 1 FROM service s JOIN schedule sc ON sc.service_id = s.id"
                        + " WHERE s.organization_id = o.id AND NOT sc.closed AND (sc.byday IS NULL OR sc.byday LIKE '%SA%')"
                        + " AND sc.opens_at <= '10:00'"
                        + " AND sc.closes_at > '14:30')"
                        + " ORDER BY RAND() LIMIT 1"); ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
            String org = rs.getString(1);
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM service WHERE organization_id = ? AND status <> 'inactive'"
                    + " ORDER BY name, id")) {
                s.setString(1, org);
                try (ResultSet services = s.executeQuery()) {
                    services.next();
                    return new String[] {services.getString(1), org, "0"};
                }
            }
        }
    }

    private static int phoneRows(String serviceId, String number) throws Exception {
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM phone WHERE service_id = ? AND number = ?")) {
            q.setString(1, serviceId);
            q.setString(2, number);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static String draftColumn(String org, String column) throws Exception {
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT `" + column + "` FROM listing_draft WHERE organization_id = ? ORDER BY created_at DESC LIMIT 1")) {
            q.setString(1, org);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        }
    }

    private static String columnOf(String table, String id, String column) throws Exception {
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT `" + column + "` FROM `" + table + "` WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return String.valueOf(rs.getString(1));
            }
        }
    }

    private static boolean changeLogged(String id, String field) throws Exception {
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM metadata WHERE resource_id = ? AND field_name = ? AND updated_by = 'moderator'")) {
            q.setString(1, id);
            q.setString(2, field);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }
}
