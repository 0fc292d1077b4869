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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service that came from another directory, without the portal's taxonomy and without a word
 * about its cost: its kinds of help are read from its own text (moderators see them marked as
 * inferred), and it is never claimed to be free.
 */
@PortalContainerTest
class AnyDirectoryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "любой-каталог-2026";
    private static final String ORGANIZATION = "6b6b6b6b-6b6b-46b6-86b6-6b6b6b6b6b6b";
    private static final String SERVICE = "6c6c6c6c-6c6c-46c6-86c6-6c6c6c6c6c6c";

    @ArquillianResource
    URL portal;

    @Test
    void anImportedServiceIsFoundByWhatItsWordsSayAndItsUnknownCostStaysUnknown() throws Exception {
        try (Connection c = TestDatabase.get().connect()) {
            try (PreparedStatement o = c.prepareStatement("INSERT INTO organization (id, name, description) VALUES (?, ?, ?)")) {
                o.setString(1, ORGANIZATION);
                o.setString(2, "АНО «Зюзинский правовой клуб»");
                o.setString(3, "Из чужого каталога");
                o.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO service (id, organization_id, name, description, status) VALUES (?, ?, ?, ?, 'active')")) {
                s.setString(1, SERVICE);
                s.setString(2, ORGANIZATION);
                s.setString(3, "Зюзинская приёмная для многодетных");
                s.setString(4, "Консультации юриста по алиментам и жилью");
                s.executeUpdate();
            }
        }
        // A moderator's verification brings the index up to date with the database.
        PortalClient moderator = moderator();
        HttpResponse<String> edit = moderator.get("/moderation/service.xhtml?id=" + SERVICE);
        assertEquals(200, edit.statusCode());
        assertTrue(edit.body().contains("id=\"inferred\""), "moderators see what was read from the text");
        assertTrue(edit.body().contains("Юридическая помощь"), edit.body());
        assertTrue(edit.body().contains("Многодетные семьи"), edit.body());
        moderator.submit("/moderation/service.xhtml?id=" + SERVICE, edit.body(), "service", "verify", Map.of());

        JsonNode legal = JSON.readTree(new PortalClient(portal).get("/api/search?q="
                + URLEncoder.encode("зюзинская", StandardCharsets.UTF_8) + "&category=legal-aid").body());
        assertEquals(1, legal.get("total").asInt(), legal.toString());
        JsonNode hit = legal.get("results").get(0);
        assertEquals(SERVICE, hit.get("id").asText());
        assertEquals("unknown", hit.get("cost").asText(), "no cost in the data: not free");
        assertEquals(0, hit.get("categories").size(), "inferred kinds of help are not shown as assigned");
        assertFalse(legal.get("facets").get("free").toString().contains("\"code\":\"true\""), legal.toString());

        JsonNode free = JSON.readTree(new PortalClient(portal).get("/api/search?q="
                + URLEncoder.encode("зюзинская", StandardCharsets.UTF_8) + "&free=true").body());
        assertEquals(0, free.get("total").asInt(), "the free filter leaves an unknown cost out");

        String page = new PortalClient(portal).get("/service.xhtml?id=" + SERVICE).body();
        assertTrue(page.contains("Стоимость не указана"), page);
        assertFalse(page.contains(">Бесплатно<"), page);

        JsonNode demo = JSON.readTree(new PortalClient(portal).get("/api/search?q="
                + URLEncoder.encode("психолог", StandardCharsets.UTF_8)).body());
        assertEquals("free", demo.get("results").get(0).get("cost").asText(), "the demo services say they are free");
    }

    private PortalClient moderator() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.MODERATOR);
        PortalClient moderator = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(moderator, email, PASSWORD).statusCode());
        return moderator;
    }
}
