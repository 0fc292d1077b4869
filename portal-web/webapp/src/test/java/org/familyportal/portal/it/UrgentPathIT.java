package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults that must not lose the urgent path: an SMTP server that is down or silent for a while, a
 * mail the server never takes, a municipality without a centre, a centre without staff, and a
 * re-assessment that makes a request urgent. GreenMail is stopped and started again; the clock of a
 * mail or request is moved in the database instead of waiting for it.
 */
@PortalContainerTest
class UrgentPathIT {

    @ArquillianResource
    URL portal;

    @Test
    void aMailServerDownForAWhileCostsNoAlertAndNewCommitsDoNotBurnOldAttempts() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        String onDuty = Requests.staffOf(place[1], Role.SPECIALIST, true, false);
        List<String> numbers = new ArrayList<>();
        TestMail.stop();
        try {
            numbers.add(submit(place[0], "TODAY", "Срочно, сервер почты лежит " + System.nanoTime()));
            long first = mailTo(onDuty, numbers.get(0));
            assertEquals("1", awaitValue("SELECT attempts FROM mail_outbox WHERE id = ? AND attempts > 0", first));
            assertNull(Requests.query("SELECT sent_at FROM mail_outbox WHERE id = ?", first));
            assertNotNull(Requests.query("SELECT last_error FROM mail_outbox WHERE id = ?", first), "the failure is kept");
            assertEquals("1", Requests.query("SELECT next_attempt_at > NOW() FROM mail_outbox WHERE id = ?", first),
                    "tried again later, on its own schedule");

            // More commits that queue mails while the server is down: each tries its own mail only.
            for (int i = 0; i < 4; i++) {
                numbers.add(submit(place[0], "TODAY", "Ещё одно срочное " + i + " " + System.nanoTime()));
            }
            for (String number : numbers) {
                awaitValue("SELECT attempts FROM mail_outbox WHERE id = ? AND attempts > 0", mailTo(onDuty, number));
            }
            assertEquals("1", Requests.query("SELECT attempts FROM mail_outbox WHERE id = ?", first),
                    "other commits did not burn the first mail's attempts");

            // However many attempts it took, no mail is abandoned while the server is away.
            Requests.update("UPDATE mail_outbox SET attempts = 25 WHERE id = ?", first);
        } finally {
            TestMail.start();
        }
        Requests.update("UPDATE mail_outbox SET next_attempt_at = NOW() - INTERVAL 1 SECOND WHERE recipient = ? AND sent_at IS NULL",
                onDuty);
        for (String number : numbers) {
            assertEquals(1, TestMail.to(onDuty, number, Duration.ofSeconds(30)).size(), "delivered once the server is back: " + number);
        }
        assertEquals("0", Requests.query("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND (sent_at IS NULL OR dead_at IS NOT NULL)",
                onDuty));
        Thread.sleep(3000);
        for (String number : numbers) {
            assertEquals(1, TestMail.to(onDuty, number, Duration.ZERO).size(), "and only once: " + number);
        }
    }

    @Test
    void aMailNotTakenForHoursIsADeadLetterThatReadinessReportsAndAdministratorsSendAgain() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        String onDuty = Requests.staffOf(place[1], Role.SPECIALIST, true, false);
        String number;
        long mail;
        TestMail.stop();
        try {
            number = submit(place[0], "TODAY", "Срочно, письмо не уходит сутки " + System.nanoTime());
            mail = mailTo(onDuty, number);
            awaitValue("SELECT attempts FROM mail_outbox WHERE id = ? AND attempts > 0", mail);
            Requests.update("UPDATE mail_outbox SET trying_since = NOW() - INTERVAL 25 HOUR,"
                    + " next_attempt_at = NOW() - INTERVAL 1 SECOND WHERE id = ?", mail);
            assertNotNull(awaitValue("SELECT dead_at FROM mail_outbox WHERE id = ?", mail), "given up after the give-up time");
            assertNull(Requests.query("SELECT sent_at FROM mail_outbox WHERE id = ?", mail));
        } finally {
            TestMail.start();
        }
        Requests.update("UPDATE mail_outbox SET next_attempt_at = NOW() - INTERVAL 1 SECOND WHERE id = ?", mail);
        Thread.sleep(4000);
        assertTrue(TestMail.to(onDuty, number, Duration.ZERO).isEmpty(), "a dead letter is not sent by itself");

        HttpResponse<String> ready = new PortalClient(portal).getFromServerRoot("/health/ready");
        assertEquals(200, ready.statusCode(), "dead letters are reported, they do not take the portal out of service");
        assertTrue(ready.body().contains("\"mail-outbox\""), ready.body());
        Matcher dead = Pattern.compile("\"dead_letters\"\\s*:\\s*\"?(\\d+)").matcher(ready.body());
        assertTrue(dead.find() && Integer.parseInt(dead.group(1)) >= 1, ready.body());

        PortalClient admin = new PortalClient(portal);
        SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
        HttpResponse<String> page = admin.get("/admin/mail.xhtml");
        assertEquals(200, page.statusCode());
        int row = rowOf(page.body(), number);
        HttpResponse<String> retried = admin.submit("/admin/mail.xhtml", page.body(), "mail", "rows:" + row + ":retry", Map.of());
        assertTrue(retried.body().contains("Писем возвращено в отправку: 1"), retried.body());
        assertEquals(1, TestMail.to(onDuty, number, Duration.ofSeconds(20)).size(), "sent again once handed back");
        assertNotNull(Requests.await("SELECT sent_at FROM mail_outbox WHERE id = ?", mail));
        assertNull(Requests.query("SELECT dead_at FROM mail_outbox WHERE id = ?", mail));
        assertTrue(Integer.parseInt(Requests.query("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND detail = ?",
                TestDatabase.ADMIN_EMAIL, "dead letter " + mail + " handed back to delivery")) == 1);
        assertEquals(404, new PortalClient(portal).get("/admin/mail.xhtml").statusCode(), "administrators only");
    }

    @Test
    void aSilentMailServerNeverHoldsUpTheDeadlineWatch() throws Exception {
        String[] place = Requests.municipalityWithCentre(1);
        String onDuty = Requests.staffOf(place[1], Role.SPECIALIST, true, false);
        String head = Requests.staffOf(place[1], Role.SPECIALIST, false, true);
        String waiting = submit(place[0], "THIS_WEEK", "Ждёт ответа центра " + System.nanoTime());
        TestMail.stop();
        // A server that takes the connection and never says a word: every attempt waits for its timeout.
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(TestMail.port(), 50, InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (Exception closed) {
                    // the test is over
                }
            }, "silent-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
            for (int i = 0; i < 3; i++) {
                submit(place[0], "TODAY", "Срочно, почта молчит " + i + " " + System.nanoTime());
            }
            Requests.update("UPDATE help_request SET acknowledge_by = NOW() - INTERVAL 1 HOUR WHERE number = ?", waiting);
            long start = System.nanoTime();
            String escalated = null;
            while (escalated == null && System.nanoTime() - start < 15_000_000_000L) {
                escalated = Requests.query("SELECT escalated_at FROM help_request WHERE number = ?", waiting);
                Thread.sleep(200);
            }
            assertNotNull(escalated, "the deadline watch ran on time while the mail server hung");
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
            TestMail.start();
        }
        // Attempts still claimed (against the silent server) end first; then their mails are made due.
        long until = System.nanoTime() + 20_000_000_000L;
        while (!"0".equals(Requests.query("SELECT COUNT(*) FROM mail_outbox WHERE recipient IN (?, ?) AND sent_at IS NULL"
                + " AND next_attempt_at > NOW() + INTERVAL 60 SECOND", onDuty, head)) && System.nanoTime() < until) {
            Thread.sleep(250);
        }
        Requests.update("UPDATE mail_outbox SET next_attempt_at = NOW() - INTERVAL 1 SECOND WHERE recipient IN (?, ?)"
                + " AND sent_at IS NULL", onDuty, head);
        assertEquals(1, TestMail.to(head, waiting, Duration.ofSeconds(40)).size(), "the head hears of it once the server answers");
    }

    @Test
    void anUrgentRequestWithoutACentreKeepsTellingAdministratorsAndALateRoutingAlertsTheCentre() throws Exception {
        String[] place = municipalityWithCentre(4);
        String onDuty = Requests.staffOf(place[1], Role.SPECIALIST, true, false);
        Requests.update("UPDATE municipality SET resource_centre_organization_id = NULL WHERE code = ?", place[0]);
        try {
            String number = submit(place[0], "TODAY", "Срочно, района без центра " + System.nanoTime());
            assertNull(Requests.column(number, "centre_organization_id"));
            assertEquals(1, TestMail.to(TestDatabase.ADMIN_EMAIL, number, Duration.ofSeconds(20)).size(), "administrators told");

            // An hour on (the urgent period), still without a centre: told again, and nobody else is "escalated to".
            Requests.update("UPDATE help_request SET unrouted_alerted_at = NOW() - INTERVAL 61 MINUTE,"
                    + " acknowledge_by = NOW() - INTERVAL 1 MINUTE WHERE number = ?", number);
            assertEquals(2, TestMail.atLeast(TestDatabase.ADMIN_EMAIL, number, 2, Duration.ofSeconds(20)).size(), "told again");
            assertEquals("1", Requests.query("SELECT ABS(TIMESTAMPDIFF(MINUTE, unrouted_alerted_at, UTC_TIMESTAMP())) < 5"
                    + " FROM help_request WHERE number = ?", number), "the reminder's time is UTC whatever the JVM's zone");
            Requests.update("UPDATE help_request SET unrouted_alerted_at = NOW() - INTERVAL 61 MINUTE WHERE number = ?", number);
            assertEquals(3, TestMail.atLeast(TestDatabase.ADMIN_EMAIL, number, 3, Duration.ofSeconds(20)).size(), "and again, not once");
            assertNull(Requests.column(number, "escalated_at"), "not marked escalated with nobody told");
            assertEquals("3", events(number, "UNROUTED"));

            PortalClient admin = new PortalClient(portal);
            SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
            HttpResponse<String> page = admin.get("/admin/centres.xhtml");
            HttpResponse<String> assigned = admin.submit("/admin/centres.xhtml", page.body(), "centres", "assignCentre",
                    Map.of("municipality", place[0], "centre_input", place[1], "centre_hinput", place[1]));
            assertTrue(assigned.body().contains("Центр закреплён за районом"), assigned.body());

            assertEquals(place[1], Requests.column(number, "centre_organization_id"));
            assertEquals("1", events(number, "ROUTED"), "the late routing is on the timeline");
            int minutesLeft = Integer.parseInt(Requests.query("SELECT TIMESTAMPDIFF(SECOND, NOW(), acknowledge_by) DIV 60"
                    + " FROM help_request WHERE number = ?", number));
            assertTrue(minutesLeft >= 55 && minutesLeft <= 60, "a new urgent deadline from the routing: " + minutesLeft + " min");
            assertEquals(1, TestMail.to(onDuty, number, Duration.ofSeconds(20)).size(), "the centre on duty is alerted");

            Requests.update("UPDATE help_request SET unrouted_alerted_at = NOW() - INTERVAL 5 HOUR WHERE number = ?", number);
            Thread.sleep(5000);
            assertEquals(3, TestMail.atLeast(TestDatabase.ADMIN_EMAIL, number, 4, Duration.ZERO).size(),
                    "routed: the administrators are no longer told");
        } finally {
            Requests.update("UPDATE municipality SET resource_centre_organization_id = ? WHERE code = ?", place[1], place[0]);
        }
    }

    @Test
    void anUrgentRequestForACentreWithoutStaffReachesTheAdministrators() throws Exception {
        String[] place = municipalityWithCentre(5);
        String empty = Requests.query("SELECT id FROM organization WHERE id NOT IN (SELECT organization_id FROM organization_member)"
                + " AND id NOT IN (SELECT resource_centre_organization_id FROM municipality WHERE resource_centre_organization_id IS NOT NULL)"
                + " ORDER BY id DESC LIMIT 1");
        Requests.update("UPDATE municipality SET resource_centre_organization_id = ? WHERE code = ?", empty, place[0]);
        try {
            String number = submit(place[0], "TODAY", "Срочно, в центре никого " + System.nanoTime());
            assertEquals(empty, Requests.column(number, "centre_organization_id"));
            var mails = TestMail.to(TestDatabase.ADMIN_EMAIL, number, Duration.ofSeconds(20));
            assertEquals(1, mails.size(), "the administrators hear of it");
            assertTrue(mails.get(0).getSubject().contains("нет сотрудников"), mails.get(0).getSubject());
        } finally {
            Requests.update("UPDATE municipality SET resource_centre_organization_id = ? WHERE code = ?", place[1], place[0]);
        }
    }

    @Test
    void aCentreWhoseOnlySpecialistOnDutyIsDisabledAlertsTheAdministratorsNotThem() throws Exception {
        String[] place = municipalityWithCentre(5);
        String empty = Requests.query("SELECT id FROM organization WHERE id NOT IN (SELECT organization_id FROM organization_member)"
                + " AND id NOT IN (SELECT resource_centre_organization_id FROM municipality WHERE resource_centre_organization_id IS NOT NULL)"
                + " ORDER BY id DESC LIMIT 1");
        String disabled = Requests.staffOf(empty, Role.SPECIALIST, true, true);
        Requests.update("UPDATE user_account SET enabled = FALSE WHERE email = ?", disabled);
        // Moved to the hotline: still a member of the centre, but no longer a specialist.
        String reroled = Requests.staffOf(empty, Role.OPERATOR, true, false);
        Requests.update("UPDATE municipality SET resource_centre_organization_id = ? WHERE code = ?", empty, place[0]);
        try {
            String number = submit(place[0], "TODAY", "Срочно, специалист отключён " + System.nanoTime());
            var mails = TestMail.to(TestDatabase.ADMIN_EMAIL, number, Duration.ofSeconds(20));
            assertEquals(1, mails.size(), "the administrators hear of it");
            assertTrue(mails.get(0).getSubject().contains("нет сотрудников"), mails.get(0).getSubject());
            assertEquals(0, TestMail.to(disabled, number, Duration.ofSeconds(1)).size(), "a disabled account hears nothing");
            assertEquals(0, TestMail.to(reroled, number, Duration.ofSeconds(1)).size(), "nor an account without the role");
        } finally {
            Requests.update("UPDATE municipality SET resource_centre_organization_id = ? WHERE code = ?", place[1], place[0]);
            Requests.update("DELETE FROM organization_member WHERE organization_id = ?", empty);
        }
    }

    @Test
    void raisingARequestToImmediateThreatGivesItTheUrgentDeadlineAndAlertAndLoweringTheOrdinaryOne() throws Exception {
        String[] place = Requests.municipalityWithCentre(1);
        String specialist = Requests.staffOf(place[1], Role.SPECIALIST, true, false);
        String number = submit(place[0], "THIS_WEEK", "Сначала не срочно " + System.nanoTime());
        String id = Requests.column(number, "id");
        assertEquals("0", Requests.column(number, "urgent"));

        PortalClient centre = Requests.signedIn(portal, specialist);
        HttpResponse<String> page = centre.get("/centre/request.xhtml?id=" + id);
        HttpResponse<String> raised = centre.submit("/centre/request.xhtml?id=" + id, page.body(), "work", "saveTriage",
                Map.of("triage", "IMMEDIATE_THREAT"));
        assertTrue(raised.body().contains("Оценка сохранена"), raised.body());
        assertEquals("1", Requests.column(number, "urgent"));
        int minutesLeft = Integer.parseInt(Requests.query("SELECT TIMESTAMPDIFF(SECOND, NOW(), acknowledge_by) DIV 60"
                + " FROM help_request WHERE number = ?", number));
        assertTrue(minutesLeft >= 55 && minutesLeft <= 60, "the urgent deadline from this moment: " + minutesLeft + " min");
        assertEquals(1, TestMail.to(specialist, number, Duration.ofSeconds(20)).size(), "the alert an urgent request gets");

        HttpResponse<String> lowered = centre.submit("/centre/request.xhtml?id=" + id, raised.body(), "work", "saveTriage",
                Map.of("triage", "INFORMATION"));
        assertTrue(lowered.body().contains("Оценка сохранена"), lowered.body());
        assertEquals("0", Requests.column(number, "urgent"));
        int hoursLeft = Integer.parseInt(Requests.query("SELECT TIMESTAMPDIFF(HOUR, NOW(), acknowledge_by)"
                + " FROM help_request WHERE number = ?", number));
        assertTrue(hoursLeft >= 20, "lowered: the ordinary deadline, a working day from now: " + hoursLeft + " h");
    }

    private String submit(String municipality, String feltUrgency, String description) {
        PortalClient family = new PortalClient(portal);
        HttpResponse<String> page = family.get("/ask-for-help.xhtml");
        Map<String, String> form = AskForHelpIT.form(municipality, description);
        form.put("feltUrgency", feltUrgency);
        HttpResponse<String> sent = family.submit("/ask-for-help.xhtml", page.body(), "ask", "send", form);
        return Requests.find(sent.body(), "id=\"request-number\">([0-9-]+)<");
    }

    /** The outbox id of the mail to {@code recipient} about request {@code number}. */
    private static long mailTo(String recipient, String number) throws Exception {
        return Long.parseLong(Requests.await("SELECT id FROM mail_outbox WHERE recipient = ? AND subject LIKE ?",
                recipient, "%" + number + "%"));
    }

    private static String awaitValue(String sql, Object... parameters) throws Exception {
        return Requests.await(sql, parameters);
    }

    private static String events(String number, String kind) throws Exception {
        return Requests.query("SELECT COUNT(*) FROM help_request_event e JOIN help_request r ON r.id = e.help_request_id"
                + " WHERE r.number = ? AND e.kind = ?", number, kind);
    }

    /** The row of the dead-letter table that holds the mail about {@code number}. */
    private static int rowOf(String page, String number) {
        String table = page.substring(page.indexOf("id=\"dead-letters\""));
        String[] rows = table.split("<tr>");
        int row = -1;
        for (int i = 2; i < rows.length; i++) {
            if (rows[i].contains(number)) {
                row = i - 2;
            }
        }
        assertTrue(row >= 0, "the dead letter is listed: " + page);
        return row;
    }

    /** A municipality whose centre the demo data set, further down the list than the other tests use. */
    private static String[] municipalityWithCentre(int which) throws Exception {
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT code, resource_centre_organization_id FROM municipality"
                     + " WHERE resource_centre_organization_id IS NOT NULL ORDER BY code LIMIT 1 OFFSET " + which);
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }
}
