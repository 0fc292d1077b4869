package org.familyportal.portal.it;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ordinary bad input gets a clear, localized 4xx, never a 500: odd headers, deep pages, malformed
 * bodies and encodings, forms posted without a field or without their nonce.
 */
@PortalContainerTest
class BadInputIT {

    private static final String PROBLEM = "application/problem+json";

    @ArquillianResource
    URL portal;

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void anUnparseableAcceptLanguageIsIgnoredAndTheAnswerIsInRussian() {
        for (String header : new String[] {"en;q=abc", "ru;q=2", ";;;", "en-"}) {
            HttpResponse<String> search = new PortalClient(portal).get("/api/search?q=" + enc("юрист"), header);
            assertEquals(200, search.statusCode(), header + ": " + search.body());
            HttpResponse<String> bad = new PortalClient(portal).get("/api/hsds/services?page=0", header);
            assertEquals(400, bad.statusCode(), header);
            assertTrue(bad.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
            assertTrue(bad.body().contains("Параметр page"), "falls back to Russian: " + bad.body());
        }
        HttpResponse<String> english = new PortalClient(portal).get("/api/hsds/services?page=0", "en-GB,en;q=0.9");
        assertTrue(english.body().contains("Parameter page"), english.body());
    }

    @Test
    void deepPagesAreRefusedBeforeTheEngineCollectsThem() {
        String search = "/api/hsds/services?search=" + enc("помощь");
        assertEquals(200, new PortalClient(portal).get(search + "&page=1&per_page=200").statusCode());
        assertEquals(200, new PortalClient(portal).get(search + "&page=50&per_page=200").statusCode(),
                "10,000 deep is still answered");
        HttpResponse<String> deep = new PortalClient(portal).get(search + "&page=5000000&per_page=200");
        assertEquals(400, deep.statusCode(), deep.body());
        assertTrue(deep.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
        assertTrue(deep.body().replaceAll("[\\s\u00a0\u202f]", "").contains("глубину10000"),
                "the documented maximum, in Russian: " + deep.body());
        HttpResponse<String> english = new PortalClient(portal).get(search + "&page=51&per_page=200", "en");
        assertEquals(400, english.statusCode());
        assertTrue(english.body().contains("up to 10,000 deep"), english.body());
        HttpResponse<String> near = new PortalClient(portal).get("/api/hsds/service_at_locations?proximity=52.29,104.3"
                + "&page=5000000&per_page=200");
        assertEquals(400, near.statusCode(), near.body());
        HttpResponse<String> page = new PortalClient(portal).get("/find-help.xhtml?q=" + enc("помощь") + "&page=5000000");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Параметр page"), "the page explains it");
    }

    @Test
    void malformedHeadersAndBodiesOfTheApiAreClientErrors() {
        for (String tag : new String[] {"garbage", "\"abc", ",,,", "\"", "W/"}) {
            HttpResponse<String> answer = new PortalClient(portal).getWith("/api/hsds/", "If-None-Match", tag);
            assertEquals(400, answer.statusCode(), tag + ": " + answer.body());
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
            assertTrue(answer.body().contains("Заголовок запроса"), answer.body());
        }
        HttpResponse<String> charset = new PortalClient(portal).send(HttpRequest.newBuilder(
                        new PortalClient(portal).resolve("/api/telephony/calls"))
                .header("Content-Type", "application/json; charset=klingon")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(401, charset.statusCode(), "without a token nothing of the body is looked at: " + charset.body());
        assertTrue(charset.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
        HttpResponse<String> accept = new PortalClient(portal).getWith("/api/hsds/", "Accept", "application/json;q=abc");
        assertEquals(400, accept.statusCode());
        assertTrue(accept.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM),
                "Jersey's own refusal, not the site's HTML page: " + accept.body());
        HttpResponse<String> unknown = new PortalClient(portal).get("/api/no-such-thing");
        assertEquals(404, unknown.statusCode());
        assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM), "not the container's page");
        assertEquals(404, new PortalClient(portal).get("/api/hsds/services/%20").statusCode());
    }

    @Test
    void telephonyJsonNestedDeepIsRefused() throws Exception {
        PortalClient admin = new PortalClient(portal);
        SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
        HttpResponse<String> tokens = admin.get("/admin/api-tokens.xhtml");
        String token = Requests.find(admin.submit("/admin/api-tokens.xhtml", tokens.body(), "tokens", "issue",
                Map.of("name", "АТС глубины " + System.nanoTime())).body(), "id=\"issued-token\">([^<]+)<");
        String deep = "{\"callId\":\"deep-" + System.nanoTime() + "\",\"summary\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        PortalClient system = new PortalClient(portal);
        HttpResponse<String> answer = system.send(HttpRequest.newBuilder(system.resolve("/api/telephony/calls"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(deep)));
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("вложено слишком глубоко"), answer.body());
        HttpResponse<String> charset = system.send(HttpRequest.newBuilder(system.resolve("/api/telephony/calls"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json; charset=klingon")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(415, charset.statusCode(), charset.body());
        assertTrue(charset.headers().firstValue("Content-Type").orElse("").startsWith(PROBLEM));
    }

    @Test
    void undecodableQueriesAndFormsOfPagesAreBadRequests() {
        RawHttp raw = new RawHttp(portal);
        for (String page : new String[] {"/find-help.xhtml", "/", "/request-status.xhtml", "/ask-for-help.xhtml"}) {
            RawHttp.Answer answer = raw.send(concat(RawHttp.ascii("GET " + raw.path(page) + "?q="),
                    new byte[] {(byte) 0xFF, (byte) 0xFE}, RawHttp.ascii(" HTTP/1.1\r\nHost: localhost\r\n")), null);
            assertEquals(400, answer.status(), page);
            assertTrue(answer.body().contains("id=\"error-heading\""), "the portal's own page");
        }
        for (String type : new String[] {"application/x-www-form-urlencoded; charset=klingon",
                "application/x-www-form-urlencoded; charset=utf-16", "application/x-www-form-urlencoded"}) {
            RawHttp.Answer answer = raw.send(RawHttp.ascii("POST " + raw.path("/ask-for-help.xhtml") + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: " + type + "\r\n"), concat(RawHttp.ascii("ask=ask&ask%3Adescription="),
                    new byte[] {(byte) 0xFF, (byte) 0xC3, (byte) 0x28}, RawHttp.ascii("&jakarta.faces.ViewState=stateless")));
            assertEquals(400, answer.status(), type + ": " + answer.body());
        }
    }

    @Test
    void aFormPostedWithoutARequiredFieldIsAnsweredWithTheFieldsMessage() throws Exception {
        String service = Requests.query("SELECT id FROM service WHERE status = 'active' LIMIT 1");
        PortalClient parent = new PortalClient(portal);
        HttpResponse<String> page = parent.get("/service.xhtml?id=" + service);
        String reports = Requests.query("SELECT COUNT(*) FROM listing_report");
        HttpResponse<String> noMessage = post(parent, "/service.xhtml?id=" + service, page.body(), "report", "send",
                Map.of("contact", ""), true);
        assertEquals(200, noMessage.statusCode(), noMessage.body());
        assertFalse(noMessage.body().contains("Спасибо"), "not taken as sent");
        assertEquals(reports, Requests.query("SELECT COUNT(*) FROM listing_report"), "nothing stored");

        PortalClient visitor = new PortalClient(portal);
        HttpResponse<String> signIn = visitor.get("/sign-in.xhtml");
        HttpResponse<String> noPassword = post(visitor, "/sign-in.xhtml", signIn.body(), "signIn", "submit",
                Map.of("email", TestDatabase.ADMIN_EMAIL), true);
        assertEquals(200, noPassword.statusCode(), noPassword.body());
        assertTrue(noPassword.body().contains("id=\"signIn\""), "the form again, with its message");
    }

    @Test
    void aFormPostedWithoutItsNonceChangesNothing() throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
        String description = "Без нонса " + System.nanoTime();
        PortalClient family = new PortalClient(portal);
        HttpResponse<String> page = family.get("/ask-for-help.xhtml");
        String stored = Requests.query("SELECT COUNT(*) FROM help_request");
        HttpResponse<String> without = post(family, "/ask-for-help.xhtml", page.body(), "ask", "send",
                AskForHelpIT.form(municipality, description), false);
        assertEquals(400, without.statusCode());
        HttpResponse<String> wrong = post(family, "/ask-for-help.xhtml", page.body().replaceAll(
                        "name=\"primefaces\\.nonce\" value=\"[^\"]+\"", "name=\"primefaces.nonce\" value=\"Zm9yZ2Vk\""),
                "ask", "send", AskForHelpIT.form(municipality, description), true);
        assertEquals(400, wrong.statusCode());
        assertEquals(stored, Requests.query("SELECT COUNT(*) FROM help_request"), "no request was stored");
        HttpResponse<String> with = family.submit("/ask-for-help.xhtml", family.get("/ask-for-help.xhtml").body(),
                "ask", "send", AskForHelpIT.form(municipality, description));
        assertEquals(200, with.statusCode());
        assertTrue(with.body().contains("id=\"request-number\""), "the same form with its nonce is taken");
    }

    /** Posts a form like a browser without JavaScript, but with {@code fields} only, and the nonce only if asked. */
    private static HttpResponse<String> post(PortalClient client, String path, String page, String form, String button,
                                             Map<String, String> fields, boolean withNonce) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put(form, form);
        fields.forEach((id, value) -> body.put(form + ":" + id, value));
        body.put(form + ":" + button, "");
        body.put("jakarta.faces.ViewState", Requests.find(page, "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\""));
        if (withNonce) {
            Matcher nonce = Pattern.compile("name=\"primefaces\\.nonce\" value=\"([^\"]+)\"").matcher(page);
            if (nonce.find()) {
                body.put("primefaces.nonce", nonce.group(1));
            }
        }
        return client.send(HttpRequest.newBuilder(client.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.entrySet().stream()
                        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&")))));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
