package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The resource centre's work: only its own requests, assignment, statuses with a timeline, replies
 * the family reads, referrals that partners answer (closed loop), audit entries, escalation of
 * overdue requests and anonymisation after the retention period.
 */
@PortalContainerTest
class CentreWorkIT {

    @ArquillianResource
    URL portal;

    private String[] submit(String municipality, String description) {
        PortalClient family = new PortalClient(portal);
        HttpResponse<String> page = family.get("/ask-for-help.xhtml");
        HttpResponse<String> sent = family.submit("/ask-for-help.xhtml", page.body(), "ask", "send",
                AskForHelpIT.form(municipality, description));
        return new String[] {Requests.find(sent.body(), "id=\"request-number\">([0-9-]+)<"),
                Requests.find(sent.body(), "id=\"request-code\">([A-Z0-9-]+)<")};
    }

    @Test
    void aSpecialistWorksARequestToTheEndAndThePartnerAnswersTheReferral() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        String specialist = Requests.staffOf(place[1], Role.SPECIALIST, false, false);
        String[] request = submit(place[0], "Нужна помощь юриста по алиментам, Пётр Иванович");
        String id = Requests.column(request[0], "id");

        PortalClient centre = Requests.signedIn(portal, specialist);
        HttpResponse<String> queue = centre.get("/centre/index.xhtml");
        assertEquals(200, queue.statusCode());
        assertTrue(queue.body().contains(request[0]), "the request is in its centre's queue");

