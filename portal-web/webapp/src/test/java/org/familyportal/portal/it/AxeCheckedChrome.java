package org.familyportal.portal.it;

import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.CommandPayload;
import org.openqa.selenium.remote.DriverCommand;
import org.openqa.selenium.remote.Response;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Chromium in which axe-core checks every page state a browser test reaches against WCAG 2.0/2.1
 * A and AA, so no test has to remember to. Before each driver command the page is looked at: a new
 * document, once loaded, is analysed; a page changed since (ajax updates) is analysed again when the
 * test navigates away or quits. Each distinct page (path, names of its parameters, language) is also
 * analysed once per run at the other width (a phone test looks at it as a 1280 px desktop, a desktop
 * test as a 360 px phone), by changing the viewport in place and back: a public page when first analysed, a
 * page with PrimeFaces' widgets (which react to the resize) only when the test navigates away from it or quits.
 *
 * <p>A serious or critical violation of a WCAG A/AA rule fails the test where it was found, with the
 * rule, the elements (selectors), the page and the width. Everything else axe finds (moderate, minor
 * and best practices) goes to {@code target/axe-report.txt}, with the time the checks took.
 */
final class AxeCheckedChrome extends ChromeDriver {

    private static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    /** Commands that leave a page: its state after ajax updates is analysed before them. Not before clicks, so
     * that an open overlay (a PrimeFaces menu hides itself on scroll and resize) is never disturbed. */
    private static final Set<String> LEAVING_COMMANDS = Set.of(DriverCommand.GET, DriverCommand.GO_BACK,
            DriverCommand.GO_FORWARD, DriverCommand.REFRESH, DriverCommand.QUIT);
    private static final Set<String> ALERT_COMMANDS = Set.of(DriverCommand.ACCEPT_ALERT, DriverCommand.DISMISS_ALERT,
            DriverCommand.GET_ALERT_TEXT, DriverCommand.SET_ALERT_VALUE);

    private static final Path REPORT = Path.of("target", "axe-report.txt");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots", "axe");
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();
    private static final Set<String> OTHER_WIDTH_DONE = ConcurrentHashMap.newKeySet();
    private static final AtomicLong NANOS = new AtomicLong();
    private static final AtomicInteger ANALYSES = new AtomicInteger();
    private static volatile String axeSource;

