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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A parent misspells their town: the page says so, shows help meanwhile, and offers the town to choose. */
@PortalContainerTest
class PlaceSearchBrowserIT {

    @ArquillianResource
    URL portal;

    @Test
    void aMisspeltTownGetsDidYouMeanAndTheChoiceKeepsTheSearch() throws Exception {
        ChromeDriver browser = Browser.phone();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            browser.get(portal + "find-help.xhtml");
            browser.findElement(By.id("q")).sendKeys("психолог");
            browser.findElement(By.id("place")).sendKeys("Железнагорск Елимский");
            browser.findElement(By.id("search-button")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("place-notice")));
            WebElement notice = browser.findElement(By.id("place-notice"));
            assertTrue(notice.getText().contains("Не знаем такого населённого пункта: Железнагорск Елимский"), notice.getText());
            assertEquals("status", notice.getAttribute("role"), "read out by screen readers");
            assertTrue(notice.getText().contains("Может быть, вы имели в виду:"), notice.getText());
            assertFalse(browser.findElements(By.cssSelector(".result")).isEmpty(), "help meanwhile, not 0");

            notice.findElement(By.linkText("Железногорск-Илимский")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "Железногорск-Илимский"));
            assertEquals("психолог", browser.findElement(By.id("q")).getAttribute("value"), "the words are kept");
            assertTrue(browser.findElements(By.id("place-notice")).isEmpty());
            assertFalse(browser.findElements(By.cssSelector(".result")).isEmpty());
        } finally {
            browser.quit();
        }
    }
}
