package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A family asks for help online: the request is stored before the answer, with a number and a private
 * code for the status page; a double submit gives the same request; personal data is encrypted at rest.
 */
@PortalContainerTest
class AskForHelpIT {

    @ArquillianResource
    URL portal;

    static Map<String, String> form(String municipality, String description) {
        Map<String, String> form = new HashMap<>();
        form.put("callerType", "PARENT");
        form.put("municipality", municipality);
        form.put("topics", "legal-aid");
        form.put("description", description);
        form.put("feltUrgency", "THIS_WEEK");
        form.put("contact", "PHONE");
        form.put("name", "Анна Смирнова");
        form.put("phone", "+7 912 345-67-89");
        form.put("email", "");
        form.put("messenger", "");
        form.put("contactTime", "после 18:00");
        form.put("website", "");
        form.put("consent", "on");
        return form;
    }

    @Test
    void aFamilyAsksOnlineAndChecksTheStatusWithNumberAndCode() throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
        PortalClient family = new PortalClient(portal);
        HttpResponse<String> page = family.get("/ask-for-help.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("112"), "the danger-now line with 112 is on the form");
        assertTrue(page.body().contains("privacy.xhtml"), "consent links to the policy");

        String description = "Муж ушёл, не платит алименты, нужна консультация юриста " + System.nanoTime();
        HttpResponse<String> sent = family.submit("/ask-for-help.xhtml", page.body(), "ask", "send",
                form(municipality, description));
        assertEquals(200, sent.statusCode());
        String number = Requests.find(sent.body(), "id=\"request-number\">([0-9-]+)<");
        String code = Requests.find(sent.body(), "id=\"request-code\">([A-Z0-9-]+)<");
        assertEquals("NEW", Requests.column(number, "status"), "stored before the answer was shown");
        assertEquals(Requests.municipalityWithCentre(0)[1], Requests.column(number, "centre_organization_id"),
                "routed to the municipality's resource centre");
        assertEquals("legal-aid", Requests.column(number, "topics"));

        // The same form sent again (a double click, a retry): the same request, not a second one.
        HttpResponse<String> again = family.submit("/ask-for-help.xhtml", page.body(), "ask", "send",
                form(municipality, description));
        assertEquals(200, again.statusCode());
        assertEquals(number, Requests.find(again.body(), "id=\"request-number\">([0-9-]+)<"));
        assertEquals("1", Requests.query("SELECT COUNT(*) FROM help_request WHERE submission_key ="
                + " (SELECT submission_key FROM help_request WHERE number = ?)", number));

        // The status page: number and code open it; it shows no personal data.
        HttpResponse<String> statusPage = family.get("/request-status.xhtml");
        HttpResponse<String> status = family.submit("/request-status.xhtml", statusPage.body(), "status", "check",
                Map.of("number", number, "code", code.toLowerCase()));
        assertTrue(status.body().contains("id=\"current-status\">Новое<"), status.body());
        assertFalse(status.body().contains("Анна Смирнова") || status.body().contains("алименты"),
                "the status page shows neither name nor description");
        HttpResponse<String> wrong = family.submit("/request-status.xhtml", statusPage.body(), "status", "check",
                Map.of("number", number, "code", "AAAA-AAAA"));
        assertTrue(wrong.body().contains("не найдено"), wrong.body());
        assertFalse(wrong.body().contains("current-status"));
    }

    @Test
    void personalDataIsEncryptedAtRest() throws Exception {
        // Once with a phone, once with an e-mail: only the chosen contact is kept, and never readable.
        String phoneNumber = rawRowOf("PHONE", "phone_sealed");
        assertNotNull(Requests.column(phoneNumber, "phone_index"), "the phone can still be found by its keyed hash");
        assertEquals("CREATE", Requests.query("SELECT action FROM audit_entry WHERE help_request_id ="
                + " (SELECT id FROM help_request WHERE number = ?)", phoneNumber));
        String emailNumber = rawRowOf("EMAIL", "email_sealed");
        assertNull(Requests.column(emailNumber, "phone_sealed"), "a phone not chosen as the contact is not kept");
    }

