package org.familyportal.portal.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places as parents type them: Latin letters and typos are understood, an unknown village gets
 * suggestions and the help available everywhere (never 0), a danger query with it still shows the
 * numbers to call, and a point far outside the regions names no town.
 */
@PortalContainerTest
class PlaceSearchIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A real hamlet near Listvyanka, too small for the gazetteer of settlement centres. */
    private static final String HAMLET = "Малые Коты";

    @ArquillianResource
    URL portal;

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private JsonNode api(String query) throws Exception {
        HttpResponse<String> answer = new PortalClient(portal).get("/api/search?" + query);
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body());
    }

    @Test
    void latinLettersAndTyposFindThePlace() throws Exception {
        JsonNode latin = api("q=" + enc("психолог") + "&place=Angarsk");
        assertEquals("Ангарск", latin.get("place").get("name").asText());
        assertNull(latin.get("place_match"), "another spelling needs no explanation: " + latin.get("place_match"));
        assertTrue(latin.get("total").asInt() > 0);
        JsonNode usolye = api("place=" + enc("Usolye-Sibirskoye"));
        assertEquals("Усолье-Сибирское", usolye.get("place").get("name").asText());

        JsonNode typo = api("q=" + enc("психолог") + "&place=" + enc("Ангарс"));
        assertEquals("Ангарск", typo.get("place").get("name").asText());
        assertEquals("corrected", typo.get("place_match").get("outcome").asText());
        assertEquals("Ищем рядом с населённым пунктом Ангарск — так мы поняли «Ангарс».",
                typo.get("place_match").get("notice").asText());
        assertEquals(latin.get("total"), typo.get("total"), "the same help as for Ангарск itself");
    }

    @Test
    void thePlaceBoxCompletesLatinLettersAndTyposToo() throws Exception {
        JsonNode latin = JSON.readTree(new PortalClient(portal).get("/api/search/places?q=Chelyabinsk").body());
        assertEquals("Челябинск", latin.get(0).get("name").asText(), latin.toString());
        JsonNode typo = JSON.readTree(new PortalClient(portal).get("/api/search/places?q=" + enc("Тальятти")).body());
        assertEquals("Тольятти", typo.get(0).get("name").asText(), typo.toString());
    }

    @Test
    void anUnknownVillageGetsSuggestionsAndHelpAvailableEverywhereNotZero() throws Exception {
        JsonNode hamlet = api("q=" + enc("психолог") + "&place=" + enc(HAMLET + ", Иркутская область"));
        assertNull(hamlet.get("place"), "no town is made up for it");
        JsonNode match = hamlet.get("place_match");
        assertEquals("unknown", match.get("outcome").asText());
        assertEquals("Иркутская область", match.get("region").asText());
        assertTrue(match.get("notice").asText().startsWith("Не знаем такого населённого пункта: " + HAMLET + ", Иркутская область."),
                match.toString());
        assertTrue(hamlet.get("total").asInt() > 0, "not 0 results: " + hamlet);
        for (JsonNode hit : hamlet.get("results")) {
            assertTrue(hit.get("everywhere").asBoolean() || hit.get("areas").toString().contains("\"kind\":\"region\",\"code\":\"38\""),
                    "only help from anywhere or across the Irkutsk region: " + hit);
            assertNull(hit.get("distance_km"), hit.toString());
        }

        // Two letters wrong: "did you mean", with a link that keeps the words and filters.
        JsonNode twoWrong = api("q=" + enc("психолог") + "&free=true&place=" + enc("Железнагорск Елимский"));
        JsonNode suggestion = twoWrong.get("place_match").get("suggestions").get(0);
        assertEquals("Железногорск-Илимский", suggestion.get("name").asText());
        assertTrue(twoWrong.get("total").asInt() > 0);
        String url = suggestion.get("url").asText();
        assertTrue(url.contains("free=true") && url.contains("q=" + enc("психолог")), url);
        JsonNode followed = JSON.readTree(new PortalClient(portal).getFromServerRoot(url).body());
        assertEquals("Железногорск-Илимский", followed.get("place").get("name").asText(), followed.toString());
        assertNull(followed.get("place_match"));

        JsonNode english = JSON.readTree(new PortalClient(portal).getWith("/api/search?place=" + enc("Нигдевск"),
                "Accept-Language", "en").body());
        assertEquals("We do not know the place Нигдевск. Meanwhile shown is help available from anywhere:"
                + " helplines and online consultations.", english.get("place_match").get("notice").asText());
        assertTrue(english.get("total").asInt() > 0);

        // A "place" that is no place (too long) costs nothing and breaks nothing.
        JsonNode tooLong = api("place=" + enc("Ангарск".repeat(30)));
        assertEquals("unknown", tooLong.get("place_match").get("outcome").asText());
        assertEquals(0, tooLong.get("place_match").get("suggestions").size());
    }

    @Test
    void dangerWithAnUnknownPlaceOrFarAwayStillShowsTheBannerCrisisHelpAndNumbers() throws Exception {
        for (String where : new String[] {"place=" + enc(HAMLET), "place=" + enc("Нигдевск")}) {
            JsonNode danger = api("q=" + enc("хочу умереть") + "&" + where);
            assertTrue(danger.get("crisis").asBoolean(), where + ": " + danger);
            assertTrue(danger.get("total").asInt() > 0, where + ": never empty");
            assertTrue(danger.get("crisis_service_found").asBoolean(), where + ": " + danger);
            assertTrue(danger.get("crisis_contacts").toString().contains("\"tel\":\"tel:112\""), danger.toString());
            assertNull(danger.get("place"), where + ": no town named");
        }
        // Far outside the regions: no town named, the numbers to call (the demo directory has no
        // country-wide service since reach follows the service area, so no service may be listed).
        JsonNode moscow = api("q=" + enc("хочу умереть") + "&lat=55.7558&lon=37.6173");
        assertTrue(moscow.get("crisis").asBoolean() && moscow.get("outside_regions").asBoolean(), moscow.toString());
        assertTrue(moscow.get("crisis_contacts").toString().contains("\"tel\":\"tel:112\""), moscow.toString());
        assertNull(moscow.get("place"));
        String page = new PortalClient(portal).get("/find-help.xhtml?q=" + enc("хочу умереть") + "&place=" + enc(HAMLET)).body();
        assertTrue(page.contains("id=\"crisis-banner\"") && page.contains("id=\"crisis-contacts\""), page);
        assertTrue(page.contains("href=\"tel:112\""));
        assertTrue(page.contains("id=\"place-notice\"") && page.contains("Не знаем такого населённого пункта: " + HAMLET), page);
        assertTrue(page.contains("class=\"result\""), "crisis lines available everywhere are listed");

        String far = new PortalClient(portal).get("/find-help.xhtml?q=" + enc("хочу умереть") + "&lat=43.1155&lon=131.8855").body();
        assertTrue(far.contains("id=\"crisis-banner\"") && far.contains("id=\"outside-regions\""), far);
        String count = far.substring(far.indexOf("id=\"result-count\""));
        assertFalse(count.substring(0, count.indexOf("</p>")).contains("Рядом с"), "no town thousands of km away");
    }

    @Test
    void theFindHelpPageSaysWhatItUnderstoodAndOffersThePlacesItMayMean() {
        PortalClient parent = new PortalClient(portal);
        String typo = parent.get("/find-help.xhtml?q=" + enc("юрист") + "&place=" + enc("Ангарс")).body();
        assertTrue(typo.contains("Ищем рядом с населённым пунктом Ангарск — так мы поняли «Ангарс»."), typo);
        assertTrue(typo.contains("Рядом с Ангарск"), "searched near it");

        String unknown = parent.get("/find-help.xhtml?q=" + enc("юрист") + "&open_now=true&place="
                + enc("Железнагорск Елимский")).body();
        assertTrue(unknown.contains("id=\"did-you-mean\"") && unknown.contains("Может быть, вы имели в виду:"), unknown);
        Matcher link = Pattern.compile("<a href=\"([^\"]+)\">Железногорск-Илимский</a>").matcher(unknown);
        assertTrue(link.find(), unknown);
        String href = link.group(1).replace("&amp;", "&");
        assertTrue(href.contains("open_now=true") && href.contains("q=" + enc("юрист")), href);
        String chosen = parent.getFromServerRoot(href).body();
        assertTrue(chosen.contains("Рядом с Железногорск-Илимский"), chosen);
        assertFalse(chosen.contains("id=\"place-notice\""));

        String english = parent.get("/find-help.xhtml?lang=en&place=" + enc("Железнагорск Елимский")).body();
        assertTrue(english.contains("Did you mean:"), english);
        assertTrue(english.contains("Zheleznogorsk-Ilimsky"), "the places it may mean in English: " + english);

        // A place as an English reader names it, answered in English, not in the gazetteer's Russian.
        String near = parent.get("/find-help.xhtml?lang=en&q=lawyer&place=Angarsk").body();
        assertTrue(near.contains("Near Angarsk (Angarsk urban district)."), near);
    }
}