        HttpResponse<String> page = centre.get("/centre/request.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Пётр Иванович"), "the specialist reads the description");
        assertTrue(Integer.parseInt(Requests.query("SELECT COUNT(*) FROM audit_entry WHERE help_request_id = ?"
                + " AND actor = ? AND action = 'VIEW'", id, specialist)) >= 1, "the look is audited");

        HttpResponse<String> taken = centre.submit("/centre/request.xhtml?id=" + id, page.body(), "work", "takeOn", Map.of());
        assertTrue(taken.body().contains("Обращение взято в работу"), taken.body());
        assertNotNull(Requests.column(request[0], "acknowledged_at"), "taking it on acknowledges it");
        assertEquals("IN_PROGRESS", Requests.column(request[0], "status"), "taking a new request on puts it in progress");
        assertTrue(taken.body().contains("Статус изменён"), "the timeline shows the move: " + taken.body());
        assertEquals("IN_PROGRESS", Requests.query("SELECT to_status FROM help_request_event WHERE help_request_id = ?"
                + " AND kind = 'STATUS_CHANGED'", id));
        assertTrue(Requests.query("SELECT detail FROM audit_entry WHERE help_request_id = ? AND detail LIKE 'status %'", id)
                .contains("NEW -> IN_PROGRESS"), "the move is audited");

        HttpResponse<String> notAllowed = centre.submit("/centre/request.xhtml?id=" + id, taken.body(), "work", "move",
                Map.of("target", "CLOSED"));
        assertEquals(200, notAllowed.statusCode());
        assertEquals("IN_PROGRESS", Requests.column(request[0], "status"), "in progress cannot jump to closed");

        HttpResponse<String> replied = centre.submit("/centre/request.xhtml?id=" + id, notAllowed.body(), "work", "addNote",
                Map.of("note", "Юрист центра позвонит вам во вторник", "toFamily", "on"));
        assertTrue(replied.body().contains("Ответ добавлен"), replied.body());
        HttpResponse<String> task = centre.submit("/centre/request.xhtml?id=" + id, replied.body(), "work", "addTask",
                Map.of("taskDue", "2026-12-01", "taskText", "Перезвонить семье"));
        assertTrue(task.body().contains("Задача добавлена"), task.body());

        // Referral to a partner: its member sees only the brief, and answers.
        String partnerOrg = Requests.partnerOrganisation(0);
        String member = Requests.staffOf(partnerOrg, Role.ORG_MEMBER, false, false);
        String otherMember = Requests.staffOf(Requests.partnerOrganisation(1), Role.ORG_MEMBER, false, false);
        HttpResponse<String> referred = centre.submit("/centre/request.xhtml?id=" + id, task.body(), "work", "refer",
                Map.of("partner_input", partnerOrg, "partner_hinput", partnerOrg, "brief", "Консультация по алиментам, мать двоих детей"));
        assertTrue(referred.body().contains("Направление отправлено"), referred.body());
        assertEquals("REFERRED", Requests.column(request[0], "status"));
        assertEquals(1, TestMail.to(member, request[0], Duration.ofSeconds(20)).size(), "the partner is told by mail");

        PortalClient partner = Requests.signedIn(portal, member);
        HttpResponse<String> incoming = partner.get("/organisation/referrals.xhtml");
        assertTrue(incoming.body().contains("Консультация по алиментам"), incoming.body());
        assertFalse(incoming.body().contains("Пётр Иванович") || incoming.body().contains("345-67-89") || incoming.body().contains("Анна Смирнова"),
                "the partner sees no personal data beyond the brief");
        HttpResponse<String> noReason = partner.submit("/organisation/referrals.xhtml", incoming.body(), "referrals",
                "list:0:decline", Map.of("list:0:answer", ""));
        assertTrue(noReason.body().contains("Укажите причину отказа"), noReason.body());
        HttpResponse<String> accepted = partner.submit("/organisation/referrals.xhtml", noReason.body(), "referrals",
                "list:0:accept", Map.of("list:0:answer", "Ждём семью в четверг"));
        assertTrue(accepted.body().contains("Ответ сохранён"), accepted.body());
        assertTrue(Integer.parseInt(Requests.query("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'VIEW'"
                + " AND help_request_id = ?", member, id)) >= 1, "the partner's look is audited against the request");
        assertEquals("ACCEPTED", Requests.query("SELECT status FROM referral WHERE help_request_id = ?", id));
        PortalClient stranger = Requests.signedIn(portal, otherMember);
        assertFalse(stranger.get("/organisation/referrals.xhtml").body().contains("Консультация по алиментам"),
                "another organisation does not see the referral");

        HttpResponse<String> after = centre.get("/centre/request.xhtml?id=" + id);
        assertTrue(after.body().contains("Принято") && after.body().contains("Ждём семью в четверг"),
                "the centre sees the partner's answer (closed loop)");

        // The family reads the reply on the status page.
        PortalClient family = new PortalClient(portal);
        HttpResponse<String> statusPage = family.get("/request-status.xhtml");
        HttpResponse<String> status = family.submit("/request-status.xhtml", statusPage.body(), "status", "check",
                Map.of("number", request[0], "code", request[1]));
        assertTrue(status.body().contains("Юрист центра позвонит вам во вторник"), status.body());
        assertFalse(status.body().contains("Консультация по алиментам"), "internal texts stay internal");
    }

    @Test
    void aSpecialistReachesOnlyTheirCentresRequests() throws Exception {
        String[] mine = Requests.municipalityWithCentre(0);
        String[] theirs = Requests.municipalityWithCentre(1);
        String specialist = Requests.staffOf(mine[1], Role.SPECIALIST, false, false);
        String[] foreign = submit(theirs[0], "Чужое обращение " + System.nanoTime());
        String foreignId = Requests.column(foreign[0], "id");

        PortalClient centre = Requests.signedIn(portal, specialist);
        assertFalse(centre.get("/centre/index.xhtml?status=ALL").body().contains(foreign[0]));
        assertEquals(404, centre.get("/centre/request.xhtml?id=" + foreignId).statusCode(),
                "another centre's request is not found");
        assertEquals(404, centre.get("/centre/request.xhtml?id=abc").statusCode(), "a bad id is not found, not an error");
        assertEquals(200, centre.get("/centre/index.xhtml?page=99999999999").statusCode());
        assertEquals("0", Requests.query("SELECT COUNT(*) FROM audit_entry WHERE help_request_id = ? AND actor = ?",
                foreignId, specialist));

        // A crafted postback of one's own request page with another id changes nothing.
        String[] own = submit(mine[0], "Своё обращение " + System.nanoTime());
        String ownId = Requests.column(own[0], "id");
        HttpResponse<String> page = centre.get("/centre/request.xhtml?id=" + ownId);
        centre.submit("/centre/request.xhtml?id=" + foreignId, page.body(), "work", "move", Map.of("target", "IN_PROGRESS"));
        assertEquals("NEW", Requests.column(foreign[0], "status"));

        String operator = StaffAccounts.create(Requests.PASSWORD, Role.OPERATOR);
        PortalClient hotline = Requests.signedIn(portal, operator);
        assertEquals(404, hotline.get("/centre/request.xhtml?id=" + ownId).statusCode(), "operators do not open centre pages");
        String partner = Requests.staffOf(Requests.partnerOrganisation(0), Role.ORG_MEMBER, false, false);
        assertEquals(404, Requests.signedIn(portal, partner).get("/centre/index.xhtml").statusCode());
    }

    @Test
    void overdueRequestsAreEscalatedToTheHeadOnce() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        String head = Requests.staffOf(place[1], Role.SPECIALIST, false, true);
        String[] request = submit(place[0], "Никто не ответил " + System.nanoTime());
        Requests.update("UPDATE help_request SET acknowledge_by = NOW() - INTERVAL 1 HOUR WHERE number = ?", request[0]);

        assertNotNull(Requests.await("SELECT escalated_at FROM help_request WHERE number = ?", request[0]));
        assertEquals(1, TestMail.to(head, request[0], Duration.ofSeconds(20)).size(), "the head is told");
        assertEquals("1", Requests.query("SELECT COUNT(*) FROM help_request_event e JOIN help_request r"
                + " ON r.id = e.help_request_id WHERE r.number = ? AND e.kind = 'ESCALATED'", request[0]));

        PortalClient centre = Requests.signedIn(portal, head);
        HttpResponse<String> overdue = centre.get("/centre/index.xhtml?overdue=true");
        assertTrue(overdue.body().contains(request[0]) && overdue.body().contains("class=\"overdue\""), overdue.body());
    }

    @Test
    void closedRequestsLosePersonalDataAfterTheRetentionPeriod() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        String[] request = submit(place[0], "Давнее обращение " + System.nanoTime());
        Requests.update("UPDATE help_request SET status = 'CLOSED', closed_at = NOW() - INTERVAL 1200 DAY WHERE number = ?",
                request[0]);

        assertNotNull(Requests.await("SELECT anonymised_at FROM help_request WHERE number = ?", request[0]));
        assertNull(Requests.column(request[0], "name_sealed"));
        assertNull(Requests.column(request[0], "description_sealed"));
        assertNull(Requests.column(request[0], "phone_index"));
        assertEquals(place[0], Requests.column(request[0], "municipality_code"), "statistics stay");
        assertEquals("ANONYMISE", Requests.query("SELECT action FROM audit_entry WHERE help_request_id ="
                + " (SELECT id FROM help_request WHERE number = ?) ORDER BY id DESC LIMIT 1", request[0]));

        // Resolved and never closed: untouched for the retention period, it is anonymised too.
        String[] resolved = submit(place[0], "Решено и забыто " + System.nanoTime());
        Requests.update("UPDATE help_request SET status = 'RESOLVED', created_at = NOW() - INTERVAL 1200 DAY WHERE number = ?",
                resolved[0]);
        Requests.update("UPDATE help_request_event SET occurred_at = NOW() - INTERVAL 1200 DAY WHERE help_request_id ="
                + " (SELECT id FROM help_request WHERE number = ?)", resolved[0]);
        assertNotNull(Requests.await("SELECT anonymised_at FROM help_request WHERE number = ?", resolved[0]));
        assertNull(Requests.column(resolved[0], "description_sealed"));
        // A resolved request with recent work keeps its data.
        String[] recent = submit(place[0], "Решено недавно " + System.nanoTime());
        Requests.update("UPDATE help_request SET status = 'RESOLVED', created_at = NOW() - INTERVAL 1200 DAY WHERE number = ?",
                recent[0]);
        Thread.sleep(5000);
        assertNull(Requests.column(recent[0], "anonymised_at"), "its timeline shows work within the period");
    }

    @Test
    void requestsThatNeverCloseLosePersonalDataWhenNobodyWorkedOnThem() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        String[] open = submit(place[0], "Забытое новое обращение " + System.nanoTime());
        Requests.update("UPDATE help_request SET created_at = NOW() - INTERVAL 1200 DAY,"
                + " acknowledge_by = NOW() - INTERVAL 1199 DAY, escalated_at = NOW() - INTERVAL 1199 DAY WHERE number = ?", open[0]);
        Requests.update("UPDATE help_request_event SET occurred_at = NOW() - INTERVAL 1200 DAY WHERE help_request_id ="
                + " (SELECT id FROM help_request WHERE number = ?)", open[0]);
        assertNotNull(Requests.await("SELECT anonymised_at FROM help_request WHERE number = ?", open[0]),
                "a request still NEW after the retention period is anonymised too");
        assertNull(Requests.column(open[0], "description_sealed"));
        assertNull(Requests.column(open[0], "phone_sealed"));
        assertEquals("NEW", Requests.column(open[0], "status"), "its status stays for the statistics");
    }

    @Test
    void aRequestThatNeverFoundACentreLosesPersonalDataDespiteThePortalsOwnReminders() throws Exception {
        String[] place = Requests.municipalityWithCentre(1);
        Requests.update("UPDATE municipality SET resource_centre_organization_id = NULL WHERE code = ?", place[0]);
        String[] waiting;
        try {
            waiting = submit(place[0], "Так и не нашёл центр " + System.nanoTime());
        } finally {
            Requests.update("UPDATE municipality SET resource_centre_organization_id = ? WHERE code = ?", place[1], place[0]);
        }
        String id = Requests.column(waiting[0], "id");
        assertNull(Requests.column(waiting[0], "centre_organization_id"));
        Requests.update("UPDATE help_request SET created_at = NOW() - INTERVAL 1200 DAY, unrouted_alerted_at = NOW()"
                + " WHERE id = ?", id);
        Requests.update("UPDATE help_request_event SET occurred_at = NOW() - INTERVAL 1200 DAY WHERE help_request_id = ?", id);
        // What the portal itself put on the timeline lately: the administrators' reminder of every period.
        Requests.update("INSERT INTO help_request_event (help_request_id, kind, occurred_at, actor)"
                + " VALUES (?, 'UNROUTED', NOW(), 'system'), (?, 'ESCALATED', NOW(), 'system')", id, id);
        assertNotNull(Requests.await("SELECT anonymised_at FROM help_request WHERE id = ?", id),
                "reminders are not work: nobody worked on it for the retention period");
        assertNull(Requests.column(waiting[0], "description_sealed"));
        assertNull(Requests.column(waiting[0], "phone_sealed"));
    }

    @Test
    void aPartnerCannotWriteIntoAnAnonymisedRequest() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        String partnerOrg = Requests.partnerOrganisation(7);
        String member = Requests.staffOf(partnerOrg, Role.ORG_MEMBER, false, false);
        String[] request = submit(place[0], "Направлено и забыто " + System.nanoTime());
        String id = Requests.column(request[0], "id");
        Requests.update("INSERT INTO referral (help_request_id, organization_id, status, brief_sealed, created_by, created_at)"
                + " VALUES (?, ?, 'SENT', NULL, 'test', NOW())", id, partnerOrg);
        PortalClient partner = Requests.signedIn(portal, member);
        HttpResponse<String> incoming = partner.get("/organisation/referrals.xhtml");
        assertTrue(incoming.body().contains(request[0]), incoming.body());

        Requests.update("UPDATE help_request SET status = 'CLOSED', closed_at = NOW() - INTERVAL 1200 DAY,"
                + " created_at = NOW() - INTERVAL 1200 DAY WHERE id = ?", id);
        Requests.update("UPDATE help_request_event SET occurred_at = NOW() - INTERVAL 1200 DAY WHERE help_request_id = ?", id);
        assertNotNull(Requests.await("SELECT anonymised_at FROM help_request WHERE id = ?", id));

        HttpResponse<String> answered = partner.submit("/organisation/referrals.xhtml", incoming.body(), "referrals",
                "list:0:accept", Map.of("list:0:answer", "Позвоните нам, Пётр Иванович, +7 900 000-00-00"));
        assertEquals(200, answered.statusCode());
        assertTrue(answered.body().contains("Обращение обезличено после срока хранения"), answered.body());
        assertNull(Requests.query("SELECT answer_sealed FROM referral WHERE help_request_id = ?", id), "nothing new is written");
        assertEquals("0", Requests.query("SELECT COUNT(*) FROM help_request_event WHERE help_request_id = ?"
                + " AND kind = 'REFERRAL_CHANGED'", id));
    }

    @Test
    void staffSeeARequestsTimesInItsRegionsZone() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        assertTrue(place[0].startsWith("38-"), "a municipality of the Irkutsk region: " + place[0]);
        String specialist = Requests.staffOf(place[1], Role.SPECIALIST, false, false);
        String[] request = submit(place[0], "Который час в Иркутске " + System.nanoTime());
        String id = Requests.column(request[0], "id");
        java.time.LocalDateTime createdUtc = java.time.LocalDateTime.parse(
                Requests.column(request[0], "created_at").replace(' ', 'T'));
        String irkutsk = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .format(createdUtc.atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(java.time.ZoneId.of("Asia/Irkutsk")));

        PortalClient centre = Requests.signedIn(portal, specialist);
        HttpResponse<String> page = centre.get("/centre/request.xhtml?id=" + id);
        assertTrue(page.body().contains(irkutsk + " (Иркутская область, UTC+8)"), irkutsk + " in\n" + page.body());
        assertTrue(centre.get("/centre/index.xhtml").body().contains(irkutsk + " (Иркутская область, UTC+8)"));
        assertTrue(centre.get("/centre/request.xhtml?id=" + id + "&lang=en").body().contains(irkutsk + " (Irkutsk Oblast, UTC+8)"));
    }

    @Test
    void administratorsReadTheAuditTrailAndOthersDoNot() throws Exception {
        PortalClient admin = new PortalClient(portal);
        SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
        HttpResponse<String> audit = admin.get("/admin/audit.xhtml");
        assertEquals(200, audit.statusCode());
        assertTrue(audit.body().contains("Создание") || audit.body().contains("Просмотр"), audit.body());
        String specialist = Requests.staffOf(Requests.municipalityWithCentre(0)[1], Role.SPECIALIST, false, false);
        assertEquals(404, Requests.signedIn(portal, specialist).get("/admin/audit.xhtml").statusCode());
    }

    @Test
    void administratorsSetTheCentreOfAMunicipalityAndItsStaff() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        String newCentre = Requests.partnerOrganisation(2);
        String specialist = StaffAccounts.create(Requests.PASSWORD, Role.SPECIALIST);
        PortalClient admin = new PortalClient(portal);
        SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
        HttpResponse<String> page = admin.get("/admin/centres.xhtml");
        assertEquals(200, page.statusCode());
        try {
            HttpResponse<String> assigned = admin.submit("/admin/centres.xhtml", page.body(), "centres", "assignCentre",
                    Map.of("municipality", place[0], "centre_input", newCentre, "centre_hinput", newCentre));
            assertTrue(assigned.body().contains("Центр закреплён за районом"), assigned.body());
            assertEquals(newCentre, Requests.query("SELECT resource_centre_organization_id FROM municipality WHERE code = ?", place[0]));
            HttpResponse<String> added = admin.submit("/admin/centres.xhtml", assigned.body(), "centres", "addMember",
                    Map.of("memberEmail", specialist, "memberOrganisation_input", newCentre,
                            "memberOrganisation_hinput", newCentre, "onDuty", "on"));
            assertTrue(added.body().contains("Сотрудник добавлен"), added.body());

            // A new request from the municipality now reaches the new centre and its specialist on duty.
            String[] request = submit(place[0], "Новый центр " + System.nanoTime());
            assertEquals(newCentre, Requests.column(request[0], "centre_organization_id"));
            assertTrue(Requests.signedIn(portal, specialist).get("/centre/index.xhtml").body().contains(request[0]));
        } finally {
            Requests.update("UPDATE municipality SET resource_centre_organization_id = ? WHERE code = ?", place[1], place[0]);
        }
    }

    @Test
    void aRequestFromAMunicipalityWithoutACentreIsAnnouncedAndWaitsForOne() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        Requests.update("UPDATE municipality SET resource_centre_organization_id = NULL WHERE code = ?", place[0]);
        try {
            String[] request = submit(place[0], "Без центра " + System.nanoTime());
            assertNull(Requests.column(request[0], "centre_organization_id"));
            assertEquals(1, TestMail.to(TestDatabase.ADMIN_EMAIL, request[0], Duration.ofSeconds(20)).size(),
                    "the administrators are told to set a centre");
            PortalClient admin = new PortalClient(portal);
            SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
            HttpResponse<String> page = admin.get("/admin/centres.xhtml");
            admin.submit("/admin/centres.xhtml", page.body(), "centres", "assignCentre",
                    Map.of("municipality", place[0], "centre_input", place[1], "centre_hinput", place[1]));
            assertEquals(place[1], Requests.column(request[0], "centre_organization_id"), "the waiting request moves to it");
            assertTrue(Integer.parseInt(Requests.query("SELECT COUNT(*) FROM audit_entry WHERE actor = ?"
                    + " AND detail LIKE ?", TestDatabase.ADMIN_EMAIL, "centre of " + place[0] + "%")) >= 1);
        } finally {
            Requests.update("UPDATE municipality SET resource_centre_organization_id = ? WHERE code = ?", place[1], place[0]);
        }
    }

    @Test
    void theDemoDataBringsStaffToTryTheWholePath() throws Exception {
        PortalClient specialist = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(specialist, "specialist@family-portal.local", TestDatabase.DEMO_STAFF_PASSWORD).statusCode());
        assertEquals(200, specialist.get("/centre/index.xhtml").statusCode());
        PortalClient operator = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(operator, "operator@family-portal.local", TestDatabase.DEMO_STAFF_PASSWORD).statusCode());
        assertEquals(200, operator.get("/hotline/index.xhtml").statusCode());
        PortalClient partner = new PortalClient(portal);
        assertEquals(302, SignInIT.signIn(partner, "partner@family-portal.local", TestDatabase.DEMO_STAFF_PASSWORD).statusCode());
        assertEquals(200, partner.get("/organisation/referrals.xhtml").statusCode());
        assertEquals("1", Requests.query("SELECT COUNT(*) FROM organization_member m JOIN user_account a"
                + " ON a.id = m.user_account_id WHERE a.email = 'specialist@family-portal.local' AND m.on_duty AND m.head"));
    }

    @Test
    void aTaskAColleagueCompletedMeanwhileIsNotCompletedAgainAndThePageSaysSo() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        String specialist = Requests.staffOf(place[1], Role.SPECIALIST, false, false);
        String[] request = submit(place[0], "Нужна консультация психолога для подростка");
        String id = Requests.column(request[0], "id");
        String path = "/centre/request.xhtml?id=" + id;

        PortalClient first = Requests.signedIn(portal, specialist);
        HttpResponse<String> withTask = first.submit(path, first.get(path).body(), "work", "addTask",
                Map.of("taskDue", "2026-12-01", "taskText", "Перезвонить семье в среду"));
        assertTrue(withTask.body().contains("Задача добавлена"), withTask.body());
        assertTrue(withTask.body().contains("name=\"work:task:0:done\""), "the task can be marked done");

        // A colleague (here the same specialist in another browser) completes the task meanwhile.
        PortalClient colleague = Requests.signedIn(portal, specialist);
        HttpResponse<String> done = colleague.submit(path, colleague.get(path).body(), "work", "task:0:done", Map.of());
        assertTrue(done.body().contains("Задача отмечена выполненной"), done.body());
        String versionAfterColleague = Requests.query("SELECT version FROM follow_up_task WHERE help_request_id = ?", id);
        assertTrue(Long.parseLong(versionAfterColleague) > 0, "completing changes the task's version");

        // The first page still shows the task open: its "done" is refused with a message, nothing saved twice.
        HttpResponse<String> stale = first.submit(path, withTask.body(), "work", "task:0:done", Map.of());
        assertEquals(200, stale.statusCode());
        assertTrue(stale.body().contains("Обращение только что изменил кто-то другой"), stale.body());
        assertFalse(stale.body().contains("Задача отмечена выполненной"), "not told it was done by them");
        assertEquals(versionAfterColleague, Requests.query("SELECT version FROM follow_up_task WHERE help_request_id = ?", id),
                "the refused completion changed nothing");
        assertEquals("1", Requests.query("SELECT COUNT(*) FROM help_request_event WHERE help_request_id = ?"
                + " AND kind = 'TASK_DONE'", id), "one completion in the timeline");
    }
}
