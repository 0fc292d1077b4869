package org.familyportal.portal.it;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A parent on a phone opens the portal and switches the language. */
@PortalContainerTest
class HomePageBrowserIT {

    @ArquillianResource
    URL portal;

    @Test
    void languageSwitchChangesTheTextAndIsRemembered() throws Exception {
        ChromeDriver browser = Browser.phone();
        try {
            browser.get(portal.toString());
            assertEquals("ru", browser.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("Помощь семье — рядом с вами", browser.findElement(By.tagName("h1")).getText());

            browser.findElement(By.id("lang-en")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBe(By.tagName("h1"), "Help for your family, close to you"));
            assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));

            browser.findElement(By.linkText("Find help")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBe(By.tagName("h1"), "Find help"));

            Number viewport = (Number) browser.executeScript("return window.innerWidth");
            Number content = (Number) browser.executeScript("return document.documentElement.scrollWidth");
            assertEquals(360, viewport.intValue(), "a 360 px phone screen");
            assertTrue(content.intValue() <= viewport.intValue(), "no sideways scrolling on the phone: " + content);
        } finally {
            browser.quit();
        }
    }

    @Test
    void signInPageIsPlainAndStaffScreensRunPrimeFacesUnderTheContentSecurityPolicy() throws Exception {
        ChromeDriver browser = Browser.open(1280, 900);
        try {
            browser.get(portal + "sign-in.xhtml");
            assertEquals("undefined", browser.executeScript("return typeof window.PrimeFaces"),
                    "the public sign-in page is plain HTML, without PrimeFaces");

            browser.findElement(By.id("signIn:email")).sendKeys(TestDatabase.ADMIN_EMAIL);
            browser.findElement(By.id("signIn:password")).sendKeys(TestDatabase.get().adminPassword());
            browser.findElement(By.id("signIn:submit")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
            assertTrue(browser.findElement(By.id("signed-in-as")).getText().contains(TestDatabase.ADMIN_EMAIL));
            browser.findElement(By.id("change-password-link")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("password:current")));
            assertEquals("object", browser.executeScript("return typeof window.PrimeFaces"),
                    "PrimeFaces' scripts loaded on a staff screen with PrimeFaces' components");
            List<LogEntry> blocked = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                    .filter(e -> e.getMessage().contains("Content Security Policy"))
                    .toList();
            assertTrue(blocked.isEmpty(), "nothing blocked by CSP: " + blocked);
        } finally {
            browser.quit();
        }
    }
}
