package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hotline operators log calls and recognise repeat callers; telephony systems log calls with a token. */
@PortalContainerTest
class HotlineIT {

    @ArquillianResource
    URL portal;

    private static Map<String, String> call(String municipality, String phone, String summary) {
        Map<String, String> form = new HashMap<>();
        form.put("callerType", "PARENT");
        form.put("callerName", "Ольга");
        form.put("callerPhone", phone);
        form.put("municipality", municipality);
        form.put("topics", "psychological-help");
        form.put("triage", "EARLY_CRISIS");
        form.put("summary", summary);
        form.put("actions", "INFORMATION_GIVEN");
        form.put("outcome", "FOLLOW_UP");
        form.put("callMinutes", "7");
        return form;
    }

    @Test
    void anOperatorLogsCallsAndRecognisesARepeatCaller() throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
        String operator = StaffAccounts.create(Requests.PASSWORD, Role.OPERATOR);
        PortalClient hotline = Requests.signedIn(portal, operator);
        HttpResponse<String> screen = hotline.get("/hotline/index.xhtml");
        assertEquals(200, screen.statusCode());
        assertTrue(screen.body().contains("autofocus"), "the first field takes the focus");

        String phone = "8 (900) 111-" + (1000 + (int) (Math.random() * 8999));
        HttpResponse<String> first = hotline.submit("/hotline/index.xhtml", screen.body(), "call", "save",
                call(municipality, phone, "Подросток не ходит в школу, мама растеряна"));
        assertTrue(first.body().contains("Звонок записан"), first.body());
        String number = Requests.find(first.body(), "обращение № ([0-9-]+)");
        assertEquals("HOTLINE", Requests.column(number, "channel"));
        assertEquals("420", Requests.column(number, "call_seconds"));
        assertEquals("EARLY_CRISIS", Requests.column(number, "triage_level"));
        assertTrue(first.body().contains(number), "the operator's own entries list it");

        // The same caller again, the number written differently: the earlier request shows up.
        Map<String, String> again = call(municipality, "+7 900 111" + phone.substring(phone.length() - 5), "");
        HttpResponse<String> lookup = hotline.submit("/hotline/index.xhtml", first.body(), "call", "lookUp", again);
        assertTrue(lookup.body().contains(number) && lookup.body().contains("Подросток не ходит в школу"), lookup.body());
        assertEquals("1", Requests.query("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'LOOKUP'", operator),
                "the lookup is audited");
        assertEquals("1", Requests.query("SELECT COUNT(*) FROM audit_entry WHERE actor = ? AND action = 'VIEW'"
                + " AND help_request_id = (SELECT id FROM help_request WHERE number = ?)", operator, number),
                "and so is each earlier request it showed");

        // Another operator recognises the caller too, but reads no summary of calls they did not take.
        String colleague = StaffAccounts.create(Requests.PASSWORD, Role.OPERATOR);
        PortalClient other = Requests.signedIn(portal, colleague);
        HttpResponse<String> otherScreen = other.get("/hotline/index.xhtml");
        HttpResponse<String> otherLookup = other.submit("/hotline/index.xhtml", otherScreen.body(), "call", "lookUp", again);
        assertTrue(otherLookup.body().contains(number), otherLookup.body());
        assertFalse(otherLookup.body().contains("Подросток не ходит в школу"), "only the operator's own summaries show");

