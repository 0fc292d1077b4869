package org.familyportal.portal.it;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What any visitor sees: the home page in both languages, error pages, security headers. */
@PortalContainerTest
class PublicPagesIT {

    @ArquillianResource
    URL portal;

    @Test
    void homePageIsRussianByDefault() {
        HttpResponse<String> home = new PortalClient(portal).get("/", "en-US,en;q=0.9");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("lang=\"ru\""), "html lang is ru");
        assertTrue(home.body().contains("Семейный портал"));
        assertTrue(home.body().contains("Помощь семье — рядом с вами"));
        assertTrue(home.body().contains("href=\"tel:112\""), "the emergency number is a tel: link");
    }

    @Test
    void englishIsChosenByLinkAndRemembered() {
        PortalClient visitor = new PortalClient(portal);
        HttpResponse<String> english = visitor.get("/?lang=en");
        assertTrue(english.body().contains("lang=\"en\""));
        assertTrue(english.body().contains("Help for your family, close to you"));
        assertFalse(english.body().contains("Помощь семье — рядом с вами"));

        HttpResponse<String> later = visitor.get("/find-help.xhtml");
        assertTrue(later.body().contains("lang=\"en\""), "the choice is remembered");
        assertTrue(later.body().contains("Find help"));

        HttpResponse<String> back = visitor.get("/find-help.xhtml?lang=ru");
        assertTrue(back.body().contains("Найти помощь"));
        assertTrue(visitor.get("/").body().contains("lang=\"ru\""));
    }

    @Test
    void languageLinksKeepThePageAndItsParameters() {
        HttpResponse<String> page = new PortalClient(portal).get("/find-help.xhtml?q=psychologist");
        assertTrue(page.body().contains("find-help.xhtml?q=psychologist&amp;lang=en"), page.body());
    }

    @Test
    void unknownPageIsALocalizedNotFound() {
        HttpResponse<String> missing = new PortalClient(portal).get("/no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Страница не найдена"));
        assertTrue(missing.body().contains("Семейный портал"), "the error page uses the layout");

        HttpResponse<String> english = new PortalClient(portal).get("/no-such-page?lang=en");
        assertEquals(404, english.statusCode());
    }

    @Test
    void expiredFormIsExplainedWithoutStackTrace() {
        PortalClient visitor = new PortalClient(portal);
        HttpResponse<String> page = visitor.get("/sign-in.xhtml");
        String tampered = page.body().replaceAll("(name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\")[^\"]+",
                "$1-4242424242424242424:1234567890123456789");
        HttpResponse<String> answer = visitor.submit("/sign-in.xhtml",
                tampered, "signIn", "submit", Map.of("email", "a@b.c", "password", "x"));
        assertEquals(400, answer.statusCode(), "a client error, not a server error");
        assertTrue(answer.body().contains("Страница устарела"), answer.body());
        assertNoStackTrace(answer.body());
    }

    @Test
    void formWithoutItsNonceIsABadRequest() {
        PortalClient visitor = new PortalClient(portal);
        HttpResponse<String> page = visitor.get("/sign-in.xhtml");
        String withoutNonce = page.body().replace("name=\"primefaces.nonce\"", "name=\"x\"");
        HttpResponse<String> answer = visitor.submit("/sign-in.xhtml", withoutNonce, "signIn", "submit",
                Map.of("email", "a@b.c", "password", "x"));
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("Не удалось обработать запрос"), answer.body());
        assertNoStackTrace(answer.body());
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        for (String path : new String[] {"/", "/api/contacts", "/no-such-page.xhtml"}) {
            HttpResponse<String> response = new PortalClient(portal).get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertTrue(csp.contains("script-src 'self'"), path + ": " + csp);
            assertFalse(csp.contains("unsafe-eval"), path + ": " + csp);
            assertEquals(1, response.headers().allValues("Content-Security-Policy").size(), path + ": one policy");
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertEquals("strict-origin-when-cross-origin",
                    response.headers().firstValue("Referrer-Policy").orElse(""), path);
        }
    }

    @Test
    void pagesAreAccessible() {
        String home = new PortalClient(portal).get("/").body();
        assertTrue(home.contains("class=\"skip-link\""), "skip link");
        assertTrue(home.contains("<main id=\"main\""), "skip link target");
        String signIn = new PortalClient(portal).get("/sign-in.xhtml").body();
        assertTrue(signIn.contains("for=\"signIn:email\""), "the e-mail input has a label");
        assertTrue(signIn.contains("for=\"signIn:password\""), "the password input has a label");
    }

    @Test
    void contactsApiAndOpenApiDocument() {
        HttpResponse<String> contacts = new PortalClient(portal).get("/api/contacts");
        assertEquals(200, contacts.statusCode());
        assertTrue(contacts.body().contains("\"emergency\":\"112\""), contacts.body());
        HttpResponse<String> missing = new PortalClient(portal).get("/api/no-such-resource");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));

        HttpResponse<String> openapi = new PortalClient(portal).getFromServerRoot("/openapi");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("Family Portal API"), openapi.body());
        assertTrue(openapi.body().contains("/contacts"), openapi.body());
    }

    @Test
    void healthSaysTheDatabaseIsUp() {
        HttpResponse<String> ready = new PortalClient(portal).getFromServerRoot("/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"name\":\"database\",\"status\":\"UP\""), ready.body());
        HttpResponse<String> live = new PortalClient(portal).getFromServerRoot("/health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("\"status\":\"UP\""), live.body());
    }

    static void assertNoStackTrace(String body) {
        assertFalse(body.contains("Exception:") || body.contains("Caused by"), "no exception messages reach the visitor");
        assertFalse(body.matches("(?s).*\\bat [a-z]+\\.[a-z]+\\..*\\(.*\\.java:\\d+\\).*"), "no stack frames");
    }
}
