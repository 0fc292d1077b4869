package org.familyportal.portal.it;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Headless Debian Chromium for browser tests. Where Chromium or its driver is missing the tests are
 * skipped with a message saying so (.ci/run installs both). Every page a test reaches is checked with
 * axe-core ({@link AxeCheckedChrome}).
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private Browser() {
    }

    /** A desktop browser window of the given size; skips the test without Chromium. */
    static ChromeDriver open(int width, int height) throws Exception {
        return start(width, height, false);
    }

    /** A phone: the viewport of a 360 px wide screen, as a touch device. */
    static ChromeDriver phone() throws Exception {
        return start(360, 780, true);
    }

    /**
     * A phone whose page scripts never arrive (a weak connection, an old phone): every script address
     * is blocked in the browser (DevTools' request blocking), while the driver itself still works.
     * The portal's public pages have no inline scripts (their CSP allows none without a nonce), so
     * they run no script at all.
     */
    static ChromeDriver phoneWithoutJavaScript() throws Exception {
        ChromeDriver browser = phone();
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", java.util.List.of("*.js", "*.js?*", "*.js.xhtml*")));
        return browser;
    }

    private static ChromeDriver start(int width, int height, boolean phone) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Browser tests skipped: Chromium (" + CHROMIUM + ") or chromedriver (" + CHROMEDRIVER
                        + ") is not installed. Install the Debian packages chromium and chromium-driver.");
        Path profile = Files.createTempDirectory("portal-chromium-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--window-size=" + width + "," + height,
                        "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        if (phone) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new AxeCheckedChrome(service, options, width, height, phone);
    }
}
