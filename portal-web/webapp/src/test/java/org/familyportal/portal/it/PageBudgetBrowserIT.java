package org.familyportal.portal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The performance budget of the public pages (issue 13): a parent on a weak phone connection gets
 * every public page with at most 150 KB on a first visit (empty cache) and 30 KB on a repeat visit,
 * compressed, without PrimeFaces; the search, its filters and pages, the request form with its
 * receipt, the status check and the language switch work without JavaScript. The numbers under a
 * throttled connection are reported by ops' page-weight report (ops/README.md).
 */
@PortalContainerTest
class PageBudgetBrowserIT {

    static final long FIRST_VISIT = 150 * 1024;
    static final long REPEAT_VISIT = 30 * 1024;

    /** Bytes (compressed, headers included) and requests of the page in the browser, from Resource Timing. */
    private static final String MEASURE = """
            const nav = performance.getEntriesByType('navigation')[0];
            const resources = performance.getEntriesByType('resource');
            return {
              bytes: nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
              fetched: resources.filter(r => r.transferSize > 0).map(r => r.name + ' ' + r.transferSize),
              resources: resources.map(r => r.name),
              htmlEncoded: nav.encodedBodySize,
              htmlDecoded: nav.decodedBodySize,
              scripts: Array.from(document.scripts).map(s => s.src || 'inline'),
              styles: Array.from(document.querySelectorAll('link[rel=stylesheet]')).map(l => l.href),
              primeFaces: typeof window.PrimeFaces
            };
            """;

    @ArquillianResource
    URL portal;

