package org.familyportal.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.familyportal.directory.domain.hsds.Ids;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HSDS 3.0 API over the demo directory: answers validate against the standard's compiled JSON
 * schemas, lists page and filter, ETags work, bad parameters are 400 problem+json, and confidential
 * addresses never appear.
 */
@PortalContainerTest
class HsdsApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    @ArquillianResource
    URL portal;

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = new PortalClient(portal).get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    private static void assertValid(String schema, JsonNode document) throws Exception {
        JsonSchema compiled = SCHEMAS.computeIfAbsent(schema, name -> {
            try (InputStream in = HsdsApiIT.class.getResourceAsStream("/hsds-schema/" + name + ".json")) {
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Set<ValidationMessage> errors = compiled.validate(document);
        assertTrue(errors.isEmpty(), schema + ": " + errors);
    }

    private static void assertPage(JsonNode page, int expectedSize) {
        for (String field : List.of("total_items", "total_pages", "page_number", "size", "first_page", "last_page",
                "empty", "contents")) {
            assertTrue(page.has(field), "page has " + field);
        }
        assertEquals(expectedSize, page.get("contents").size());
        assertEquals(expectedSize, page.get("size").asInt());
    }

    @Test
    void theSchemaCheckCatchesABrokenDocument() throws Exception {
        JsonNode broken = JSON.readTree("{\"id\": \"ac148810-d857-441c-9679-408f346de14b\", \"status\": \"active\","
                + " \"minimum_age\": \"twelve\"}");
        assertValidFails("service", broken);
    }

    private static void assertValidFails(String schema, JsonNode document) {
        AssertionError failure = null;
        try {
            assertValid(schema, document);
        } catch (AssertionError expected) {
            failure = expected;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertTrue(failure != null && failure.getMessage().contains("name") && failure.getMessage().contains("minimum_age"),
                "a service without a name and with a text age is refused: " + failure);
    }

    @Test
    void rootSaysWhichVersion() throws Exception {
        assertEquals("3.0.0", get("/api/hsds").get("version").asText());
    }

    @Test
    void servicesValidateAgainstTheStandard() throws Exception {
        JsonNode page = get("/api/hsds/services?per_page=20&page=2");
        assertPage(page, 20);
        assertTrue(page.get("total_items").asInt() >= 400, "the demo directory is there");
        assertEquals(2, page.get("page_number").asInt());
        for (JsonNode service : page.get("contents")) {
            assertValid("service_list", service);
        }
        String id = page.get("contents").get(0).get("id").asText();
        JsonNode service = get("/api/hsds/services/" + id);
        assertValid("service", service);
        assertEquals(id, service.get("id").asText());
        assertTrue(service.get("service_at_locations").size() >= 1);
        assertTrue(service.get("organization").get("name").asText().length() > 0);
    }

    @Test
    void organizationsAndServiceAtLocationsValidate() throws Exception {
        JsonNode organizations = get("/api/hsds/organizations?per_page=5");
        assertPage(organizations, 5);
        for (JsonNode organization : organizations.get("contents")) {
            assertValid("organization_list", organization);
        }
        JsonNode organization = get("/api/hsds/organizations/" + organizations.get("contents").get(0).get("id").asText());
        assertValid("organization", organization);
        assertTrue(organization.get("services").size() >= 1);

        JsonNode sals = get("/api/hsds/service_at_locations?per_page=5");
        assertPage(sals, 5);
        for (JsonNode sal : sals.get("contents")) {
            assertValid("service_at_location_list", sal);
        }
        assertValid("service_at_location", get("/api/hsds/service_at_locations/" + sals.get("contents").get(0).get("id").asText()));

        assertTrue(get("/api/hsds/taxonomies").get("total_items").asInt() >= 4);
        JsonNode term = get("/api/hsds/taxonomy_terms/" + Ids.term("family-support", "legal-aid"));
        assertEquals("Юридическая помощь", term.get("name").asText());
    }

    @Test
    void filtersNarrowTheList() throws Exception {
        String legalAid = Ids.term("family-support", "legal-aid");
        JsonNode page = get("/api/hsds/services?per_page=50&taxonomy_term_id=" + legalAid);
        assertTrue(page.get("total_items").asInt() > 0);
        for (JsonNode service : page.get("contents")) {
            boolean tagged = false;
            for (JsonNode attribute : service.get("attributes")) {
                tagged |= legalAid.equals(attribute.get("taxonomy_term_id").asText());
            }
            assertTrue(tagged, "every service found is legal aid: " + service.get("name"));
        }
        String organization = page.get("contents").get(0).get("organization_id").asText();
        JsonNode ofOrganization = get("/api/hsds/services?organization_id=" + organization);
        for (JsonNode service : ofOrganization.get("contents")) {
            assertEquals(organization, service.get("organization_id").asText());
        }
        assertEquals(0, get("/api/hsds/services?modified_after=2099-01-01T00:00:00Z").get("total_items").asInt());
        assertTrue(get("/api/hsds/services?modified_after=2020-01-01T00:00:00Z").get("total_items").asInt() >= 400);
    }

    @Test
    void searchAndProximityAreAnsweredByTheSearchEngine() throws Exception {
        JsonNode found = get("/api/hsds/services?search=" + java.net.URLEncoder.encode("юрист", "UTF-8") + "&per_page=5");
        assertTrue(found.get("total_items").asInt() > 0);
        for (JsonNode service : found.get("contents")) {
            assertValid("service_list", service);
        }
        JsonNode near = get("/api/hsds/service_at_locations?proximity=52.287,104.305&per_page=5");
        assertTrue(near.get("contents").size() > 0);
        for (JsonNode sal : near.get("contents")) {
            assertValid("service_at_location_list", sal);
        }
        assertEquals(400, new PortalClient(portal).get("/api/hsds/service_at_locations?proximity=north").statusCode());
    }

    @Test
    void conditionalGetAnswersNotModified() {
        PortalClient client = new PortalClient(portal);
        HttpResponse<String> first = client.get("/api/hsds/services?per_page=3");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = client.getWith("/api/hsds/services?per_page=3", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertTrue(again.body().isEmpty());
        assertEquals(200, client.getWith("/api/hsds/services?per_page=4", "If-None-Match", etag).statusCode());
    }

    @Test
    void badParametersAreExplainedProblems() {
        PortalClient client = new PortalClient(portal);
        Map<String, String> cases = Map.of(
                "/api/hsds/services?page=0", "page",
                "/api/hsds/services?per_page=abc", "per_page",
                "/api/hsds/services?per_page=100000", "per_page",
                "/api/hsds/services?taxonomy_term_id=psychologist", "taxonomy_term_id",
                "/api/hsds/services?modified_after=yesterday", "modified_after",
                "/api/hsds/services/not-an-id", "id");
        cases.forEach((path, parameter) -> {
            HttpResponse<String> answer = client.getWith(path, "Accept-Language", "ru");
            assertEquals(400, answer.statusCode(), path);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
            assertTrue(answer.body().contains("Параметр " + parameter), path + ": " + answer.body());
        });
        HttpResponse<String> english = client.getWith("/api/hsds/services?page=-1", "Accept-Language", "en-GB,en");
        assertTrue(english.body().contains("Parameter page"), english.body());
        HttpResponse<String> missing = client.get("/api/hsds/services/" + Ids.of("no such service"));
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void confidentialAddressesNeverAppear() throws Exception {
        List<String[]> secrets = new ArrayList<>();
        List<String> organizations = new ArrayList<>();
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT l.organization_id, a.address_1, l.latitude, l.longitude FROM location l"
                        + " JOIN address a ON a.location_id = l.id WHERE l.confidential");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                organizations.add(rs.getString(1));
                secrets.add(new String[] {rs.getString(2), rs.getBigDecimal(3).stripTrailingZeros().toPlainString(),
                        rs.getBigDecimal(4).stripTrailingZeros().toPlainString()});
            }
        }
        assertFalse(secrets.isEmpty(), "the demo directory has confidential shelters");
        PortalClient client = new PortalClient(portal);
        List<String> bodies = new ArrayList<>();
        for (String organization : organizations) {
            bodies.add(client.get("/api/hsds/organizations/" + organization).body());
            bodies.add(client.get("/api/hsds/services?per_page=200&organization_id=" + organization).body());
            bodies.add(client.get("/api/hsds/service_at_locations?per_page=200&organization_id=" + organization).body());
        }
        String shelters = Ids.term("family-support", "crisis-shelter");
        bodies.add(client.get("/api/hsds/services?per_page=200&taxonomy_term_id=" + shelters).body());
        for (String body : bodies) {
            assertTrue(body.contains("Кризисн"), "the shelter itself is listed");
            for (String[] secret : secrets) {
                assertFalse(body.contains(secret[0]) && body.contains("\"address_1\""), "no confidential street address");
                assertFalse(body.contains(secret[1]), "no confidential latitude " + secret[1]);
                assertFalse(body.contains(secret[2]), "no confidential longitude " + secret[2]);
            }
        }
    }

    @Test
    void postcodeFindsTheServicesAtThatAddressButNeverAShelter() throws Exception {
        // The demo directory gives every address 000000: two public places and a shelter get a code
        // of their own (one typed with blanks around it), a third place a longer one.
        List<String> publicPlaces = new ArrayList<>();
        String shelter;
        try (Connection c = TestDatabase.get().connect()) {
            try (PreparedStatement q = c.prepareStatement("SELECT l.id FROM location l JOIN address a ON a.location_id = l.id"
                    + " WHERE NOT l.confidential AND EXISTS (SELECT 1 FROM service_at_location sal WHERE sal.location_id = l.id)"
                    + " ORDER BY l.id LIMIT 3"); ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    publicPlaces.add(rs.getString(1));
                }
            }
            try (PreparedStatement q = c.prepareStatement("SELECT l.id FROM location l JOIN address a ON a.location_id = l.id"
                    + " WHERE l.confidential ORDER BY l.id LIMIT 1"); ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), "the demo directory has shelters with addresses");
                shelter = rs.getString(1);
            }
        }
        assertEquals(3, publicPlaces.size());
        Map<String, String> codes = Map.of(publicPlaces.get(0), " 664099 ", publicPlaces.get(1), "664099",
                publicPlaces.get(2), "6640991", shelter, "664099");
        try {
            codes.forEach((location, code) -> postalCode(location, code));
            Set<String> expected = new java.util.HashSet<>();
            try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                    "SELECT id FROM service_at_location WHERE location_id IN (?, ?)")) {
                q.setString(1, publicPlaces.get(0));
                q.setString(2, publicPlaces.get(1));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        expected.add(rs.getString(1));
                    }
                }
            }
            JsonNode page = get("/api/hsds/service_at_locations?per_page=200&postcode=%20664099%20");
            Set<String> found = new java.util.HashSet<>();
            for (JsonNode sal : page.get("contents")) {
                assertValid("service_at_location_list", sal);
                found.add(sal.get("id").asText());
            }
            assertEquals(expected, found, "both places with the code, trimmed on either side; not the shelter");
            assertEquals(expected.size(), page.get("total_items").asInt());
            assertTrue(get("/api/hsds/service_at_locations?postcode=6640991").get("total_items").asInt() > 0,
                    "the longer code finds its own place");
            assertEquals(0, get("/api/hsds/service_at_locations?postcode=66409").get("total_items").asInt(),
                    "exact, not a prefix");
        } finally {
            codes.keySet().forEach(location -> postalCode(location, "000000"));
        }
        PortalClient client = new PortalClient(portal);
        assertEquals(400, client.get("/api/hsds/service_at_locations?postcode=12345678901234567").statusCode());
        assertEquals(400, client.get("/api/hsds/service_at_locations?proximity=52.287,104.305&postcode=664099").statusCode());
    }

    private static void postalCode(String location, String code) {
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement update = c.prepareStatement("UPDATE address SET postal_code = ? WHERE location_id = ?")) {
            update.setString(1, code);
            update.setString(2, location);
            update.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