    /** Sends a request with {@code contact}; checks its raw row holds no plain text and {@code column} is sealed. */
    private String rawRowOf(String contact, String column) throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
        PortalClient family = new PortalClient(portal);
        HttpResponse<String> page = family.get("/ask-for-help.xhtml");
        Map<String, String> form = form(municipality, "Секретное описание ситуации " + System.nanoTime());
        form.put("contact", contact);
        form.put("name", "Ефросинья Плаинтекстова");
        form.put("email", "efrosinya@example.org");
        form.put("contactTime", "будни после 19 часов");
        HttpResponse<String> sent = family.submit("/ask-for-help.xhtml", page.body(), "ask", "send", form);
        String number = Requests.find(sent.body(), "id=\"request-number\">([0-9-]+)<");
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT * FROM help_request WHERE number = ?")) {
            q.setString(1, number);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                ResultSetMetaData meta = rs.getMetaData();
                StringBuilder raw = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    raw.append(rs.getString(i)).append('|');
                }
                for (String plain : new String[] {"Плаинтекстова", "efrosinya", "Секретное", "+7 912", "345-67-89", "после 19"}) {
                    assertFalse(raw.toString().contains(plain), "no plain text of '" + plain + "' in the row: " + raw);
                }
                for (String sealed : new String[] {"name_sealed", "description_sealed", "contact_time_sealed", column}) {
                    assertTrue(rs.getString(sealed) != null && rs.getString(sealed).startsWith("v2:"),
                            sealed + " is stored sealed, with the id of its key");
                }
            }
        }
        return number;
    }


    @Test
    void badInputIsExplainedAndWhatWasTypedIsKept() throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
        PortalClient family = new PortalClient(portal);
        HttpResponse<String> page = family.get("/ask-for-help.xhtml?lang=en");
        Map<String, String> form = form(municipality, "Please help, my text stays here");
        form.remove("consent");
        HttpResponse<String> answer = family.submit("/ask-for-help.xhtml", page.body(), "ask", "send", form);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("Without consent to the processing of personal data"), answer.body());
        assertTrue(answer.body().contains("Please help, my text stays here"), "the description is kept");

        form.put("consent", "on");
        form.put("contact", "EMAIL");
        form.put("email", "not-an-address");
        HttpResponse<String> email = family.submit("/ask-for-help.xhtml", answer.body(), "ask", "send", form);
        assertTrue(email.body().contains("Check the e-mail address"), email.body());

        form.put("description", "x".repeat(5000));
        form.put("email", "ok@example.org");
        HttpResponse<String> tooLong = family.submit("/ask-for-help.xhtml", email.body(), "ask", "send", form);
        assertEquals(200, tooLong.statusCode());
        assertTrue(tooLong.body().contains("longer than 4000"), tooLong.body());
    }

    @Test
    void robotsFillingTheHiddenFieldStoreNothing() throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
        PortalClient robot = new PortalClient(portal);
        HttpResponse<String> page = robot.get("/ask-for-help.xhtml");
        String before = Requests.query("SELECT COUNT(*) FROM help_request");
        Map<String, String> form = form(municipality, "Buy cheap watches");
        form.put("website", "http://spam.example");
        HttpResponse<String> answer = robot.submit("/ask-for-help.xhtml", page.body(), "ask", "send", form);
        assertEquals(200, answer.statusCode());
        assertEquals(before, Requests.query("SELECT COUNT(*) FROM help_request"));
    }

    @Test
    void anUrgentRequestAlertsTheCentreOnDutyByMail() throws Exception {
        String[] place = Requests.municipalityWithCentre(1);
        String onDuty = Requests.staffOf(place[1], Role.SPECIALIST, true, false);
        String offDuty = Requests.staffOf(place[1], Role.SPECIALIST, false, false);
        PortalClient family = new PortalClient(portal);
        HttpResponse<String> page = family.get("/ask-for-help.xhtml");
        Map<String, String> form = form(place[0], "Отец пьёт и угрожает, мы боимся идти домой");
        form.put("feltUrgency", "TODAY");
        HttpResponse<String> sent = family.submit("/ask-for-help.xhtml", page.body(), "ask", "send", form);
        String number = Requests.find(sent.body(), "id=\"request-number\">([0-9-]+)<");
        assertTrue(sent.body().contains("срочное"), "the family is told it is urgent and to call 112");
        assertEquals("1", Requests.column(number, "urgent"));

        var mails = TestMail.to(onDuty, number, Duration.ofSeconds(20));
        assertEquals(1, mails.size(), "the specialist on duty got the alert");
        String body = TestMail.text(mails.get(0));
        assertTrue(body.contains("/centre/request.xhtml?id="), body);
        assertFalse(body.contains("угрожает"), "no personal data in the mail");
        assertTrue(TestMail.to(offDuty, number, Duration.ofMillis(200)).isEmpty(), "those off duty are not woken");
    }

    @Test
    void tooManySubmissionsFromOneAddressAreRefused() throws Exception {
        PortalClient visitor = new PortalClient(portal).from("10.99.0.1");
        HttpResponse<String> page = visitor.get("/request-status.xhtml");
        int refused = 0;
        for (int i = 0; i < 25; i++) {
            HttpResponse<String> answer = visitor.submit("/request-status.xhtml", page.body(), "status", "check",
                    Map.of("number", "0000-0000", "code", "AAAA-AAAA"));
            if (answer.statusCode() == 429) {
                refused++;
                assertTrue(answer.headers().firstValue("Retry-After").isPresent());
                assertTrue(answer.body().contains("Слишком много запросов"), answer.body());
            }
        }
        assertEquals(5, refused, "20 a minute pass, the rest wait");
        PortalClient other = new PortalClient(portal).from("10.99.0.2");
        assertEquals(200, other.get("/request-status.xhtml").statusCode(), "another address is not affected");
    }
}
