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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a result tells a parent: the same line listed at three places is one result that says
 * where else it is; its phones say what they are (a fax is not a call link); a regional line is
 * shown as serving its region and is not offered in another region.
 */
@PortalContainerTest
class ResultDetailsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "результаты-2026";
    private static final String ORGANIZATION = "7d7d7d7d-7d7d-47d7-87d7-7d7d7d7d7d7d";
    private static final String[] COPIES = {"7e7e7e7e-7e7e-47e7-87e7-7e7e7e7e7e01", "7e7e7e7e-7e7e-47e7-87e7-7e7e7e7e7e02",
        "7e7e7e7e-7e7e-47e7-87e7-7e7e7e7e7e03"};
    private static final String[] TOWNS = {"63-samara", "63-tolyatti", "63-syzran"};
    private static final double[][] POINTS = {{53.1959, 50.1002}, {53.5078, 49.4204}, {53.1585, 48.4681}};
    private static final String REGIONAL = "7f7f7f7f-7f7f-47f7-87f7-7f7f7f7f7f7f";

    @ArquillianResource
    URL portal;

    @Test
    void oneLineAtThreePlacesIsOneResultWithItsPhonesNamed() throws Exception {
        Requests.update("INSERT INTO organization (id, name, description) VALUES (?, ?, ?)", ORGANIZATION,
                "АНО «Заречье»", "Служба поддержки семей");
        for (int i = 0; i < COPIES.length; i++) {
            String location = COPIES[i].replace("7e7e7e7e-", "7a7a7a7a-");
            Requests.update("INSERT INTO service (id, organization_id, name, description, status) VALUES (?, ?, ?, ?, 'active')",
                    COPIES[i], ORGANIZATION, "Зареченская линия поддержки",
                    "Психологи отвечают родителям и подросткам, анонимно.");
            Requests.update("INSERT INTO location (id, organization_id, name, location_type, municipality_code, latitude, longitude)"
                    + " VALUES (?, ?, ?, 'physical', ?, ?, ?)", location, ORGANIZATION, "Приёмная " + i, TOWNS[i],
                    POINTS[i][0], POINTS[i][1]);
            Requests.update("INSERT INTO service_at_location (id, service_id, location_id) VALUES (?, ?, ?)",
                    COPIES[i].replace("7e7e7e7e-", "7b7b7b7b-"), COPIES[i], location);
            // The same line, written differently at each place.
            phone(COPIES[i], "p1", i == 1 ? "+7 800 555-63-63" : "8 (800) 555-63-63", "hotline", "бесплатно, круглосуточно");
            phone(COPIES[i], "p2", "+7 (846) 300-63-64", "fax", null);
            phone(COPIES[i], "p3", "+7 (846) 300-63-65", "textphone", "для глухих и слабослышащих");
        }
        Requests.update("INSERT INTO service (id, organization_id, name, description, status) VALUES (?, ?, ?, ?, 'active')",
                REGIONAL, ORGANIZATION, "Зареченская областная линия", "Линия для родителей Самарской области.");
        Requests.update("INSERT INTO attribute (id, link_id, link_entity, link_type, taxonomy_term_id)"
                + " SELECT ?, ?, 'service', 'delivery', id FROM taxonomy_term WHERE taxonomy = 'delivery' AND code = 'phone'",
                REGIONAL.replace("7f7f7f7f-", "7c7c7c7c-"), REGIONAL);
        Requests.update("INSERT INTO service_area (id, service_id, name, extent_type) VALUES (?, ?, 'Самарская область', 'region')",
                REGIONAL.replace("7f7f7f7f-", "7d7d7d7e-"), REGIONAL);
        phone(REGIONAL, "p1", "8-800-555-63-00", "hotline", null);
        PortalClient moderator = moderator();
        for (String id : List.of(COPIES[0], COPIES[1], COPIES[2], REGIONAL)) {
            // A moderator's verification brings the index up to date with the database.
            HttpResponse<String> edit = moderator.get("/moderation/service.xhtml?id=" + id);
            assertEquals(200, edit.statusCode());
            moderator.submit("/moderation/service.xhtml?id=" + id, edit.body(), "service", "verify", Map.of());
        }

        JsonNode found = search("зареченская линия поддержки", "Тольятти", "ru");
        List<String> ids = ids(found);
        assertEquals(1, ids.stream().filter(List.of(COPIES)::contains).count(), "one result for the three copies: " + found);
        assertEquals(COPIES[1], ids.get(0), "the one nearest to the parent (Tolyatti) shows");
        JsonNode hit = found.get("results").get(0);
        assertEquals(2, hit.get("also_at").asInt(), hit.toString());
        JsonNode phones = hit.get("phones");
        assertEquals("hotline", phones.get(0).get("kind").asText(), phones.toString());
        assertEquals("Горячая линия", phones.get(0).get("label").asText());
        assertEquals("бесплатно, круглосуточно", phones.get(0).get("description").asText());
        assertEquals("tel:+78005556363", phones.get(0).get("tel").asText());
        JsonNode fax = phoneOf(phones, "fax");
        assertTrue(fax.get("tel").isNull(), "a fax is not a call link: " + fax);
        assertEquals("Факс", fax.get("label").asText());
        assertEquals("Textphone (TTY)", phoneOf(search("зареченская линия поддержки", "Тольятти", "en")
                .get("results").get(0).get("phones"), "textphone").get("label").asText());

        JsonNode regional = search("зареченская областная линия", "Тольятти", "ru");
        JsonNode line = null;
        for (JsonNode result : regional.get("results")) {
            line = REGIONAL.equals(result.get("id").asText()) ? result : line;
        }
        assertTrue(line != null, "the regional line serves Tolyatti: " + regional);
        assertFalse(line.get("everywhere").asBoolean(), "a regional line is not 'from anywhere'");
        assertEquals("region", line.get("areas").get(0).get("kind").asText());
        assertEquals("Самарская область", line.get("areas").get(0).get("name").asText());
        assertFalse(ids(search("зареченская областная линия", "Иркутск", "ru")).contains(REGIONAL),
                "a Samara line is not offered in Irkutsk");

        String page = new PortalClient(portal).get("/service.xhtml?id=" + COPIES[0]).body();
        assertTrue(page.contains("Факс:") && page.contains("Текстофон"), page);
        assertFalse(page.contains("href=\"tel:+78463006364\""), "no call link for the fax");
        assertTrue(page.contains("href=\"tel:88005556363\""), page);
        String regionalPage = new PortalClient(portal).get("/service.xhtml?id=" + REGIONAL).body();
        assertTrue(regionalPage.contains("Работает для: Самарская область"), regionalPage);
    }

    private static void phone(String service, String suffix, String number, String type, String description) throws Exception {
        Requests.update("INSERT INTO phone (id, service_id, number, type, description) VALUES (?, ?, ?, ?, ?)",
                service.substring(0, 30) + suffix + service.substring(32), service, number, type, description);
    }

    private JsonNode search(String words, String place, String language) throws Exception {
        PortalClient client = new PortalClient(portal);
        return JSON.readTree(client.get("/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)
                + "&place=" + URLEncoder.encode(place, StandardCharsets.UTF_8) + "&radius=200&sort=distance", language).body());
    }

    private static JsonNode phoneOf(JsonNode phones, String kind) {
        for (JsonNode phone : phones) {
            if (kind.equals(phone.get("kind").asText())) {
                return phone;
            }
        }
        throw new AssertionError("no " + kind + " line in " + phones);
    }

    private static List<String> ids(JsonNode found) {
        List<String> ids = new ArrayList<>();
        found.get("results").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    private PortalClient moderator() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.MODERATOR);
        PortalClient moderator = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(moderator, email, PASSWORD).statusCode());
        return moderator;
    }
}
