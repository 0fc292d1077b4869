package org.familyportal.portal.it;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database goes away under the running portal and comes back. The suite's MariaDB is shared, so
 * it is not killed here (the fault benchmark in {@code ops} does that): what the portal sees is the
 * same. Its pooled connections die, as they do when the server crashes, and new ones are refused
 * while the portal's account is locked, as they are while the server is down.
 */
@PortalContainerTest
class DatabaseOutageIT {

    private static final String HOTLINE = "8-800-2000-122";

    @ArquillianResource
    URL portal;

    @Test
    void deadPooledConnectionsAreReplacedWithoutAnyoneNoticing() throws Exception {
        PortalClient family = new PortalClient(portal);
        assertEquals(200, family.getFromServerRoot("/health/ready").statusCode());

        int killed = killPortalConnections();

        assertTrue(killed > 0, "the portal had pooled connections");
        assertEquals(200, family.getFromServerRoot("/health/ready").statusCode(),
                "ready at once: the pool checks a connection before handing it out and drops the dead ones");
        HttpResponse<String> page = family.get("/ask-for-help.xhtml");
        assertEquals(200, page.statusCode());
        HttpResponse<String> sent = family.submit("/ask-for-help.xhtml", page.body(), "ask", "send",
                AskForHelpIT.form(Requests.municipalityWithCentre(0)[0], "Нужна консультация психолога " + System.nanoTime()));
        assertEquals(200, sent.statusCode());
        String number = Requests.find(sent.body(), "id=\"request-number\">([0-9-]+)<");
        assertEquals("NEW", Requests.column(number, "status"));
    }

    @Test
    void whileTheDatabaseIsDownTheFormKeepsWhatWasTypedAndPointsToTheHotline() throws Exception {
        PortalClient family = new PortalClient(portal);
        String municipality = Requests.municipalityWithCentre(0)[0];
        String description = "Сын перестал ходить в школу, нужен психолог, случай " + System.nanoTime();
        Map<String, String> form = AskForHelpIT.form(municipality, description);
        HttpResponse<String> page = family.get("/ask-for-help.xhtml");
        long before = Long.parseLong(Requests.query("SELECT COUNT(*) FROM help_request"));

        HttpResponse<String> refused;
        HttpResponse<String> pageMeanwhile;
        int readyMeanwhile;
        HttpResponse<String> telephonyMeanwhile;
        try (Connection own = TestDatabase.get().connect()) {
            lockPortalAccount(true);
            killPortalConnections(own);

            readyMeanwhile = family.getFromServerRoot("/health/ready").statusCode();
            pageMeanwhile = new PortalClient(portal).get("/ask-for-help.xhtml");
            refused = family.submit("/ask-for-help.xhtml", page.body(), "ask", "send", form);
            telephonyMeanwhile = family.send(java.net.http.HttpRequest.newBuilder(family.resolve("/api/telephony/calls"))
                    .header("Authorization", "Bearer some-token").header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"callId\":\"outage\"}")));
        } finally {
            lockPortalAccount(false);
        }

        assertEquals(503, readyMeanwhile, "not ready while the database refuses connections");
        assertEquals(503, telephonyMeanwhile.statusCode(), "a telephony system is told to retry: " + telephonyMeanwhile.body());
        assertTrue(telephonyMeanwhile.headers().firstValue("Retry-After").isPresent());
        assertTrue(telephonyMeanwhile.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(200, pageMeanwhile.statusCode(), "the form is still shown, with the last known choices");
        assertTrue(pageMeanwhile.body().contains("value=\"" + municipality + "\""), "municipalities offered");

        assertEquals(200, refused.statusCode(), "no error page");
        assertTrue(refused.body().contains("id=\"unavailable\""), refused.body());
        assertTrue(refused.body().contains("Сейчас мы не можем принять обращение"), "says so plainly, in Russian");
        assertTrue(refused.body().contains(HOTLINE) && refused.body().contains("href=\"tel:88002000122\""),
                "shows the hotline number");
        assertTrue(refused.body().contains(description), "what the family typed is still in the form");
        assertFalse(refused.body().contains("request-number"), "nothing acknowledged that was not stored");
        assertEquals(before, Long.parseLong(Requests.query("SELECT COUNT(*) FROM help_request")), "nothing stored");

        // The database is back: readiness recovers by itself, and the same form, sent again, is taken.
        assertEquals(200, family.getFromServerRoot("/health/ready").statusCode());
        HttpResponse<String> sent = family.submit("/ask-for-help.xhtml", refused.body(), "ask", "send", form);
        String number = Requests.find(sent.body(), "id=\"request-number\">([0-9-]+)<");
        assertEquals("NEW", Requests.column(number, "status"));
        assertEquals(before + 1, Long.parseLong(Requests.query("SELECT COUNT(*) FROM help_request")));
    }

    private static int killPortalConnections() throws Exception {
        try (Connection own = TestDatabase.get().connect()) {
            return killPortalConnections(own);
        }
    }

    /** Ends every connection of the portal's database user but {@code own}, as a crash of the server does. */
    private static int killPortalConnections(Connection own) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement q = own.prepareStatement("SELECT ID FROM information_schema.PROCESSLIST"
                + " WHERE USER = ? AND ID <> CONNECTION_ID()")) {
            q.setString(1, TestDatabase.get().settings().user());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        try (Statement s = own.createStatement()) {
            for (long id : ids) {
                try {
                    s.execute("KILL CONNECTION " + id);
                } catch (java.sql.SQLException gone) {
                    // ended meanwhile
                }
            }
        }
        return ids.size();
    }

    private static void lockPortalAccount(boolean lock) {
        String user = TestDatabase.get().settings().user();
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            TestDatabase.get().administer("ALTER USER '" + user + "'@'" + host + "' ACCOUNT " + (lock ? "LOCK" : "UNLOCK"));
        }
    }
}
