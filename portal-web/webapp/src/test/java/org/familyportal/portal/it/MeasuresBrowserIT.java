package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalogue of support measures (issue 14): on a 360 px phone a parent narrows the catalogue to
 * their situation and region (remembered on the next visit), reads a measure with its dated, sourced
 * amounts and the services that help apply, in Russian and English; an editor changes an amount and
 * the public page shows it, a second editor's older form is refused with a message, and "checked
 * today" is recorded. Screenshots in {@code target/screenshots/measures-*.png}.
 */
@PortalContainerTest
class MeasuresBrowserIT {

    private static final String PASSWORD = "меры-поддержки-2026";

    @ArquillianResource
    URL deployed;

    /** The portal's root, always with its trailing slash (under load the connector was seen to give it without). */
    private String portal;

    @org.junit.jupiter.api.BeforeEach
    void root() {
        portal = deployed.toString().endsWith("/") ? deployed.toString() : deployed + "/";
    }

    @Test
    void aParentFindsTheMeasuresOfTheirSituationAndRegionAndReadsOneOnAPhone() throws Exception {
        ChromeDriver browser = Browser.phone();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(portal + "measures?region=all");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("measures-count")));
            assertTrue(browser.findElement(By.id("measures-count")).getText().contains("33"),
                    browser.findElement(By.id("measures-count")).getText());
            new Select(browser.findElement(By.id("situation"))).selectByValue("LARGE_FAMILY");
            new Select(browser.findElement(By.id("region"))).selectByValue("38");
            browser.findElement(By.id("measures-apply")).click();
            wait.until(ExpectedConditions.urlContains("region=38"));
            assertTrue(browser.getCurrentUrl().startsWith(portal + "measures?"), "the filter stays at the readable address: "
                    + browser.getCurrentUrl());
            List<String> links = browser.findElements(By.cssSelector(".measure h3 a")).stream()
                    .map(a -> a.getAttribute("href")).toList();
            assertTrue(links.stream().anyMatch(l -> l.equals(portal + "measures/irk-large-family-utilities")), links.toString());
            assertTrue(links.stream().anyMatch(l -> l.equals(portal + "measures/mortgage-450")), "federal measures apply everywhere");
            assertTrue(links.stream().noneMatch(l -> l.contains("/measures/sam-") || l.endsWith("/measures/birth-grant")),
                    "other regions' measures and other situations are left out: " + links);
            assertTrue(browser.findElement(By.id("group-REGIONAL")).getText().contains("Меры региона"));
            fitsTheScreen(browser, "the catalogue");
            shot(browser, "catalogue-ru-360");

            browser.get(portal + "measures.xhtml");
            assertEquals("38", new Select(browser.findElement(By.id("region"))).getFirstSelectedOption().getAttribute("value"),
                    "the reader's region is remembered");
            browser.get(portal + "measures.xhtml?place=" + java.net.URLEncoder.encode("Самара", "UTF-8"));
            assertEquals("63", new Select(browser.findElement(By.id("region"))).getFirstSelectedOption().getAttribute("value"),
                    "the region of the place the reader gave");

            browser.get(portal + "measure.xhtml?code=maternity-capital");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("measure-title")));
            assertEquals(portal + "measures/maternity-capital", browser.getCurrentUrl(), "the old address moved");
            String canonical = browser.findElement(By.cssSelector("link[rel='canonical']")).getAttribute("href");
            assertTrue(canonical.matches("https?://[^/]+/measures/maternity-capital"), canonical);
            assertEquals(canonical, browser.findElement(By.cssSelector("meta[property='og:url']")).getAttribute("content"));
            assertEquals(portal + "measures", browser.findElement(By.id("back")).getAttribute("href"));
            assertEquals("Материнский (семейный) капитал", browser.findElement(By.id("measure-title")).getText());
            String amounts = plain(browser.findElement(By.id("measure-amounts")).getText());
            assertTrue(amounts.contains("728 922 ₽") && amounts.contains("действует с 01.02.2026"), amounts);
            assertTrue(amounts.contains("Сумма не сверена с официальным источником."), amounts);
            assertTrue(browser.findElement(By.id("measure-source")).findElement(By.tagName("a"))
                    .getAttribute("href").startsWith("https://www.kommersant.ru/"), "the source all amounts share, linked once");
            assertTrue(browser.findElements(By.cssSelector("#measure-amounts .amount-source")).isEmpty(),
                    "the shared source is not repeated under each amount");
            assertTrue(browser.findElement(By.id("measure-unconfirmed")).getText().contains("сумма не сверена с официальным источником"));
            assertTrue(browser.findElement(By.id("measure-legal-basis")).getText().contains("256-ФЗ"));
            assertTrue(browser.findElement(By.id("measure-without-application")).isDisplayed());
            assertTrue(browser.findElement(By.id("measure-verified")).getText().contains("02.12.2026"));
            assertTrue(browser.findElement(By.id("measure-screener")).getAttribute("href").endsWith("/screener"));
            assertTrue(browser.findElement(By.id("measure-ask")).getAttribute("href").endsWith("/ask-for-help.xhtml"));
            List<WebElement> services = browser.findElements(By.cssSelector("#measure-services a"));
            assertFalse(services.isEmpty(), "the demo directory's services that help apply");
            fitsTheScreen(browser, "a measure");
            shot(browser, "measure-ru-360");

            browser.get(portal + "measures/maternity-capital?lang=en");
            wait.until(ExpectedConditions.textToBe(By.id("measure-title"), "Maternity (family) capital"));
            String english = plain(browser.findElement(By.id("measure-amounts")).getText());
            assertTrue(english.contains("728,922 RUB") && english.contains("applies from 01.02.2026"), english);
            fitsTheScreen(browser, "a measure in English");
            shot(browser, "measure-en-360");
            browser.get(portal + "measures?lang=en");
            shot(browser, "catalogue-en-360");
            browser.get(portal + "measure.xhtml?code=maternity-capital&lang=ru");
            assertEquals(portal + "measures/maternity-capital?lang=ru", browser.getCurrentUrl(), "moved with its language");

            String service = browser.findElements(By.cssSelector("#measure-services a")).get(0).getAttribute("href");
            assertTrue(service.contains("/service.xhtml?id="), service);
            browser.get(service);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("service-name")));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aParentSearchesTheSiteInTheirOwnWordsOnAPhone() throws Exception {
        ChromeDriver browser = Browser.phone();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            // What parents type, not the measures' official wording; each found nothing or missed the measure.
            String[][] asked = {
                    {"маткапитал", "ru", "maternity-capital"},
                    {"многодетным льготы", "ru", "irk-large-family-utilities"},
                    {"мать одиночка пособие", "ru", "unified-allowance"},
                    {"single mother benefits", "en", "unified-allowance"},
            };
            for (String[] ask : asked) {
                browser.get(portal + "search?tab=measures&lang=" + ask[1] + "&q="
                        + java.net.URLEncoder.encode(ask[0], java.nio.charset.StandardCharsets.UTF_8));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("search-tabs")));
                List<String> found = browser.findElements(By.cssSelector("#text-hits a")).stream()
                        .map(a -> a.getAttribute("href")).toList();
                assertTrue(found.stream().anyMatch(h -> h.endsWith("/measures/" + ask[2])), ask[0] + " found " + found);
            }
            Number font = (Number) browser.executeScript("return parseFloat(getComputedStyle(document.getElementById('q')).fontSize);");
            assertTrue(font.doubleValue() >= 16, "the search box is readable on a phone: " + font + " px");
            fitsTheScreen(browser, "the site search");
            shot(browser, "search-en-360");

            browser.get(portal + "measures/unified-allowance?lang=ru");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("measure-services")));
            List<String> services = browser.findElements(By.cssSelector("#measure-services li")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(services.size(), services.stream().distinct().count(),
                    "each service that helps apply can be told from the others: " + services);
        } finally {
            browser.quit();
        }
    }

    @Test
    void anUnknownOrMalformedCodeIsNotFound() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String code : List.of("no-such-measure", "%3Cscript%3E", "x".repeat(500), "Maternity-Capital", "a%2Fb", "..")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(portal + "measures/" + code)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, answer.statusCode(), code);
            HttpResponse<String> old = http.send(HttpRequest.newBuilder(URI.create(portal + "measure.xhtml?code=" + code)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(old.statusCode() == 404 || old.statusCode() == 301 && old.headers().firstValue("Location").orElse("")
                    .endsWith("/measures/" + code), code + ": " + old.statusCode());
        }
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(portal + "measures/no-such-measure")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(unknown.body().contains("id=\"error-heading\""), "the portal's own page");
        HttpResponse<String> filtered = http.send(HttpRequest.newBuilder(
                URI.create(portal + "measures?situation=NOPE&level=%27&region=99&place=" + "я".repeat(10))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, filtered.statusCode(), "unknown filters are ignored");
    }

    @Test
    void anEditorChangesAnAmountAndThePublicPageShowsItWhileAnOlderFormIsRefused() throws Exception {
        String editor = StaffAccounts.create(PASSWORD, Role.EDITOR);
        ChromeDriver browser = Browser.phone();
        ChromeDriver other = Browser.open(1280, 1000);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            signIn(browser, editor);
            signIn(other, editor);

            browser.get(portal + "editorial/index.xhtml");
            assertTrue(browser.findElement(By.id("editorial-stale-measures")).getText().matches("Требуют проверки: \\d+"));
            browser.findElement(By.id("editorial-stale-measures")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editorial-measures")));
            assertFalse(browser.findElements(By.id("row-child-tax-deduction")).isEmpty(), "a measure never checked is stale");
            assertTrue(browser.findElements(By.id("row-maternity-capital")).isEmpty(), "a checked one is not");
            shot(browser, "editorial-stale-360");

            other.get(portal + "editorial/measure.xhtml?code=birth-grant");
            new WebDriverWait(other, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("measure:save")));

            browser.get(portal + "editorial/measure.xhtml?code=birth-grant");
            WebElement value = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("measure:amounts:0:value")));
            value.clear();
            value.sendKeys("31000");
            fitsTheScreen(browser, "the measure editor");
            click(browser, By.id("measure:save"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Мера сохранена."));
            assertTrue(browser.findElement(By.id("measure-changes")).getText().contains(editor));
            shot(browser, "editorial-measure-360");

            browser.get(portal + "measures/birth-grant");
            assertTrue(plain(browser.findElement(By.id("measure-amounts")).getText()).contains("31 000 ₽"),
                    browser.findElement(By.id("measure-amounts")).getText());

            // The second editor's form was read before the save: it is refused, and keeps what was typed.
            WebElement title = other.findElement(By.id("measure:titleRu"));
            title.clear();
            title.sendKeys("Пособие при рождении — старая форма");
            click(other, By.id("measure:save"));
            new WebDriverWait(other, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("messages"), "изменил кто-то другой"));
            assertEquals("Пособие при рождении — старая форма", other.findElement(By.id("measure:titleRu")).getAttribute("value"));

            browser.get(portal + "editorial/measure.xhtml?code=child-tax-deduction");
            assertTrue(browser.findElement(By.id("stale-flag")).isDisplayed());
            click(browser, By.id("verify:verify-today"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "проверена сегодня"));
            assertTrue(browser.findElements(By.id("stale-flag")).isEmpty(), "checked today: no longer stale");
        } finally {
            browser.quit();
            other.quit();
        }
    }

    private void signIn(ChromeDriver browser, String email) {
        browser.get(portal + "sign-in.xhtml");
        browser.findElement(By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
    }

    /** Text as read, with the no-break spaces of Russian number grouping as plain spaces. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static void click(ChromeDriver browser, By by) {
        WebElement element = browser.findElement(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    private static void fitsTheScreen(ChromeDriver browser, String what) {
        Number overflow = (Number) browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(overflow.intValue() <= 0, what + " is wider than the phone by " + overflow + " px");
    }

    private static void shot(ChromeDriver browser, String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve("measures-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
