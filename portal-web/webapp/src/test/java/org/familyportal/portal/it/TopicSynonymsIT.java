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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Administrators keep the search synonyms; search honours a change at once; nobody else sees the page. */
@PortalContainerTest
class TopicSynonymsIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAGE = "/admin/synonyms.xhtml";
    /** "Grasshopper": no service uses the word. */
    private static final String WORD = "кузнечик";

    @ArquillianResource
    URL portal;

    @Test
    void anAdministratorEditsASynonymAndSearchHonoursIt() throws Exception {
        assertEquals(0, search(WORD).get("total").asInt(), "nobody calls a service that yet");
        PortalClient admin = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword()).statusCode());

        HttpResponse<String> page = admin.get(PAGE);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("юрист, адвокат"), "the seeded list is shown");
        HttpResponse<String> added = admin.submit(PAGE, page.body(), "synonym", "save",
                Map.of("words", "кузнечики", "topics", "category:legal-aid"));
        assertEquals(200, added.statusCode());
        assertTrue(added.body().contains("Запись добавлена"), added.body());
        JsonNode found = search(WORD);
        assertTrue(found.get("total").asInt() > 0, "the plural entry finds the singular word");
        assertEquals(List.of(true), categories(found, "legal-aid"));

        int id = entryId("кузнечики");
        page = admin.get(PAGE + "?edit=" + id);
        assertTrue(page.body().contains("category:legal-aid"), "the entry is in the form");
        HttpResponse<String> refused = admin.submit(PAGE + "?edit=" + id, page.body(), "synonym", "save",
                Map.of("words", "кузнечики", "topics", "category:no-such-help"));
        assertTrue(refused.body().contains("нет такого термина справочника"), refused.body());
        HttpResponse<String> saved = admin.submit(PAGE + "?edit=" + id, refused.body(), "synonym", "save",
                Map.of("words", "кузнечики", "topics", "category:psychological-help"));
        assertTrue(saved.body().contains("Запись сохранена"), saved.body());
        assertEquals(List.of(true), categories(search(WORD), "psychological-help"));

        page = admin.get(PAGE + "?edit=" + id);
        HttpResponse<String> removed = admin.submit(PAGE + "?edit=" + id, page.body(), "synonym", "remove", Map.of());
        assertTrue(removed.body().contains("Запись удалена"), removed.body());
        assertEquals(0, search(WORD).get("total").asInt());

        List<String> log = new ArrayList<>();
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT action, changed_by FROM topic_synonym_change WHERE synonym_id = ? ORDER BY id")) {
            q.setInt(1, id);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    log.add(rs.getString(1));
                    assertEquals(TestDatabase.ADMIN_EMAIL, rs.getString(2));
                }
            }
        }
        assertEquals(List.of("added", "changed", "removed"), log, "every change is logged, the refused one not");
    }

    @Test
    void anAdministratorAddsWordsThatFindOtherWordsAndSearchHonoursThem() throws Exception {
        String dragonfly = "стрекоза";
        assertEquals(0, search(dragonfly).get("total").asInt(), "nobody calls a service that yet");
        PortalClient admin = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword()).statusCode());

        HttpResponse<String> page = admin.get(PAGE);
        HttpResponse<String> refused = admin.submit(PAGE, page.body(), "synonym", "save",
                Map.of("words", "стрекоза", "topics", "stop, category:legal-aid"));
        assertTrue(refused.body().contains("пишется одно"), refused.body());
        HttpResponse<String> added = admin.submit(PAGE, refused.body(), "synonym", "save",
                Map.of("words", "стрекоза, стрекозы летают", "topics", "юридическая консультация"));
        assertTrue(added.body().contains("Запись добавлена"), added.body());
        assertTrue(added.body().contains("Ищет и: юридическая консультация"), "the list says what the words also find");
        for (String words : List.of("стрекозу", "стрекозы летают")) {
            JsonNode found = search(words);
            assertTrue(found.get("total").asInt() > 0, words);
            assertEquals(true, categories(found, "legal-aid").get(0), words + ": legal aid first");
        }

        int id = entryId("стрекоза, стрекозы летают");
        page = admin.get(PAGE + "?edit=" + id);
        HttpResponse<String> removed = admin.submit(PAGE + "?edit=" + id, page.body(), "synonym", "remove", Map.of());
        assertTrue(removed.body().contains("Запись удалена"), removed.body());
        assertEquals(0, search(dragonfly).get("total").asInt(), "removed: the word finds nothing again");
    }

    @Test
    void pleasAreLeftOutAndAQueryOfPleasOnlyIsAskedWhatHelpIsNeeded() throws Exception {
        assertEquals(ids(search("психолога")), ids(search("помогите найти психолога")), "the seeded pleas");
        JsonNode pleas = search("помогите");
        assertTrue(pleas.path("only_pleas").asBoolean(), pleas.toString());
        assertTrue(pleas.get("prompt").asText().contains("какая именно"), pleas.toString());
        assertTrue(pleas.get("total").asInt() > 0, "helplines meanwhile");
        assertEquals(true, categories(pleas, "hotline").get(0), "a helpline first");
        assertTrue(search("психолог").path("only_pleas").isMissingNode());
        HttpResponse<String> findHelp = new PortalClient(portal).get("/find-help.xhtml?q="
                + URLEncoder.encode("Помогите!", StandardCharsets.UTF_8));
        assertEquals(200, findHelp.statusCode());
        assertTrue(findHelp.body().contains("id=\"pleas-prompt\""), findHelp.body());
    }

    private static List<String> ids(JsonNode found) {
        List<String> ids = new ArrayList<>();
        found.get("results").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    @Test
    void anyoneButAnAdministratorGetsNotFound() throws Exception {
        assertEquals(404, new PortalClient(portal).get(PAGE).statusCode());
        String password = "модератор-синонимов-2026";
        PortalClient moderator = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(moderator, StaffAccounts.create(password, Role.MODERATOR), password).statusCode());
        assertEquals(200, moderator.get("/moderation/services.xhtml").statusCode(), "signed in as a moderator");
        HttpResponse<String> answer = moderator.get(PAGE);
        assertEquals(404, answer.statusCode());
        assertTrue(answer.body().contains("Страница не найдена"));
    }

    private JsonNode search(String words) throws Exception {
        HttpResponse<String> answer = new PortalClient(portal).get("/api/search?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertEquals(200, answer.statusCode());
        return JSON.readTree(answer.body());
    }

    /** For each result: whether it is of that kind of help. */
    private static List<Boolean> categories(JsonNode found, String category) {
        List<Boolean> kinds = new ArrayList<>();
        for (JsonNode result : found.get("results")) {
            boolean of = false;
            for (JsonNode c : result.get("categories")) {
                of |= category.equals(c.get("code").asText());
            }
            if (!kinds.contains(of)) {
                kinds.add(of);
            }
        }
        return kinds;
    }

    private static int entryId(String words) throws Exception {
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT id FROM topic_synonym WHERE words = ?")) {
            q.setString(1, words);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                return rs.getInt(1);
            }
        }
    }
}