    @Test
    void everyPublicPageKeepsTheBudgetOnAFirstAndARepeatVisit() throws Exception {
        String search = "find-help.xhtml?q=" + encode("психолог") + "&place=" + encode("Ангарск");
        ChromeDriver browser = Browser.phone();
        try {
            List<String> pages = new ArrayList<>(List.of("", "find-help.xhtml", search, "ask-for-help.xhtml",
                    "request-status.xhtml", "articles", "screener", "for-organisations.xhtml", "privacy.xhtml",
                    "measures", "measures/maternity-capital", "search?tab=articles&q=" + encode("пособие"),
                    "sign-in.xhtml", "forgot-password.xhtml", "for-organisations/sign-up.xhtml", "?lang=en",
                    "articles?kind=guide", "articles/kak-oformit-edinoe-posobie-na-detey",
                    search + "&lang=en"));
            browser.get(portal + search);
            List<String> services = browser.findElements(By.cssSelector(".result h2 a")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            assertFalse(services.isEmpty(), "the search finds services near Angarsk");
            pages.add(services.get(0).substring(portal.toString().length()));

            for (String page : pages) {
                Map<String, Object> first = visit(browser, portal + page, true);
                assertWithinBudget(page, "first visit", first, FIRST_VISIT);
                Map<String, Object> repeat = visit(browser, portal + page, false);
                assertWithinBudget(page, "repeat visit", repeat, REPEAT_VISIT);
                assertEquals(List.of(), repeat.get("fetched"),
                        page + ": on a repeat visit every style sheet and script comes from the cache");
            }

            // The request form sent, its receipt, and the status it gives.
            browser.get(portal + "ask-for-help.xhtml");
            fillRequestForm(browser, "Ребёнок плохо спит, нужен совет — бюджет страницы");
            browser.findElement(By.id("ask:send")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("request-number")));
            assertWithinBudget("receipt", "after the form", measure(browser), REPEAT_VISIT);
            String number = browser.findElement(By.id("request-number")).getText();
            String code = browser.findElement(By.id("request-code")).getText();
            browser.get(portal + "request-status.xhtml");
            browser.findElement(By.id("status:number")).sendKeys(number);
            browser.findElement(By.id("status:code")).sendKeys(code);
            browser.findElement(By.id("status:check")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("current-status")));
            assertWithinBudget("request status", "after the check", measure(browser), REPEAT_VISIT);
        } finally {
            browser.quit();
        }
    }

    @Test
    void aParentWithoutJavaScriptSearchesFiltersPagesAsksAndChecks() throws Exception {
        ChromeDriver browser = Browser.phoneWithoutJavaScript();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            open(browser, wait, portal.toString(), By.id("lang-en"));
            browser.findElement(By.id("lang-en")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Help for your family, close to you"));
            browser.findElement(By.id("lang-ru")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Помощь семье — рядом с вами"));

            open(browser, wait, portal + "find-help.xhtml", By.id("search-button"));
            browser.findElement(By.id("q")).sendKeys("помощь семье");
            browser.findElement(By.id("place")).sendKeys("Братск");
            browser.findElement(By.id("search-button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "Братск"));
            assertFalse(browser.findElements(By.cssSelector(".result")).isEmpty(), "results without JavaScript");
            assertFalse(browser.findElement(By.id("show-map")).isDisplayed(),
                    "the page's scripts did not run (they show the map button)");
            assertEquals("undefined", browser.executeScript("return typeof window.L"));

            browser.findElement(By.cssSelector("input[name='category'][value='legal-aid']")).click();
            browser.findElement(By.cssSelector(".facets button[type='submit']")).click();
            wait.until(ExpectedConditions.urlContains("category=legal-aid"));
            wait.until(ExpectedConditions.elementSelectionStateToBe(
                    By.cssSelector("input[name='category'][value='legal-aid']"), true));

            open(browser, wait, portal + "find-help.xhtml?q=" + encode("помощь"), By.id("result-count"));
            if (!browser.findElements(By.id("next-page")).isEmpty()) {
                browser.findElement(By.id("next-page")).click();
                wait.until(ExpectedConditions.urlContains("page=2"));
                wait.until(ExpectedConditions.textMatches(By.cssSelector(".pages span"), Pattern.compile("^2 /.*")));
            }

            // A guide's "nearest services" form asks again at the guide's readable address.
            open(browser, wait, portal + "articles/kak-oformit-edinoe-posobie-na-detey", By.id("nearest-search"));
            browser.findElement(By.id("place")).sendKeys("Иркутск");
            browser.findElement(By.id("nearest-search")).click();
            wait.until(ExpectedConditions.urlToBe(portal + "articles/kak-oformit-edinoe-posobie-na-detey?place=" + encode("Иркутск")));
            assertFalse(browser.findElements(By.cssSelector("#nearest-services .nearest-service a")).isEmpty(),
                    "services near Irkutsk without JavaScript");
            open(browser, wait, portal + "measures", By.id("measures-apply"));
            new Select(browser.findElement(By.id("region"))).selectByValue("38");
            browser.findElement(By.id("measures-apply")).click();
            wait.until(ExpectedConditions.urlContains("region=38"));
            assertTrue(browser.getCurrentUrl().startsWith(portal + "measures?"), browser.getCurrentUrl());

            open(browser, wait, portal + "ask-for-help.xhtml", By.id("ask:send"));
            fillRequestForm(browser, "Нужна консультация без JavaScript");
            browser.findElement(By.id("ask:send")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-number")));
            String number = browser.findElement(By.id("request-number")).getText();
            String code = browser.findElement(By.id("request-code")).getText();
            assertTrue(number.matches("\\d{4}-\\d{4}"), number);

            open(browser, wait, portal + "request-status.xhtml", By.id("status:check"));
            browser.findElement(By.id("status:number")).sendKeys(number);
            browser.findElement(By.id("status:code")).sendKeys(code);
            browser.findElement(By.id("status:check")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-status")));
            assertFalse(browser.findElement(By.id("current-status")).getText().isBlank());
        } finally {
            browser.quit();
        }
    }

    /** Opens a page and waits for an element of it. */
    private static void open(ChromeDriver browser, WebDriverWait wait, String url, By element) {
        browser.get("about:blank");
        browser.get(url);
        wait.until(ExpectedConditions.presenceOfElementLocated(element));
    }

    @Test
    void pagesAreCompressedAndVersionedResourcesKeptForAYear() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<byte[]> home = get(http, portal + "");
        assertEquals("gzip", home.headers().firstValue("Content-Encoding").orElse(null), "the page is compressed");
        assertTrue(home.headers().allValues("Vary").toString().contains("Accept-Encoding"));
        assertEquals("private, no-cache", home.headers().firstValue("Cache-Control").orElse(null),
                "a page is kept by no shared cache");
        String html = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(home.body())).readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(html.contains("</html>"), "the whole page arrives");
        assertFalse(html.contains("primefaces"), "no PrimeFaces on a public page");

        Matcher css = Pattern.compile("href=\"([^\"]*portal\\.css[^\"]*)\"").matcher(html);
        assertTrue(css.find(), "the portal's style sheet is linked");
        String cssUrl = css.group(1).replace("&amp;", "&");
        assertTrue(cssUrl.matches(".*[?&]v=[0-9a-f]{12}.*"), "versioned by its content: " + cssUrl);
        HttpResponse<byte[]> style = get(http, portal.getProtocol() + "://" + portal.getAuthority() + cssUrl);
        assertEquals(200, style.statusCode());
        assertEquals("public, max-age=31536000, immutable", style.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("gzip", style.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(style.headers().firstValue("Expires").isEmpty(), "no Expires contradicting the year");

        // The readable addresses pass the same filters as the pages behind them: compressed, headers, caching.
        for (String readable : List.of("articles/kak-oformit-edinoe-posobie-na-detey", "measures/maternity-capital",
                "articles?kind=guide", "measures", "search?tab=measures&q=" + encode("капитал"))) {
            HttpResponse<byte[]> page = get(http, portal + readable);
            assertEquals(200, page.statusCode(), readable);
            assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(null), readable + " is compressed");
            assertEquals("private, no-cache", page.headers().firstValue("Cache-Control").orElse(null), readable);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(null), readable);
            List<String> policies = page.headers().allValues("Content-Security-Policy");
            assertEquals(1, policies.size(), readable + ": one policy " + policies);
            String body = new String(new GZIPInputStream(new java.io.ByteArrayInputStream(page.body())).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(body.contains("</html>"), readable + ": the whole page arrives");
        }
        HttpResponse<byte[]> moved = get(http, portal + "article.xhtml?slug=kak-oformit-edinoe-posobie-na-detey&place=x");
        assertEquals(301, moved.statusCode());
        assertEquals(portal.getPath() + "articles/kak-oformit-edinoe-posobie-na-detey?place=x",
                moved.headers().firstValue("Location").orElse(null));

        HttpResponse<byte[]> marker = get(http, portal + "webjars/leaflet/1.9.4/dist/images/marker-icon.png");
        assertEquals(200, marker.statusCode());
        assertEquals("image/png", marker.headers().firstValue("Content-Type").orElse(null), "an image has no charset");

        HttpResponse<byte[]> leaflet = get(http, portal + "webjars/leaflet/1.9.4/dist/leaflet.js");
        assertEquals(200, leaflet.statusCode());
        assertEquals("public, max-age=31536000, immutable", leaflet.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("gzip", leaflet.headers().firstValue("Content-Encoding").orElse(null));
        assertTrue(leaflet.body().length < 60_000, "Leaflet compressed: " + leaflet.body().length);

        HttpResponse<byte[]> unversioned = get(http, portal + "jakarta.faces.resource/css/portal.css.xhtml");
        assertNotEquals("public, max-age=31536000, immutable",
                unversioned.headers().firstValue("Cache-Control").orElse(""), "only a versioned address is kept a year");
        HttpResponse<byte[]> missing = get(http, portal + "jakarta.faces.resource/css/none.css.xhtml?v=1");
        assertEquals(404, missing.statusCode());
        assertFalse(missing.headers().firstValue("Cache-Control").orElse("").contains("immutable"),
                "an error is not kept");

        for (String personal : List.of("ask-for-help.xhtml", "request-status.xhtml", "sign-in.xhtml",
                "for-organisations/sign-up.xhtml")) {
            assertEquals("no-store", get(http, portal + personal).headers().firstValue("Cache-Control").orElse(null),
                    personal + " is kept by no cache");
        }
        HttpResponse<byte[]> plain = http.send(HttpRequest.newBuilder(URI.create(portal + "privacy.xhtml")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "uncompressed for a client without gzip");
        assertTrue(new String(plain.body(), StandardCharsets.UTF_8).contains("</html>"));
    }

    private static void assertNotEquals(String unexpected, String actual, String message) {
        org.junit.jupiter.api.Assertions.assertNotEquals(unexpected, actual, message);
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Encoding", "gzip, deflate, br").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    static void fillRequestForm(ChromeDriver browser, String description) throws Exception {
        new Select(browser.findElement(By.id("ask:callerType"))).selectByValue("PARENT");
        new Select(browser.findElement(By.id("ask:municipality"))).selectByValue(Requests.municipalityWithCentre(0)[0]);
        browser.findElement(By.cssSelector("input[name='ask:topics'][value='psychological-help']")).click();
        browser.findElement(By.id("ask:description")).sendKeys(description);
        browser.findElement(By.id("ask:phone")).sendKeys("+7 913 000-11-22");
        browser.findElement(By.id("ask:consent")).click();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> visit(ChromeDriver browser, String url, boolean emptyCache) {
        browser.get("about:blank");
        if (emptyCache) {
            browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
        }
        browser.get(url);
        return measure(browser);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(ChromeDriver browser) {
        return (Map<String, Object>) browser.executeScript(MEASURE);
    }

    private static void assertWithinBudget(String page, String visit, Map<String, Object> measured, long budget) {
        long bytes = ((Number) measured.get("bytes")).longValue();
        assertTrue(bytes <= budget, page + ", " + visit + ": " + bytes + " bytes over the budget of " + budget
                + "; fetched " + measured.get("fetched"));
        assertEquals("undefined", measured.get("primeFaces"), page + ": no PrimeFaces on a public page");
        for (Object source : (List<?>) measured.get("scripts")) {
            assertFalse(String.valueOf(source).contains("primefaces"), page + ": loads " + source);
            assertFalse("inline".equals(source), page + ": no inline script (the page must work without scripts)");
        }
        for (Object source : (List<?>) measured.get("styles")) {
            assertFalse(String.valueOf(source).contains("primefaces"), page + ": loads " + source);
        }
        long encoded = ((Number) measured.get("htmlEncoded")).longValue();
        long decoded = ((Number) measured.get("htmlDecoded")).longValue();
        assertTrue(encoded < decoded, page + ": the HTML arrives compressed (" + encoded + " of " + decoded + " bytes)");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
