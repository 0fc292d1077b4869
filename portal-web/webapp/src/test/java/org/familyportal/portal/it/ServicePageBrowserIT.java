package org.familyportal.portal.it;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A parent on a 360 px phone (issue 13): from the results to a service and back to the same
 * search; the service's lines with what each is, its hours Monday to Sunday in the place's own time,
 * its place with the place's own lines, hours and languages; "ask for help about this" opens the
 * request form about it; a round-the-clock line says so; a search that finds nothing offers next
 * steps, not empty filters and "1 / 1". Screenshots in {@code target/screenshots/service-*.png}.
 */
@PortalContainerTest
class ServicePageBrowserIT {

    @ArquillianResource
    URL portal;

    @Test
    void fromTheResultsToAServiceAndBackToTheSameSearch() throws Exception {
        ChromeDriver browser = Browser.phone();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(portal + "find-help.xhtml");
            browser.findElement(By.id("q")).sendKeys("социальный контракт");
            browser.findElement(By.id("place")).sendKeys("Ангарск");
            browser.findElement(By.id("search-button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "Ангарск"));
            String results = browser.getCurrentUrl();
            WebElement link = browser.findElements(By.cssSelector(".result h2 a")).stream()
                    .filter(a -> a.getText().startsWith("Социальный контракт")).findFirst().orElseThrow();
            link.click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("service-name")));
            shot(browser, "page-ru");

            List<WebElement> lines = browser.findElements(By.cssSelector("#service-phones .phone-line"));
            assertFalse(lines.isEmpty(), "the service's own lines");
            assertTrue(lines.get(0).getText().startsWith("Телефон:"), "each line says what it is: " + lines.get(0).getText());
            String hours = browser.findElement(By.id("hours")).getText();
            assertTrue(hours.startsWith("пн–пт: 09:00–13:00, 14:00–18:00"), "Monday to Friday first, lunch break between: " + hours);
            assertTrue(hours.indexOf("пн–пт") < Math.max(hours.indexOf("сб"), hours.indexOf("вс")), "the week in order: " + hours);
            assertTrue(browser.findElement(By.id("zone-note")).getText().contains("UTC+8"),
                    "Angarsk's hours are read in Irkutsk time: " + browser.findElement(By.id("zone-note")).getText());

            WebElement place = browser.findElement(By.cssSelector("#places .place"));
            assertTrue(place.getText().contains("Центр занятости"), place.getText());
            assertTrue(place.findElement(By.cssSelector(".phone-line[data-kind='fax']")).getText().startsWith("Факс:"),
                    "the place's own fax, named as such: " + place.getText());
            assertTrue(place.findElements(By.cssSelector(".phone-line[data-kind='fax'] a")).isEmpty(), "a fax is not called");
            assertTrue(place.findElement(By.cssSelector(".place-hours")).getText().contains("пн–пт: 08:00–17:00"),
                    "the place's own hours: " + place.getText());
            assertTrue(place.findElement(By.cssSelector(".place-languages")).getText().contains("Татарский"),
                    "the languages spoken there: " + place.getText());
            noSidewaysScrolling(browser);

            browser.findElement(By.id("back")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-count")));
            assertEquals(results.replaceAll("&(lat|lon)=(?=&|$)", ""), browser.getCurrentUrl(),
                    "back to the same search (its empty fields left out)");
            assertEquals("социальный контракт", browser.findElement(By.id("q")).getAttribute("value"));
            assertEquals("Ангарск", browser.findElement(By.id("place")).getAttribute("value"));

            browser.findElements(By.cssSelector(".result h2 a")).stream()
                    .filter(a -> a.getText().startsWith("Социальный контракт")).findFirst().orElseThrow().click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ask-about")));
            String service = browser.findElement(By.id("service-name")).getText();
            browser.findElement(By.id("ask-about")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ask:description")));
            assertTrue(browser.findElement(By.id("ask:description")).getAttribute("value").contains(service),
                    "the request names the service: " + browser.findElement(By.id("ask:description")).getAttribute("value"));
            assertTrue(browser.findElements(By.cssSelector("input[name='ask:topics']:checked")).stream()
                    .allMatch(t -> List.of("employment", "benefits-advice").contains(t.getAttribute("value")))
                    && browser.findElements(By.cssSelector("input[name='ask:topics']:checked")).size() == 1,
                    "its kind of help is ticked");

            browser.get(results.replace("find-help.xhtml?", "find-help.xhtml?lang=en&"));
            browser.findElements(By.cssSelector(".result h2 a")).stream()
                    .filter(a -> a.getText().startsWith("Социальный контракт")).findFirst().orElseThrow().click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("service-name")));
            shot(browser, "page-en");
            assertTrue(browser.findElement(By.id("hours")).getText().startsWith("Mon–Fri: 09:00–13:00, 14:00–18:00"),
                    browser.findElement(By.id("hours")).getText());
            assertTrue(browser.findElement(By.cssSelector("#places .place-hours")).getText().contains("Mon–Fri: 08:00–17:00"));
        } finally {
            browser.quit();
        }
    }

    @Test
    void aLineOpenDayAndNightSaysSoAndABadWayBackLeadsOnlyToTheSearch() throws Exception {
        ChromeDriver browser = Browser.phone();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(portal + "find-help.xhtml?q=" + encode("Семейная линия") + "&place=" + encode("Иркутск"));
            WebElement line = browser.findElements(By.cssSelector(".result")).stream()
                    .filter(r -> r.getText().contains("Семейная линия")).findFirst().orElseThrow();
            assertTrue(line.findElement(By.cssSelector(".opening")).getText().equals("Работает круглосуточно"),
                    "the result card says round the clock: " + line.getText());
            String href = line.findElement(By.cssSelector("h2 a")).getAttribute("href");
            assertTrue(href.contains("&q=") && href.contains("&place="), "the link carries the search: " + href);
            browser.get(href.substring(0, href.indexOf('&')) + "&q=x&next=" + encode("https://evil.example/") + "&place="
                    + encode("<b>") + "&id=" + encode("//evil.example"));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("service-name")));
            shot(browser, "round-the-clock");
            assertEquals("Работает круглосуточно", browser.findElement(By.id("open-now")).getText());
            assertEquals("Круглосуточно, без выходных", browser.findElement(By.id("hours")).getText());
            String back = browser.findElement(By.id("back")).getAttribute("href");
            assertTrue(back.startsWith(portal + "find-help.xhtml?"), back);
            assertTrue(back.contains("q=x") && back.contains("place=%3Cb%3E"), "the search's own words: " + back);
            assertFalse(back.contains("evil"), back);
        } finally {
            browser.quit();
        }
    }

    @Test
    void nothingFoundOffersNextStepsNotEmptyFilters() throws Exception {
        for (String lang : List.of("ru", "en")) {
            ChromeDriver browser = Browser.phone();
            try {
                browser.get(portal + "find-help.xhtml?lang=" + lang + "&q=" + encode("щщщщ ъъъъ") + "&place=" + encode("Ангарск")
                        + "&category=legal-aid");
                shot(browser, "nothing-found-" + lang);
                assertTrue(browser.findElement(By.id("nothing-found")).isDisplayed());
                assertTrue(browser.findElements(By.cssSelector(".facets fieldset")).isEmpty(), "no empty filter boxes");
                assertTrue(browser.findElements(By.cssSelector(".pages")).isEmpty(), "no \"1 / 1\"");
                assertTrue(browser.findElement(By.id("without-filters")).getAttribute("href").contains("q="));
                assertFalse(browser.findElement(By.id("without-filters")).getAttribute("href").contains("category="));
                assertFalse(browser.findElement(By.id("without-place")).getAttribute("href").contains("place="));
                assertTrue(browser.findElement(By.id("wider-radius")).getAttribute("href").contains("radius=100"));
                assertFalse(browser.findElements(By.cssSelector("#other-words a")).isEmpty(), "other words to try");
                assertTrue(browser.findElement(By.cssSelector("#empty-ask a")).getAttribute("href").contains("ask-for-help.xhtml"));
                assertFalse(browser.findElements(By.cssSelector("#empty-call a[href^='tel:']")).isEmpty(), "the helpline to call");
                noSidewaysScrolling(browser);

                browser.get(portal + "find-help.xhtml?lang=" + lang + "&q=" + encode("юрист") + "&place=" + encode("Ангарск"));
                for (WebElement box : browser.findElements(By.cssSelector(".facets fieldset"))) {
                    assertFalse(box.findElements(By.cssSelector("input[type='checkbox']")).isEmpty(),
                            "every filter box shown has something to choose: " + box.getText());
                }
            } finally {
                browser.quit();
            }
        }
    }

    private static void noSidewaysScrolling(ChromeDriver browser) {
        Number viewport = (Number) browser.executeScript("return window.innerWidth");
        Number content = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertTrue(content.intValue() <= viewport.intValue(), "no sideways scrolling: " + browser.getCurrentUrl());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void shot(ChromeDriver browser, String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, Math.min(4000, height.intValue() + 200)));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve("service-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(360, 780));
    }
}
