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
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a 360 px phone, a moderator gives a service a new phone line and Saturday hours in the listing
 * editor, sees them in the review's difference, approves, and the public page shows them; no page
 * of the way is wider than the screen.
 */
@PortalContainerTest
class ListingEditorBrowserIT {

    private static final String PASSWORD = "редактор-на-телефоне-2026";

    @ArquillianResource
    URL portal;

    @Test
    void aModeratorChangesHoursAndPhonesOnAPhoneAndThePublicSeesThemAfterApproval() throws Exception {
        String moderator = StaffAccounts.create(PASSWORD, Role.MODERATOR);
        String[] service = demoService();
        ChromeDriver browser = Browser.phone();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(portal + "sign-in.xhtml");
            browser.findElement(By.id("signIn:email")).sendKeys(moderator);
            browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
            browser.findElement(By.id("signIn:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));

            browser.get(portal + "moderation/listing.xhtml?org=" + service[1]);
            assertFitsTheScreen(browser, "the editor");
            int phones = browser.findElements(By.cssSelector("input[id^='listing:services:0:phones:'][id$=':number']")).size();
            click(browser, By.id("listing:services:0:addPhone"));
            String phone = "listing:services:0:phones:" + phones + ":";
            WebElement number = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(phone + "number")));
            number.sendKeys("+7 (3952) 55-66-77");
            click(browser, By.id(phone + "type"));
            // The menu's panel is open at the field: no scrolling to its option (a scroll closes PrimeFaces' overlays).
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[id='" + phone + "type_panel'] li[data-label='Горячая линия']"))).click();
            wait.until(ExpectedConditions.textToBe(By.id(phone + "type_label"), "Горячая линия"));
            browser.findElement(By.id(phone + "description")).sendKeys("Дежурный психолог");

            int periods = browser.findElements(By.cssSelector("[id^='listing:services:0:hours:'][id$=':validFrom']")).size();
            click(browser, By.id("listing:services:0:addHours"));
            String period = "listing:services:0:hours:" + periods + ":";
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id(period + "opensAt")));
            assertEquals("+7 (3952) 55-66-77", browser.findElement(By.id(phone + "number")).getAttribute("value"),
                    "what was typed stays after adding a period");
            click(browser, By.cssSelector("label[for='" + period + "days:5']"));
            // The time fields are the browser's own pickers; their value is set as the picker sets it.
            setValue(browser, By.id(period + "opensAt"), "10:00");
            setValue(browser, By.id(period + "closesAt"), "14:30");
            assertFitsTheScreen(browser, "the editor with a new phone and period");
            click(browser, By.id("listing:save"));

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("changes")));
            String changes = browser.findElement(By.id("changes")).getText();
            assertTrue(changes.contains("+7 (3952) 55-66-77 (Горячая линия) — Дежурный психолог"), changes);
            assertTrue(changes.contains("сб 10:00–14:30"), changes);
            assertFitsTheScreen(browser, "the review");
            Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, Path.of("target", "listing-review-360.png"), StandardCopyOption.REPLACE_EXISTING);

            click(browser, By.id("listing:approve"));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Изменения опубликованы."));

            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            String page;
            do {
                browser.get(portal + "service.xhtml?id=" + service[0]);
                page = browser.findElement(By.tagName("main")).getText();
            } while (!page.contains("55-66-77") && System.nanoTime() < until);
            assertTrue(browser.findElements(By.cssSelector(".phone-line[data-kind='hotline']")).stream()
                    .anyMatch(line -> line.getText().contains("+7 (3952) 55-66-77") && line.getText().contains("Дежурный психолог")), page);
            assertTrue(browser.findElement(By.id("hours")).getText().contains("10:00–14:30"),
                    browser.findElement(By.id("hours")).getText());
        } finally {
            browser.quit();
        }
    }

    private static void click(ChromeDriver browser, By by) {
        WebElement element = new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private static void setValue(ChromeDriver browser, By by, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", browser.findElement(by), value);
    }

    private static void assertFitsTheScreen(ChromeDriver browser, String what) {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, what + " is wider than the phone by " + overflow + " px");
    }

    /** An active service and its organisation: the organisation's first service by name, no draft open. */
    private static String[] demoService() throws Exception {
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(
                "SELECT o.id FROM organization o WHERE o.demo AND EXISTS (SELECT 1 FROM service s WHERE s.organization_id = o.id"
                        + " AND s.status = 'active') AND NOT EXISTS (SELECT 1 FROM listing_draft d WHERE d.organization_id = o.id)"
                        + " AND NOT EXISTS (SELECT 1 FROM location l WHERE l.organization_id = o.id AND l.confidential)"
                        // Not a line open day and night: its page says "round the clock", whatever hours are added.
                        + " AND NOT EXISTS (SELECT 1 FROM schedule sc JOIN service s2 ON sc.service_id = s2.id"
                        + " WHERE s2.organization_id = o.id AND sc.opens_at = '00:00:00')"
                        + " ORDER BY RAND() LIMIT 1"); ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next());
            String org = rs.getString(1);
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id FROM service WHERE organization_id = ? AND status <> 'inactive' ORDER BY name, id")) {
                s.setString(1, org);
                try (ResultSet services = s.executeQuery()) {
                    services.next();
                    return new String[] {services.getString(1), org};
                }
            }
        }
    }

}
