package org.familyportal.portal.it;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A parent on a phone searches, narrows by a kind of help, and opens a service. */
@PortalContainerTest
class SearchBrowserIT {

    @ArquillianResource
    URL portal;

    @Test
    void searchFilterByAFacetAndOpenAService() throws Exception {
        ChromeDriver browser = Browser.phone();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            browser.get(portal + "find-help.xhtml");
            browser.findElement(By.id("q")).sendKeys("помощь семье");
            browser.findElement(By.id("place")).sendKeys("Братск");
            browser.findElement(By.id("search-button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "Братск"));
            int before = browser.findElements(By.cssSelector(".result")).size();
            assertTrue(before > 0, "results near Bratsk");
            assertEquals("undefined", browser.executeScript("return typeof window.L"),
                    "Leaflet is not fetched before the parent asks for the map");
            assertFalse(browser.findElement(By.id("map")).isDisplayed(), "the list comes first");
            browser.findElement(By.id("show-map")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("map")));
            assertEquals("object", browser.executeScript("return typeof window.L"), "Leaflet loaded from the WebJar");
            assertTrue(browser.findElement(By.id("map")).isDisplayed(), "the map shows the results");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#map .leaflet-marker-icon")));
            assertTrue(browser.findElements(By.cssSelector("#map .leaflet-marker-icon")).size() > 0, "with markers");

            WebElement legalAid = browser.findElement(By.cssSelector("input[name='category'][value='legal-aid']"));
            legalAid.click();
            browser.findElement(By.cssSelector(".facets button[type='submit']")).click();
            wait.until(ExpectedConditions.urlContains("category=legal-aid"));
            List<WebElement> results = browser.findElements(By.cssSelector(".result"));
            assertTrue(!results.isEmpty(), "legal aid near Bratsk");
            for (WebElement result : results) {
                assertTrue(result.getText().contains("Юридическая помощь"), result.getText());
            }
            assertTrue(browser.findElement(By.cssSelector("input[name='category'][value='legal-aid']")).isSelected(),
                    "the chosen facet stays chosen");

            String name = results.get(0).findElement(By.cssSelector("h2 a")).getText();
            results.get(0).findElement(By.cssSelector("h2 a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("service-name")));
            assertEquals(name, browser.findElement(By.id("service-name")).getText());
            assertTrue(browser.findElement(By.id("hours")).getText().length() > 0, "opening hours are shown");
            assertTrue(!browser.findElements(By.cssSelector("a[href^='tel:']")).isEmpty(), "phones can be called");
            Number viewport = (Number) browser.executeScript("return window.innerWidth");
            Number content = (Number) browser.executeScript("return document.documentElement.scrollWidth");
            assertTrue(content.intValue() <= viewport.intValue(), "no sideways scrolling on the phone");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aParentWritingDangerInPlainWordsSeesTheNumbersAndCrisisHelpFirst() throws Exception {
        ChromeDriver browser = Browser.phone();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            browser.get(portal + "find-help.xhtml");
            browser.findElement(By.id("q")).sendKeys("муж бьёт меня и детей");
            browser.findElement(By.id("place")).sendKeys("Ангарск");
            browser.findElement(By.id("search-button")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("crisis-banner")));
            WebElement banner = browser.findElement(By.id("crisis-banner"));
            assertTrue(!banner.findElements(By.cssSelector("a[href='tel:112']")).isEmpty(), "112 can be called at once");
            List<WebElement> results = browser.findElements(By.cssSelector(".result"));
            assertTrue(results.size() >= 3, "never an empty page");
            for (WebElement result : results.subList(0, 3)) {
                String text = result.getText();
                assertTrue(text.contains("Кризисные центры и приюты") || text.contains("Горячие линии и телефоны доверия"),
                        "crisis lines and shelters first: " + text);
            }
        } finally {
            browser.quit();
        }
    }
}
