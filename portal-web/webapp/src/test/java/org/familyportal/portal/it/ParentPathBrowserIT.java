package org.familyportal.portal.it;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parent's path on a 360 px phone (issue 13): from the home page's search to a service, to the
 * request form, the receipt naming the centre and its deadline on the family's own clock, and the
 * status page opened filled in from the receipt; the quick exit on the form and on a search about
 * violence. Full-page screenshots in {@code target/screenshots/parent-*.png}, Russian and English.
 */
@PortalContainerTest
class ParentPathBrowserIT {

    private static final Map<String, String> PLACE_OF_REGION = Map.of("38", "Иркутск", "54", "Новосибирск",
            "74", "Челябинск", "63", "Самара");

    @ArquillianResource
    URL portal;

    @Test
    void aParentSearchesFromHomeAsksForHelpAndChecksTheRequestOnAPhone() throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
        String centreId = Requests.municipalityWithCentre(0)[1];
        String centreName = Requests.query("SELECT name FROM organization WHERE id = ?", centreId);
        String regionCode = Requests.query("SELECT region_code FROM municipality WHERE code = ?", municipality);
        ZoneId zone = ZoneId.of(Requests.query("SELECT time_zone FROM region WHERE code = ?", regionCode));
        ChromeDriver browser = Browser.phone();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(portal.toString());
            assertTrue(browser.findElements(By.cssSelector("#problems .problem-link")).size() >= 8,
                    "the main kinds of help are on the home page");
            assertEquals("Насилие в семье", browser.findElement(By.id("problem-violence")).getText());
            assertTrue(browser.findElement(By.id("home-emergency")).getText().contains("112"));
            assertTrue(browser.findElement(By.id("check-request-link")).getAttribute("href").endsWith("request-status.xhtml"));
            noSidewaysScrolling(browser);
            shot(browser, "home-ru");

