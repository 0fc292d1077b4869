package org.familyportal.ops.bench;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The weight of the public pages as a parent on a weak phone connection gets them: for each page,
 * the bytes transferred (compressed, headers included) and the requests on a first visit (empty
 * cache) and on a repeat visit, and the first contentful paint and largest contentful paint of the
 * first visit, in headless Chromium throttled like Lighthouse's mobile profile (slow 4G: 1.6 Mbps
 * down, 750 kbps up, 150 ms round trip; the CPU 4× slower; a 360×640 phone screen). Also the results
 * with their map drawn, and the receipt of the request form and the status it gives (one request,
 * marked in its text as the benchmark's, is sent).
 * <p>
 * Against a running portal: {@code mvn -Ppageweight package -Dpageweight.url=http://localhost:8080/}
 * (see ops/README.md). Bytes and requests come from the browser's Resource Timing (every resource
 * of a public page is the portal's own), paints from its Paint and Largest Contentful Paint entries.
 */
public final class PageWeight {

    /** The public pages, as a parent reaches them; the service page is the first result of the search. */
    static final List<String> PAGES = List.of(
            "",
            "find-help.xhtml",
            "find-help.xhtml?q=%D0%BF%D1%81%D0%B8%D1%85%D0%BE%D0%BB%D0%BE%D0%B3&place=%D0%90%D0%BD%D0%B3%D0%B0%D1%80%D1%81%D0%BA",
            "service.xhtml?id=",
            "ask-for-help.xhtml",
            "request-status.xhtml",
            "articles",
            "for-organisations.xhtml",
            "privacy.xhtml",
            "sign-in.xhtml",
            "?lang=en");

    private static final String MEASURE = """
            const done = arguments[arguments.length - 1];
            let fcp = -1, lcp = -1;
            const observe = (type, take) => {
              try {
                new PerformanceObserver(list => list.getEntries().forEach(take)).observe({type: type, buffered: true});
              } catch (e) { /* not in this browser */ }
            };
            observe('paint', e => { if (e.name === 'first-contentful-paint') fcp = e.startTime; });
            observe('largest-contentful-paint', e => { lcp = e.startTime; });
            const started = performance.now();
            const report = () => {
              if (fcp < 0 && performance.now() - started < 5000) { setTimeout(report, 100); return; }
              const nav = performance.getEntriesByType('navigation')[0];
              const resources = performance.getEntriesByType('resource');
              done({
                bytes: nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
                requests: 1 + resources.filter(r => r.transferSize > 0).length,
                resources: 1 + resources.length,
                ttfb: nav.responseStart,
                fcp: fcp,
                lcp: lcp,
                firstService: (document.querySelector('.result h2 a') || {}).href || ''
              });
            };
            setTimeout(report, 500);
            """;

    private PageWeight() {
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/";
        if (!base.endsWith("/")) {
            base += "/";
        }
        boolean throttled = args.length < 2 || !"unthrottled".equals(args[1]);
        ChromeDriver browser = open(throttled);
        try {
            visit(browser, base, true); // a warm-up: the browser's own start is no page's first paint
            List<Map<String, Object>> rows = new ArrayList<>();
            String firstService = null;
            for (String page : PAGES) {
                String url = base + page;
                if (page.startsWith("service.xhtml")) {
                    if (firstService == null) {
                        System.out.println("no service found by the search: service page skipped");
                        continue;
                    }
                    url = firstService;
                }
                Map<String, Object> first = visit(browser, url, true);
                Map<String, Object> repeat = visit(browser, url, false);
                if (firstService == null && !String.valueOf(first.get("firstService")).isEmpty()) {
                    firstService = String.valueOf(first.get("firstService"));
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("page", label(base, url));
                row.put("first", first);
                row.put("repeat", repeat);
                rows.add(row);
            }
            rows.add(withMap(browser, base, base + PAGES.get(2)));
            rows.addAll(receiptAndStatus(browser, base));
            System.out.println();
            System.out.println((throttled ? "Throttled: slow 4G (1.6 Mbps down, 750 kbps up, 150 ms RTT), CPU 4x slower, 360x640 phone"
                    : "Unthrottled") + "; " + base);
            System.out.println("| page | first visit: KB (requests) | repeat visit: KB (requests to the network / in all) | first byte | FCP | LCP |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            for (Map<String, Object> row : rows) {
                @SuppressWarnings("unchecked") Map<String, Object> first = (Map<String, Object>) row.get("first");
                @SuppressWarnings("unchecked") Map<String, Object> repeat = (Map<String, Object>) row.get("repeat");
                System.out.printf(Locale.ROOT, "| `%s` | %.1f (%d) | %.1f (%d / %d) | %.2f s | %.2f s | %.2f s |%n", row.get("page"),
                        kb(first), requests(first), kb(repeat), requests(repeat), ((Number) repeat.get("resources")).longValue(),
                        seconds(first.get("ttfb")), seconds(first.get("fcp")), seconds(first.get("lcp")));
            }
        } finally {
            browser.quit();
        }
    }

    /**
     * The results with their map asked for ("Show on the map"): the page's first visit, then Leaflet
     * fetched and drawn (the tiles come from the tile server, another origin, and are not counted).
     * The paints are the page's own (a click ends the largest-paint measure).
     */
    static Map<String, Object> withMap(ChromeDriver browser, String base, String url) {
        Map<String, Object> first = visit(browser, url, true);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("page", label(base, url) + " + map");
        if (browser.findElements(By.id("show-map")).isEmpty() || !browser.findElement(By.id("show-map")).isDisplayed()) {
            System.out.println("no map button on " + url + ": the map row is the page alone");
            row.put("first", first);
        } else {
            browser.findElement(By.id("show-map")).click();
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#map.leaflet-container")));
            @SuppressWarnings("unchecked") Map<String, Object> drawn = (Map<String, Object>) browser.executeAsyncScript(MEASURE);
            drawn.put("fcp", first.get("fcp"));
            drawn.put("lcp", first.get("lcp"));
            row.put("first", drawn);
        }
        row.put("repeat", visit(browser, url, false));
        return row;
    }

    /**
     * The request form sent (a parent's request, marked in its text as the benchmark's), its receipt,
     * and the status check with the receipt's number and code: each measured as the page the browser
     * got after the form (its style sheet already cached by the form's visit).
     */
    static List<Map<String, Object>> receiptAndStatus(ChromeDriver browser, String base) {
        List<Map<String, Object>> rows = new ArrayList<>();
        try {
            visit(browser, base + "ask-for-help.xhtml", true);
            new Select(browser.findElement(By.id("ask:callerType"))).selectByValue("PARENT");
            Select municipality = new Select(browser.findElement(By.id("ask:municipality")));
            municipality.getOptions().stream().filter(o -> !o.getAttribute("value").isEmpty()).findFirst()
                    .ifPresent(o -> municipality.selectByValue(o.getAttribute("value")));
            browser.findElements(By.cssSelector("input[name='ask:topics']")).stream().findFirst().ifPresent(WebElement::click);
            browser.findElement(By.id("ask:description")).sendKeys("Проверка скорости страниц (ops PageWeight), не заявка семьи");
            browser.findElement(By.id("ask:phone")).sendKeys("+7 900 000-00-00");
            browser.findElement(By.id("ask:consent")).click();
            browser.findElement(By.id("ask:send")).click();
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("request-number")));
            rows.add(afterForm("/ask-for-help.xhtml → receipt", browser));
            String number = browser.findElement(By.id("request-number")).getText();
            String code = browser.findElement(By.id("request-code")).getText();
            visit(browser, base + "request-status.xhtml", false);
            browser.findElement(By.id("status:number")).sendKeys(number);
            browser.findElement(By.id("status:code")).sendKeys(code);
            browser.findElement(By.id("status:check")).click();
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.presenceOfElementLocated(By.id("current-status")));
            rows.add(afterForm("/request-status.xhtml → status", browser));
        } catch (RuntimeException e) {
            System.out.println("the request form or the status check could not be measured: " + e.getMessage());
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> afterForm(String page, ChromeDriver browser) {
        Map<String, Object> measured = (Map<String, Object>) browser.executeAsyncScript(MEASURE);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("page", page);
        row.put("first", measured);
        row.put("repeat", measured);
        return row;
    }

    /** The page's address as the table shows it: from the portal's root, decoded (the service page without its long query). */
    private static String label(String base, String url) {
        URI uri = URI.create(url);
        String query = uri.getQuery() == null ? "" : "?" + uri.getQuery();
        if (uri.getPath().endsWith("service.xhtml")) {
            query = "?id=…";
        }
        return "/" + uri.getRawPath().substring(URI.create(base).getRawPath().length()) + query;
    }

    /** One visit: a first one with the browser's cache emptied, or a repeat one with what it kept. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> visit(ChromeDriver browser, String url, boolean emptyCache) {
        browser.get("about:blank");
        if (emptyCache) {
            browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
            browser.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        }
        browser.get(url);
        return (Map<String, Object>) browser.executeAsyncScript(MEASURE);
    }

    static ChromeDriver open(boolean throttled) throws Exception {
        Path profile = Files.createTempDirectory("page-weight-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(new File(System.getProperty("chromium.binary", "/usr/bin/chromium")))
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--user-data-dir=" + profile);
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                Map.of("width", 360, "height", 640, "pixelRatio", 2.0, "touch", true)));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(120));
        browser.executeCdpCommand("Network.enable", Map.of());
        if (throttled) {
            browser.executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                    "offline", false,
                    "latency", 150,
                    "downloadThroughput", 1_600_000 / 8,
                    "uploadThroughput", 750_000 / 8));
            browser.executeCdpCommand("Emulation.setCPUThrottlingRate", Map.of("rate", 4));
        }
        return browser;
    }

    private static double kb(Map<String, Object> visit) {
        return ((Number) visit.get("bytes")).doubleValue() / 1024;
    }

    private static long requests(Map<String, Object> visit) {
        return ((Number) visit.get("requests")).longValue();
    }

    private static double seconds(Object millis) {
        return ((Number) millis).doubleValue() / 1000;
    }
}