        // Bad input: no outcome chosen; what was typed stays.
        Map<String, String> incomplete = call(municipality, phone, "Текст остаётся на месте");
        incomplete.remove("outcome");
        HttpResponse<String> bad = hotline.submit("/hotline/index.xhtml", lookup.body(), "call", "save", incomplete);
        assertEquals(200, bad.statusCode());
        assertTrue(bad.body().contains("Выберите итог звонка") && bad.body().contains("Текст остаётся на месте"), bad.body());
    }

    @Test
    void anImmediateThreatCallIsUrgent() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        String operator = StaffAccounts.create(Requests.PASSWORD, Role.OPERATOR);
        PortalClient hotline = Requests.signedIn(portal, operator);
        HttpResponse<String> screen = hotline.get("/hotline/index.xhtml");
        Map<String, String> form = call(place[0], "", "Ребёнок один дома, мать не вернулась");
        form.put("triage", "IMMEDIATE_THREAT");
        form.put("actions", "TRANSFERRED_TO_112");
        HttpResponse<String> saved = hotline.submit("/hotline/index.xhtml", screen.body(), "call", "save", form);
        assertTrue(saved.body().contains("срочное обращение"), saved.body());
        String number = Requests.find(saved.body(), "срочное обращение № ([0-9-]+)");
        assertEquals("1", Requests.column(number, "urgent"));
        assertEquals("TRANSFERRED_TO_112", Requests.column(number, "actions_taken"));
    }

    @Test
    void telephonySystemsLogCallsWithAToken() throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
        PortalClient admin = new PortalClient(portal);
        SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
        HttpResponse<String> tokens = admin.get("/admin/api-tokens.xhtml");
        HttpResponse<String> issued = admin.submit("/admin/api-tokens.xhtml", tokens.body(), "tokens", "issue",
                Map.of("name", "АТС центра " + System.nanoTime()));
        String token = Requests.find(issued.body(), "id=\"issued-token\">([^<]+)<");

        PortalClient system = new PortalClient(portal);
        String body = "{\"callId\":\"call-" + System.nanoTime() + "\",\"callerType\":\"relative\",\"callerPhone\":\"+79001234567\","
                + "\"municipality\":\"" + municipality + "\",\"topics\":[\"legal-aid\"],\"triage\":\"INFORMATION\","
                + "\"summary\":\"Бабушка спрашивает об опеке\",\"outcome\":\"HELP_GIVEN\",\"durationSeconds\":180}";
        HttpResponse<String> none = system.send(post(null, body));
        assertEquals(401, none.statusCode());
        assertEquals(401, system.send(post("fp_wrong", body)).statusCode());

        HttpResponse<String> created = system.send(post(token, body));
        assertEquals(201, created.statusCode(), created.body());
        String number = Requests.find(created.body(), "\"number\":\"([0-9-]+)\"");
        assertEquals("TELEPHONY", Requests.column(number, "channel"));
        HttpResponse<String> retried = system.send(post(token, body));
        assertEquals(number, Requests.find(retried.body(), "\"number\":\"([0-9-]+)\""), "a retry gives the same request");

        HttpResponse<String> notJson = system.send(post(token, "{not json").header("Accept-Language", "en"));
        assertEquals(400, notJson.statusCode());
        assertTrue(notJson.body().contains("not a JSON object"), notJson.body());
        HttpResponse<String> badTriage = system.send(post(token, body.replace("INFORMATION", "PANIC")));
        assertEquals(400, badTriage.statusCode());
        assertTrue(badTriage.body().contains("triage"), badTriage.body());
        HttpResponse<String> unknownPlace = system.send(post(token, body.replace(municipality, "atlantis")
                .replace("call-", "other-")));
        assertEquals(400, unknownPlace.statusCode());
        assertFalse(unknownPlace.body().contains("Exception"), unknownPlace.body());

        // Call ids are unique per system only: another system's call 'call-…' is a call of its own.
        HttpResponse<String> tokens2 = admin.get("/admin/api-tokens.xhtml");
        String otherToken = Requests.find(admin.submit("/admin/api-tokens.xhtml", tokens2.body(), "tokens", "issue",
                Map.of("name", "Другая АТС " + System.nanoTime())).body(), "id=\"issued-token\">([^<]+)<");
        HttpResponse<String> otherSystem = system.send(post(otherToken, body));
        assertEquals(201, otherSystem.statusCode(), otherSystem.body());
        assertFalse(otherSystem.body().contains(number), "another system's call with the same id is not mixed up");
        HttpResponse<String> badServices = system.send(post(token, body.replace("\"callId\":\"call-", "\"recommendedServices\":[\"x,y\"],\"callId\":\"bad-")));
        assertEquals(400, badServices.statusCode(), badServices.body());
        issued = admin.get("/admin/api-tokens.xhtml");

        // Newest first: the first token is now the second row.
        HttpResponse<String> revoked = admin.submit("/admin/api-tokens.xhtml", issued.body(), "tokens",
                "tokenRows:1:revoke", Map.of());
        assertTrue(revoked.body().contains("Токен отозван"), revoked.body());
        assertEquals(401, system.send(post(token, body)).statusCode(), "a revoked token no longer works");
    }

    @Test
    void aDoubleSaveOfTheHotlineFormLogsOneRequest() throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
        String operator = StaffAccounts.create(Requests.PASSWORD, Role.OPERATOR);
        PortalClient hotline = Requests.signedIn(portal, operator);
        HttpResponse<String> screen = hotline.get("/hotline/index.xhtml");
        Map<String, String> form = call(municipality, "", "Двойное нажатие Alt+S " + System.nanoTime());
        form.put("formKey", Requests.find(screen.body(), "name=\"call:formKey\" value=\"([0-9a-f]+)\""));
        // Alt+S pressed twice: the same form (view state and key) goes twice.
        HttpResponse<String> first = hotline.submit("/hotline/index.xhtml", screen.body(), "call", "save", form);
        HttpResponse<String> second = hotline.submit("/hotline/index.xhtml", screen.body(), "call", "save", form);
        String number = Requests.find(first.body(), "обращение № ([0-9-]+)");
        assertEquals(number, Requests.find(second.body(), "обращение № ([0-9-]+)"), second.body());
        assertEquals("1", Requests.query("SELECT COUNT(*) FROM help_request r JOIN user_account a ON a.id = r.logged_by_id"
                + " WHERE a.email = ?", operator), "one call, one request");

        // The next call on the same screen is a request of its own.
        Map<String, String> next = call(municipality, "", "Следующий звонок " + System.nanoTime());
        next.put("formKey", Requests.find(second.body(), "name=\"call:formKey\" value=\"([0-9a-f]+)\""));
        HttpResponse<String> third = hotline.submit("/hotline/index.xhtml", second.body(), "call", "save", next);
        assertFalse(Requests.find(third.body(), "обращение № ([0-9-]+)").equals(number), third.body());
    }

    @Test
    void concurrentRetriesOfOneCallGiveOneRequest() throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
        String token = issueToken("АТС " + System.nanoTime());
        String body = "{\"callId\":\"race-" + System.nanoTime() + "\",\"callerType\":\"parent\","
                + "\"municipality\":\"" + municipality + "\",\"triage\":\"INFORMATION\","
                + "\"summary\":\"Повтор после обрыва связи\",\"outcome\":\"FOLLOW_UP\"}";
        int retries = 8;
        ExecutorService pool = Executors.newFixedThreadPool(retries);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < retries; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return new PortalClient(portal).send(post(token, body));
                }));
            }
            start.countDown();
            Set<String> numbers = new HashSet<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.body());
                numbers.add(Requests.find(response.body(), "\"number\":\"([0-9-]+)\""));
            }
            assertEquals(1, numbers.size(), "every retry gives the same request: " + numbers);
            assertEquals("1", Requests.query("SELECT COUNT(*) FROM help_request WHERE number = ?", numbers.iterator().next()));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoSystemsOfTheSameNameKeepTheirCallsApart() throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
        String name = "АТС района " + System.nanoTime();
        String first = issueToken(name);
        String second = issueToken(name);
        String body = "{\"callId\":\"1\",\"municipality\":\"" + municipality + "\",\"triage\":\"INFORMATION\","
                + "\"summary\":\"Звонок номер один\",\"outcome\":\"HELP_GIVEN\"}";
        PortalClient system = new PortalClient(portal);
        String one = Requests.find(system.send(post(first, body)).body(), "\"number\":\"([0-9-]+)\"");
        String other = Requests.find(system.send(post(second, body)).body(), "\"number\":\"([0-9-]+)\"");
        assertFalse(one.equals(other), "call 1 of one system is not call 1 of another, whatever their names");
        assertEquals(one, Requests.find(system.send(post(first, body)).body(), "\"number\":\"([0-9-]+)\""));
    }

    @Test
    void aTelephonyRetryAfterAKeyRotationFindsTheCallStoredBeforeIt() throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
        String name = "АТС до смены ключа " + System.nanoTime();
        String token = issueToken(name);
        String tokenId = Requests.query("SELECT id FROM api_token WHERE name = ?", name);
        String callId = "rotated-" + System.nanoTime();
        String body = "{\"callId\":\"" + callId + "\",\"callerType\":\"parent\",\"municipality\":\"" + municipality
                + "\",\"topics\":[\"legal-aid\"],\"triage\":\"INFORMATION\",\"summary\":\"Звонок до смены ключа\","
                + "\"outcome\":\"HELP_GIVEN\",\"durationSeconds\":60}";
        PortalClient system = new PortalClient(portal);
        HttpResponse<String> created = system.send(post(token, body));
        assertEquals(201, created.statusCode(), created.body());
        String number = Requests.find(created.body(), "\"number\":\"([0-9-]+)\"");
        // As the call was stored while the previous key was the current one (PORTAL_DATA_KEY_PREVIOUS now).
        String before = org.familyportal.portal.infrastructure.protection.DataProtection
                .withKey(TestDatabase.PREVIOUS_DATA_KEY).lookupHash("telephony:" + tokenId + ":" + callId);
        Requests.update("UPDATE help_request SET submission_key = ? WHERE number = ?", before, number);

        HttpResponse<String> retried = system.send(post(token, body));
        assertEquals(number, Requests.find(retried.body(), "\"number\":\"([0-9-]+)\""),
                "the retry finds the call under the previous key's hash: " + retried.body());
        assertEquals("1", Requests.query("SELECT COUNT(*) FROM help_request WHERE submission_key = ?", before));
    }

    private String issueToken(String name) {
        PortalClient admin = new PortalClient(portal);
        SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
        HttpResponse<String> tokens = admin.get("/admin/api-tokens.xhtml");
        return Requests.find(admin.submit("/admin/api-tokens.xhtml", tokens.body(), "tokens", "issue",
                Map.of("name", name)).body(), "id=\"issued-token\">([^<]+)<");
    }

    private HttpRequest.Builder post(String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(new PortalClient(portal).resolve("/api/telephony/calls"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }
}