            // Search from home: what and where.
            browser.findElement(By.id("home-q")).sendKeys("психолог");
            browser.findElement(By.id("home-place")).sendKeys("Ангарск");
            browser.findElement(By.id("home-search-button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
            assertTrue(browser.getCurrentUrl().contains("place="), browser.getCurrentUrl());
            assertFalse(browser.findElements(By.cssSelector(".result h2 a")).isEmpty(), "services near Angarsk");
            assertTrue(browser.findElements(By.id("quick-exit")).isEmpty(), "no quick exit on a search for a psychologist");
            shot(browser, "search-ru");

            browser.findElement(By.cssSelector(".result h2 a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("service-name")));
            noSidewaysScrolling(browser);
            shot(browser, "service-ru");

            // "Ask for help about this": the form opens with the service named and its kind of help ticked.
            String serviceName = browser.findElement(By.id("service-name")).getText();
            browser.findElement(By.id("ask-about")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ask:send")));

            // The form: a quick exit, districts by region with type-to-find, problems in a family's words.
            WebElement quickExit = browser.findElement(By.id("quick-exit"));
            assertEquals("Быстро уйти", quickExit.getText());
            assertTrue(quickExit.getAttribute("href").startsWith("https://"), "a plain link to a neutral site");
            assertTrue(quickExit.isDisplayed());
            assertFalse(browser.findElements(By.cssSelector("#ask\\:municipality optgroup")).isEmpty(), "districts grouped by region");
            new Select(browser.findElement(By.id("ask:callerType"))).selectByValue("PARENT");
            WebElement finder = browser.findElement(By.id("municipality-find"));
            assertTrue(finder.isDisplayed(), "type-to-find is shown when scripts run");
            String label = (String) browser.executeScript("return document.querySelector("
                    + "\"#municipality-names option[data-code='\" + arguments[0] + \"']\").value", municipality);
            finder.sendKeys(label);
            wait.until(d -> municipality.equals(new Select(d.findElement(By.id("ask:municipality")))
                    .getFirstSelectedOption().getAttribute("value")));
            WebElement psychologist = browser.findElement(By.cssSelector("input[name='ask:topics'][value='psychological-help']"));
            String problem = browser.findElement(By.cssSelector("label[for='" + psychologist.getAttribute("id") + "']")).getText();
            assertTrue(problem.startsWith("Нужен психолог"), "a topic in a family's words: " + problem);
            assertTrue(psychologist.isSelected(), "the service's kind of help is ticked");
            String prefilled = browser.findElement(By.id("ask:description")).getAttribute("value");
            assertTrue(prefilled.contains(serviceName), "the service is named: " + prefilled);
            browser.findElement(By.id("ask:description")).sendKeys("Дочь перестала ходить в школу, плачет по вечерам");
            browser.findElement(By.id("ask:phone")).sendKeys("+7 913 000-22-33");
            browser.findElement(By.id("ask:send")).click();

            // Without consent: the reason, and everything typed or chosen is still there.
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ask:messages"), "согласия"));
            assertEquals(prefilled + "Дочь перестала ходить в школу, плачет по вечерам",
                    browser.findElement(By.id("ask:description")).getAttribute("value"));
            assertEquals(municipality, new Select(browser.findElement(By.id("ask:municipality")))
                    .getFirstSelectedOption().getAttribute("value"));
            assertTrue(browser.findElement(By.cssSelector("input[name='ask:topics'][value='psychological-help']")).isSelected());
            shot(browser, "form-ru");

            browser.findElement(By.id("ask:consent")).click();
            browser.findElement(By.id("ask:send")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-number")));
            String number = browser.findElement(By.id("request-number")).getText();
            String code = browser.findElement(By.id("request-code")).getText();

            // The receipt names the centre and its deadline on the family's clock, with the place and offset.
            String centre = browser.findElement(By.id("receipt-centre")).getText();
            assertTrue(centre.contains(centreName), centre);
            LocalDateTime dueUtc = LocalDateTime.parse(Requests.column(number, "acknowledge_by").substring(0, 19).replace(' ', 'T'));
            var due = dueUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone);
            String expected = DateTimeFormatter.ofPattern("HH:mm d MMMM", java.util.Locale.forLanguageTag("ru")).format(due)
                    + " (" + PLACE_OF_REGION.get(regionCode) + ", UTC+" + due.getOffset().getTotalSeconds() / 3600 + ")";
            assertEquals(expected, browser.findElement(By.id("receipt-deadline")).getText());
            noSidewaysScrolling(browser);
            shot(browser, "receipt-ru");

            // "Check my request" from the receipt: the status page opens filled in, the code never in the address.
            browser.findElement(By.id("check-status-button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("current-status")));
            assertEquals(number, browser.findElement(By.id("status:number")).getAttribute("value"));
            assertEquals(code, browser.findElement(By.id("status:code")).getAttribute("value"));
            assertFalse(browser.getCurrentUrl().contains(code.substring(0, 4)), browser.getCurrentUrl());
            assertTrue(browser.findElement(By.id("status-deadline")).getText().contains(PLACE_OF_REGION.get(regionCode)));
            assertTrue(browser.findElement(By.id("request-status")).getText()
                    .matches("(?s).*\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} \\(" + PLACE_OF_REGION.get(regionCode) + ", UTC\\+\\d\\).*"),
                    "the time received, on the family's clock with its place");
            noSidewaysScrolling(browser);
            shot(browser, "status-ru");

            // The receipt's address for later gives the number only; a code in an address is not taken.
            browser.get(portal + "request-status.xhtml?number=" + number + "&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
            assertEquals(number, browser.findElement(By.id("status:number")).getAttribute("value"));
            assertEquals("", browser.findElement(By.id("status:code")).getAttribute("value"));
            assertTrue(browser.findElements(By.id("current-status")).isEmpty());

            // "Check my request" is in the header of every public page.
            browser.get(portal + "find-help.xhtml");
            browser.findElement(By.id("check-request-link")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status:check")));

            // The same pages in English.
            browser.get(portal + "?lang=en");
            wait.until(ExpectedConditions.textToBe(By.id("problem-violence"), "Violence at home"));
            assertEquals("Check my request", browser.findElement(By.id("check-request-link")).getText());
            shot(browser, "home-en");
            browser.get(portal + "ask-for-help.xhtml");
            assertEquals("Quick exit", browser.findElement(By.id("quick-exit")).getText());
            noSidewaysScrolling(browser);
            shot(browser, "form-en");
            browser.get(portal + "ask-for-help.xhtml?lang=ru");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theQuickExitLeavesForANeutralSiteWithoutStayingInTheHistory() throws Exception {
        ChromeDriver browser = Browser.phone();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(portal + "?lang=ru");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problem-violence")));
            String home = browser.getCurrentUrl();

            // A search about violence shows the button; two presses of Esc leave.
            browser.findElement(By.id("problem-violence")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("quick-exit")));
            assertTrue(browser.findElement(By.id("crisis-banner")).isDisplayed(), "a search about violence is a crisis");
            shot(browser, "violence-search-ru");
            new Actions(browser).sendKeys(Keys.ESCAPE).sendKeys(Keys.ESCAPE).perform();
            wait.until(d -> !d.getCurrentUrl().startsWith(portal.toString()));
            browser.navigate().back();
            wait.until(ExpectedConditions.urlToBe(home));

            // The form: what was typed is emptied, and "back" does not bring the form up again.
            browser.get(portal + "ask-for-help.xhtml");
            browser.findElement(By.id("ask:description")).sendKeys("Муж кричит и бьёт посуду");
            browser.findElement(By.id("quick-exit")).click();
            wait.until(d -> !d.getCurrentUrl().startsWith(portal.toString()));
            browser.navigate().back();
            wait.until(ExpectedConditions.urlToBe(home));
        } finally {
            browser.quit();
        }
    }

    @Test
    void withoutJavaScriptTheQuickExitIsALinkAndTheFormKeepsItsGroupedList() throws Exception {
        ChromeDriver browser = Browser.phoneWithoutJavaScript();
        try {
            browser.get(portal + "ask-for-help.xhtml?lang=ru");
            WebElement exit = browser.findElement(By.id("quick-exit"));
            assertEquals("https://yandex.ru/pogoda", exit.getAttribute("href"));
            assertFalse(browser.findElement(By.id("municipality-find")).isDisplayed(), "type-to-find needs the script");
            assertTrue(browser.findElements(By.cssSelector("#ask\\:municipality optgroup")).size() >= 4, "four regions");
        } finally {
            browser.quit();
        }
    }

    private static void noSidewaysScrolling(ChromeDriver browser) {
        Number viewport = (Number) browser.executeScript("return window.innerWidth");
        Number content = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertTrue(content.intValue() <= viewport.intValue(), "no sideways scrolling: " + browser.getCurrentUrl() + " " + content);
    }

    /** The whole page, not only the phone's screen. */
    private static void shot(ChromeDriver browser, String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Map<String, Object> png = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(folder.resolve("parent-" + name + ".png"), Base64.getDecoder().decode((String) png.get("data")));
    }
}