    static {
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, "axe-core " + "WCAG 2.0/2.1 A+AA and best practices; serious/critical WCAG"
                    + " violations fail the browser tests, the rest is listed here.\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> append(String.format(
                "%n%d analyses took %.1f s in all%n", ANALYSES.get(), NANOS.get() / 1e9))));
    }

    /** Checks the state of the page: where it is, whether loaded, analysed already, changed since. */
    private static final String STATE = """
            return {url: location.href, ready: document.readyState, analysed: window.__axeAnalysed === true,
                    changed: window.__axeChanged === true, width: window.innerWidth,
                    widgets: typeof window.PrimeFaces !== 'undefined',
                    lang: document.documentElement.lang || ''};""";

    /** Runs axe; returns the violations, or a string if axe itself failed. */
    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
               .then(function (r) {
                   done(r.violations.map(function (v) {
                       return {id: v.id, impact: v.impact || '', help: v.help, tags: v.tags,
                               nodes: v.nodes.map(function (n) {
                                   return {target: JSON.stringify(n.target), summary: n.failureSummary || ''};
                               })};
                   }));
               }, function (e) { done('axe failed: ' + e); });""";

    /** Marks the page analysed and watches for elements added or removed afterwards (ajax updates). */
    private static final String MARK = """
            window.__axeChanged = false;
            if (!window.__axeAnalysed) {
                window.__axeAnalysed = true;
                new MutationObserver(function (records) {
                    if (records.some(function (r) { return r.addedNodes.length || r.removedNodes.length; })) {
                        window.__axeChanged = true;
                    }
                }).observe(document.documentElement, {childList: true, subtree: true});
            }""";

    private final int width;
    private final int height;
    private final boolean phone;
    private final boolean ready;
    private boolean busy;
    private boolean failed;

    AxeCheckedChrome(ChromeDriverService service, ChromeOptions options, int width, int height, boolean phone) {
        super(service, options);
        this.width = width;
        this.height = height;
        this.phone = phone;
        this.ready = true;
    }

    @Override
    protected Response execute(CommandPayload payload) {
        if (ready && !busy && !failed && !ALERT_COMMANDS.contains(payload.getName())) {
            checkpoint(payload.getName());
        }
        return super.execute(payload);
    }

    private void checkpoint(String command) {
        List<String> failures = new ArrayList<>();
        busy = true;
        try {
            Map<?, ?> state = (Map<?, ?>) executeScript(STATE);
            String url = URLDecoder.decode(String.valueOf(state.get("url")), StandardCharsets.UTF_8);
            if (!url.startsWith("http") || !"complete".equals(state.get("ready"))) {
                return;
            }
            boolean analysed = Boolean.TRUE.equals(state.get("analysed"));
            boolean leaving = LEAVING_COMMANDS.contains(command);
            String page = pageKey(url, String.valueOf(state.get("lang")));
            // A page with scripted widgets (PrimeFaces) is looked at at the other width only as the test leaves
            // it: the widgets react to the resize (an open menu closes), which must not happen under the test.
            boolean otherWidthNow = !OTHER_WIDTH_DONE.contains(page)
                    && (leaving || !Boolean.TRUE.equals(state.get("widgets")));
            if (analysed && !(Boolean.TRUE.equals(state.get("changed")) && leaving) && !otherWidthNow) {
                return;
            }
            int shownWidth = ((Number) state.get("width")).intValue();
            failures.addAll(analyse(url, shownWidth));
            if (otherWidthNow && OTHER_WIDTH_DONE.add(page)) {
                screenshot(page, shownWidth);
                failures.addAll(analyseAtTheOtherWidth(url, page));
            }
            executeScript(MARK);
        } catch (WebDriverException e) {
            // The page went away while it was looked at (a navigation under way): the next command looks again.
            // Listed, so that a check that never completes does not pass unnoticed.
            append("interrupted before " + command + ": " + e.getMessage().lines().findFirst().orElse("") + "\n");
        } finally {
            busy = false;
        }
        if (!failures.isEmpty()) {
            failed = true;
            throw new AssertionError("axe-core found serious or critical WCAG 2.1 A/AA violations:\n"
                    + String.join("\n", failures));
        }
    }

    private List<String> analyseAtTheOtherWidth(String url, String page) {
        boolean asPhone = !phone && width > 600;
        executeCdpCommand("Emulation.setDeviceMetricsOverride", asPhone
                ? Map.of("width", 360, "height", 780, "deviceScaleFactor", 2, "mobile", true)
                : Map.of("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
        try {
            screenshot(page, asPhone ? 360 : 1280);
            return analyse(url, asPhone ? 360 : 1280);
        } finally {
            if (phone) {
                executeCdpCommand("Emulation.setDeviceMetricsOverride",
                        Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
            } else {
                executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
            // The page's resize events fire with the next frame: let them fire now, not in the middle of the test.
            executeAsyncScript("var done = arguments[0]; setTimeout(done, 1000);"
                    + " requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); });");
        }
    }

    /** Serious or critical WCAG violations on the page as it is now; everything found goes to the report. */
    private List<String> analyse(String url, int shownWidth) {
        long start = System.nanoTime();
        if (!Boolean.TRUE.equals(executeScript("return typeof window.axe === 'object'"))) {
            executeScript(axe());
        }
        List<String> tags = new ArrayList<>(WCAG_A_AA);
        tags.add("best-practice");
        Object result = executeAsyncScript(RUN, tags);
        NANOS.addAndGet(System.nanoTime() - start);
        ANALYSES.incrementAndGet();
        if (!(result instanceof List<?> violations)) {
            throw new AssertionError(result + " on " + url + " at " + shownWidth + " px");
        }
        List<String> failures = new ArrayList<>();
        for (Object each : violations) {
            Map<?, ?> violation = (Map<?, ?>) each;
            String impact = String.valueOf(violation.get("impact"));
            boolean wcag = ((List<?>) violation.get("tags")).stream().anyMatch(WCAG_A_AA::contains);
            boolean failing = wcag && FAILING_IMPACTS.contains(impact);
            StringBuilder text = new StringBuilder(String.format("%s (%s%s): %s%n    on %s at %d px",
                    violation.get("id"), impact, wcag ? "" : ", best practice", violation.get("help"), url, shownWidth));
            for (Object node : (List<?>) violation.get("nodes")) {
                Map<?, ?> n = (Map<?, ?>) node;
                text.append(String.format("%n    - %s: %s", n.get("target"),
                        String.valueOf(n.get("summary")).replaceAll("\\s+", " ")));
            }
            if (failing) {
                failures.add(text.toString());
            }
            if (REPORTED.add(violation.get("id") + " " + pageKey(url, "") + " " + shownWidth)) {
                append((failing ? "FAIL " : "") + text + "\n");
            }
        }
        return failures;
    }

    /** The whole page as analysed, once per page and width: target/screenshots/axe/, to look at. */
    private void screenshot(String page, int shownWidth) {
        Map<String, Object> shot = executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        String name = page.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "") + "-" + shownWidth + ".png";
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name), Base64.getDecoder().decode(String.valueOf(shot.get("data"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page as its path, the names of its parameters and its language: "service.xhtml?id" once, not per id. */
    private static String pageKey(String url, String lang) {
        String[] pathAndQuery = url.replaceFirst("^https?://[^/]*", "").replaceFirst("#.*", "").split("\\?", 2);
        Set<String> names = new TreeSet<>();
        if (pathAndQuery.length > 1) {
            for (String pair : pathAndQuery[1].split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        return pathAndQuery[0].replaceAll(";jsessionid=.*", "") + "?" + String.join("&", names) + " " + lang;
    }

    private static String axe() {
        if (axeSource == null) {
            try (InputStream in = AxeCheckedChrome.class.getResourceAsStream("/axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path (com.deque.html.axe-core:selenium)");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    private static synchronized void append(String text) {
        try {
            Files.writeString(REPORT, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
