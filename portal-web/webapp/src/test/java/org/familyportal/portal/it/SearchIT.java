package org.familyportal.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parents find help near them: the search API, the Find help page, the service page. */
@PortalContainerTest
class SearchIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ArquillianResource
    URL portal;

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void theApiFindsHelpNearATypedPlace() throws Exception {
        HttpResponse<String> answer = new PortalClient(portal).get("/api/search?q=" + enc("юрист") + "&place=" + enc("Иркутск"));
        assertEquals(200, answer.statusCode(), answer.body());
        JsonNode body = JSON.readTree(answer.body());
        assertTrue(body.get("total").asInt() > 0);
        assertEquals("38-irkutsk", body.get("place").get("municipality").asText());
        JsonNode first = body.get("results").get(0);
        assertTrue(first.get("distance_km") == null || first.get("distance_km").asDouble() <= 25, first.toString());
        assertTrue(body.get("facets").get("category").size() > 0);
        assertTrue(answer.body().contains("Юридическая помощь"), "facet labels in Russian by default");
        assertEquals("Открыто сейчас", body.get("facets").get("openNow").get(0).get("label").asText());
        assertEquals("русский", body.get("facets").get("language").get(0).get("label").asText());
        HttpResponse<String> english = new PortalClient(portal).getWith("/api/search?q=" + enc("юрист"), "Accept-Language", "en");
        assertTrue(english.body().contains("Legal aid"), english.body());
        JsonNode englishFacets = JSON.readTree(english.body()).get("facets");
        assertEquals("Open now", englishFacets.get("openNow").get(0).get("label").asText());
        assertEquals("Russian", englishFacets.get("language").get(0).get("label").asText());
        // The yes/no filters are named in words, never by their codes.
        for (JsonNode facets : List.of(body.get("facets"), englishFacets)) {
            for (String yesNo : List.of("free", "accessible", "openNow")) {
                for (JsonNode value : facets.get(yesNo)) {
                    assertFalse(value.get("label").asText().equals(value.get("code").asText()), yesNo + ": " + value);
                }
            }
        }
    }

    @Test
    void crisisWordsPutCrisisHelpFirstWithTheEmergencyNumbers() throws Exception {
        HttpResponse<String> page = new PortalClient(portal).get("/find-help.xhtml?q=" + enc("насилие в семье")
                + "&place=" + enc("Новосибирск"));
        assertTrue(page.body().contains("id=\"crisis-banner\""), "the emergency banner is shown");
        assertTrue(page.body().contains("href=\"tel:112\""));
        JsonNode api = JSON.readTree(new PortalClient(portal).get("/api/search?q=" + enc("насилие в семье")
                + "&place=" + enc("Новосибирск")).body());
        assertTrue(api.get("crisis").asBoolean());
        String firstCategories = api.get("results").get(0).get("categories").toString();
        assertTrue(firstCategories.contains("crisis-shelter") || firstCategories.contains("hotline"), firstCategories);
    }

    @Test
    void dangerInPlainWordsShowsTheBannerCrisisHelpFirstAndTheNumbersToCall() throws Exception {
        Map<String, String> dangers = Map.of("хочу умереть", "Ангарск", "дочь режет себя", "Бердск",
                "husband beats me", "Магнитогорск", "kicked out", "Тольятти", "сын не пришёл домой", "Самара");
        for (Map.Entry<String, String> danger : dangers.entrySet()) {
            HttpResponse<String> answer = new PortalClient(portal).get("/api/search?q=" + enc(danger.getKey())
                    + "&place=" + enc(danger.getValue()));
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode api = JSON.readTree(answer.body());
            assertTrue(api.get("crisis").asBoolean(), danger + ": " + answer.body());
            assertTrue(api.get("crisis_service_found").asBoolean(), danger + ": " + answer.body());
            String firstThree = api.get("results").get(0).get("categories").toString()
                    + api.get("results").get(1).get("categories") + api.get("results").get(2).get("categories");
            assertTrue(firstThree.contains("crisis-shelter") || firstThree.contains("hotline"), danger + ": " + firstThree);
            assertTrue(api.get("crisis_contacts").toString().contains("\"tel\":\"tel:112\""), api.get("crisis_contacts").toString());
            if (!danger.getKey().equals("husband beats me") && !danger.getKey().equals("kicked out")) {
                // A life at stake: someone to talk to first, not a bed.
                assertTrue(api.get("results").get(0).get("categories").toString().contains("hotline"),
                        danger + ": " + api.get("results").get(0));
            }
        }
        HttpResponse<String> page = new PortalClient(portal).get("/find-help.xhtml?q=" + enc("не хочу жить")
                + "&place=" + enc("Иркутск"));
        String body = page.body();
        assertTrue(body.contains("id=\"crisis-banner\""), "the emergency banner is shown");
        assertTrue(body.contains("href=\"tel:112\""));
        int first = body.indexOf("service.xhtml?id=");
        int fourth = first;
        for (int i = 0; i < 3 && fourth >= 0; i++) {
            fourth = body.indexOf("service.xhtml?id=", fourth + 1);
        }
        String firstThree = body.substring(first, fourth < 0 ? body.length() : fourth);
        assertTrue(firstThree.contains("Кризисные центры и приюты") || firstThree.contains("Горячие линии и телефоны доверия"),
                firstThree);
        // No crisis service among the results (here: only leisure chosen): the numbers to call instead.
        String none = new PortalClient(portal).get("/find-help.xhtml?q=" + enc("хочу умереть") + "&place=" + enc("Ангарск")
                + "&category=education-leisure").body();
        assertTrue(none.contains("id=\"crisis-contacts\""), "the numbers to call are listed");
        assertTrue(none.contains("Рядом с вами в справочнике не нашлось кризисной службы"), "and why");
        assertTrue(none.contains("Экстренные службы") && none.contains("Телефон доверия для детей и родителей (бесплатно)"));
        JsonNode noneApi = JSON.readTree(new PortalClient(portal).get("/api/search?q=" + enc("хочу умереть") + "&place="
                + enc("Ангарск") + "&category=education-leisure").body());
        assertFalse(noneApi.get("crisis_service_found").asBoolean());
        assertTrue(noneApi.get("crisis_contacts").size() >= 2, noneApi.toString());
        // A place the portal does not know: the error is explained and the numbers to call are still there.
        String unknownPlace = new PortalClient(portal).get("/find-help.xhtml?q=" + enc("муж избил") + "&place=" + enc("Нигдевск")).body();
        assertTrue(unknownPlace.contains("Нигдевск") && unknownPlace.contains("id=\"crisis-banner\"")
                && unknownPlace.contains("id=\"crisis-contacts\""), unknownPlace);
        JsonNode ordinary = JSON.readTree(new PortalClient(portal).get("/api/search?q=" + enc("ребёнок не слушается")
                + "&place=" + enc("Бердск")).body());
        assertFalse(ordinary.get("crisis").asBoolean());
        assertTrue(ordinary.get("crisis_contacts") == null, "no crisis contacts for an ordinary need");
    }

    @Test
    void theSearchBoxAndThePlaceBoxComplete() throws Exception {
        JsonNode phrases = JSON.readTree(new PortalClient(portal).get("/api/search/suggest?q=" + enc("психол")).body());
        assertTrue(phrases.toString().contains("Психологическая помощь"), phrases.toString());
        assertTrue(phrases.toString().contains("Консультация семейного психолога"), phrases.toString());
        JsonNode english = JSON.readTree(new PortalClient(portal).get("/api/search/suggest?q=legal").body());
        assertTrue(english.toString().contains("Legal aid"), english.toString());
        JsonNode places = JSON.readTree(new PortalClient(portal).get("/api/search/places?q=" + enc("желез")).body());
        assertEquals("Железногорск-Илимский", places.get(0).get("name").asText());
        assertEquals("[]", new PortalClient(portal).get("/api/search/suggest?q=x").body());
    }

    @Test
    void unknownPlacesAndBadNumbersAreExplained() {
        // An unknown place is said plainly, and help available everywhere is shown instead of an error (issue #10).
        HttpResponse<String> place = new PortalClient(portal).get("/api/search?place=" + enc("Нигдевск"));
        assertEquals(200, place.statusCode());
        assertTrue(place.body().contains("Не знаем такого населённого пункта: Нигдевск"), place.body());
        HttpResponse<String> lat = new PortalClient(portal).get("/api/search?lat=100&lon=10");
        assertEquals(400, lat.statusCode());
        assertTrue(lat.body().contains("lat"), lat.body());
    }

    @Test
    void theFindHelpPageShowsResultsFacetsAndKeepsTheSearchInItsAddress() {
        PortalClient parent = new PortalClient(portal);
        HttpResponse<String> page = parent.get("/find-help.xhtml?q=" + enc("психолог для подростка") + "&place=" + enc("Иркутск"));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("class=\"result\""), page.body());
        assertTrue(page.body().contains("name=\"category\" value=\"psychological-help\""), "facet checkboxes");
        assertTrue(page.body().contains("Рядом с Иркутск"));
        assertTrue(page.body().contains("<mark>"), "matched words are highlighted");

        HttpResponse<String> filtered = parent.get("/find-help.xhtml?q=&place=" + enc("Иркутск") + "&category=legal-aid");
        assertTrue(filtered.body().contains("value=\"legal-aid\" checked"), "the chosen facet stays chosen");
        assertTrue(page.body().contains("name=\"language\" value=\"ru\""), "language facet");
        assertTrue(page.body().contains("name=\"accessible\" value=\"true\""), "accessibility facet");
        HttpResponse<String> accessible = parent.get("/find-help.xhtml?place=" + enc("Иркутск") + "&accessible=true");
        assertTrue(accessible.body().contains("class=\"result\""));

        HttpResponse<String> unknown = parent.get("/find-help.xhtml?place=" + enc("Нигдевск"));
        assertEquals(200, unknown.statusCode());
        assertTrue(unknown.body().contains("Не знаем такого населённого пункта"), "a clear message on the page");
        assertTrue(unknown.body().contains("value=\"Нигдевск\""), "what was typed is kept");
    }

    @Test
    void theServicePageShowsHoursPhonesAndNeverAConfidentialAddress() throws Exception {
        String[] shelter = confidentialService();
        HttpResponse<String> page = new PortalClient(portal).get("/service.xhtml?id=" + shelter[0]);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"confidential-note\""));
        assertFalse(page.body().contains(shelter[1]), "the street address is not shown");
        assertTrue(page.body().contains("href=\"tel:"), "phones are tel: links");

        HttpResponse<String> missing = new PortalClient(portal).get("/service.xhtml?id=00000000-0000-4000-8000-000000000000");
        assertEquals(404, missing.statusCode());
    }

    @Test
    void aParentReportsWrongInformationAndAModeratorSeesIt() throws Exception {
        String[] shelter = confidentialService();
        PortalClient parent = new PortalClient(portal);
        HttpResponse<String> page = parent.get("/service.xhtml?id=" + shelter[0]);
        HttpResponse<String> empty = parent.submit("/service.xhtml?id=" + shelter[0], page.body(), "report", "send",
                Map.of("message", "", "contact", "not-an-email"));
        assertTrue(empty.body().contains("value=\"not-an-email\""), "what was typed is kept");
        HttpResponse<String> sent = parent.submit("/service.xhtml?id=" + shelter[0], empty.body(), "report", "send",
                Map.of("message", "Телефон не отвечает уже неделю", "contact", ""));
        assertTrue(sent.body().contains("Спасибо! Модератор проверит"), sent.body());

        String password = "отчёт-пароль-2026";
        PortalClient moderator = new PortalClient(portal);
        SignInIT.signIn(moderator, StaffAccounts.create(password, Role.MODERATOR), password);
        assertTrue(moderator.get("/moderation/reports.xhtml").body().contains("Телефон не отвечает уже неделю"));

        HttpResponse<String> robot = parent.submit("/service.xhtml?id=" + shelter[0], page.body(), "report", "send",
                Map.of("message", "Купите дешёвые часы", "website", "http://spam.example"));
        assertTrue(robot.body().contains("Спасибо"), "the robot is not told");
        assertFalse(moderator.get("/moderation/reports.xhtml").body().contains("Купите дешёвые часы"), "but nothing is stored");
    }

    @Test
    void aRetiredServiceLeavesTheSearchAtOnce() throws Exception {
        String password = "поиск-пароль-2026";
        String email = StaffAccounts.create(password, Role.MODERATOR);
        PortalClient moderator = new PortalClient(portal);
        SignInIT.signIn(moderator, email, password);
        String id;
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT id FROM service WHERE status = 'active' AND name = 'Школа родителей' ORDER BY RAND() LIMIT 1");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            id = rs.getString(1);
        }
        String query = "/api/search?q=" + enc("школа родителей") + "&municipality=" + municipalityOf(id);
        assertTrue(new PortalClient(portal).get(query).body().contains(id), "found before");
        HttpResponse<String> page = moderator.get("/moderation/service.xhtml?id=" + id);
        moderator.submit("/moderation/service.xhtml?id=" + id, page.body(), "service", "retire", Map.of());
        assertEquals(404, new PortalClient(portal).get("/service.xhtml?id=" + id).statusCode(), "gone from the public site");
        assertFalse(new PortalClient(portal).get(query).body().contains(id), "gone from the search");
    }

    private static String municipalityOf(String serviceId) throws Exception {
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT l.municipality_code FROM service_at_location sal JOIN location l ON l.id = sal.location_id"
                        + " WHERE sal.service_id = ?")) {
            q.setString(1, serviceId);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String[] confidentialService() throws Exception {
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT sal.service_id, a.address_1 FROM location l JOIN address a ON a.location_id = l.id"
                        + " JOIN service_at_location sal ON sal.location_id = l.id JOIN service s ON s.id = sal.service_id"
                        + " WHERE l.confidential AND s.status = 'active' LIMIT 1"); ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }
}
