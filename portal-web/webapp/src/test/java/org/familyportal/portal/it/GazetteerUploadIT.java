package org.familyportal.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The portal starts with every municipal district of the four regions, a parent in one of the new
 * ones finds help and reaches a resource centre, and an administrator loads a region's own list of
 * places: a bad line is reported in Russian and nothing is loaded; a good list is searchable at once.
 */
@PortalContainerTest
class GazetteerUploadIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "region_code,municipality_code,municipality_name_ru,municipality_name_en,"
            + "municipality_kind,municipality_alternative_names,settlement_id,settlement_name_ru,settlement_name_en,"
            + "alternative_names,settlement_type,centre,latitude,longitude,postal_codes\n";

    @ArquillianResource
    URL portal;

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private PortalClient admin() {
        PortalClient admin = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword()).statusCode());
        return admin;
    }

    @Test
    void aVillageOfANewDistrictFindsHelpAndItsRequestsReachACentre() throws Exception {
        assertTrue(Integer.parseInt(Requests.query("SELECT COUNT(*) FROM municipality")) >= 157);
        assertEquals("0", Requests.query("SELECT COUNT(*) FROM municipality WHERE resource_centre_organization_id IS NULL"));
        JsonNode answer = JSON.readTree(new PortalClient(portal).get("/api/search?q=" + enc("психолог") + "&place="
                + enc("Куйтун")).body());
        assertEquals("38-kuitunsky", answer.get("place").get("municipality").asText(), answer.toString());
        assertTrue(answer.get("total").asInt() > 0, "region-wide and remote services still answer: " + answer);
    }

    @Test
    void aBadLineIsReportedAndNothingIsLoaded() throws Exception {
        PortalClient admin = admin();
        HttpResponse<String> page = admin.get("/admin/directory.xhtml");
        assertTrue(page.body().contains("places-title"), "the places section is on the page");
        byte[] csv = (HEADER
                + "38,38-test-new,Тестовый район,Test district,district,,38-test-new/centre,Тестовое,Testovoye,,village,municipality,55.1,101.2,\n"
                + "38,38-kuitunsky,Куйтунский район,,district,,38-kuitunsky/bad,Плохое,,,village,,севернее,101.5,\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = admin.upload("/admin/directory.xhtml", page.body(), "places", "uploadPlaces",
                "placesFile", "places.csv", csv);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("id=\"places-refused\""), answer.body());
        assertTrue(answer.body().contains("строка 3"), "where the bad line is");
        assertTrue(answer.body().contains("latitude — не число"), "which field, and why, in Russian");
        assertEquals("0", Requests.query("SELECT COUNT(*) FROM municipality WHERE code = '38-test-new'"));
    }

    @Test
    void aRegionsListIsLoadedAndSearchableAtOnce() throws Exception {
        PortalClient admin = admin();
        HttpResponse<String> page = admin.get("/admin/directory.xhtml");
        // Харик is a real village of the Kuitunsky district, not in GeoNames' extract; its point here is
        // approximate (test input, not shipped data).
        byte[] csv = (HEADER + "38,38-kuitunsky,Куйтунский район,Kuitunsky district,district,,38-kuitunsky/kharik,"
                + "Харик,Kharik,Kharik,village,settlement,54.3539,100.9531,665320\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = admin.upload("/admin/directory.xhtml", page.body(), "places", "uploadPlaces",
                "placesFile", "kuitunsky.csv", csv);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("id=\"places-loaded\""), answer.body());
        assertEquals("665320", Requests.query("SELECT postal_codes FROM settlement WHERE id = '38-kuitunsky/kharik'"));
        JsonNode found = JSON.readTree(new PortalClient(portal).get("/api/search?q=" + enc("юрист") + "&place="
                + enc("Харик")).body());
        assertEquals("38-kuitunsky", found.get("place").get("municipality").asText(), found.toString());
        assertEquals("1", Requests.query("SELECT COUNT(*) FROM audit_entry WHERE detail LIKE 'gazetteer loaded from kuitunsky.csv%'"),
                "the load is in the audit trail");
    }
}
