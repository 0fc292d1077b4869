package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hotline operator looks for services while the caller is on the line: Enter in the search box
 * searches (it does not save the call), services of the caller's district come first, and each
 * shows its phones (what each line is) and its hours.
 */
@PortalContainerTest
class HotlineServiceSearchBrowserIT {

    @ArquillianResource
    URL portal;

    @Test
    void enterSearchesAndTheCallersDistrictComesFirstWithPhonesAndHours() throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
        String region = Requests.query("SELECT r.name_ru FROM municipality m JOIN region r ON r.code = m.region_code"
                + " WHERE m.code = ?", municipality);
        String operator = StaffAccounts.create(Requests.PASSWORD, Role.OPERATOR);
        ChromeDriver browser = Browser.open(1280, 900);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            browser.get(portal + "sign-in.xhtml");
            browser.findElement(By.id("signIn:email")).sendKeys(operator);
            browser.findElement(By.id("signIn:password")).sendKeys(Requests.PASSWORD);
            browser.findElement(By.id("signIn:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));

            browser.get(portal + "hotline/index.xhtml");
            new Select(browser.findElement(By.id("call:municipality"))).selectByValue(municipality);
            browser.findElement(By.id("call:summary")).sendKeys("Мама спрашивает, куда позвонить ночью");
            browser.findElement(By.id("call:serviceQuery")).sendKeys("телефон доверия", Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#service-hits .service-hit")));

            assertFalse(browser.findElement(By.id("call:messages")).getText().contains("Звонок записан"),
                    "Enter in the search box does not save the call");
            assertEquals("Мама спрашивает, куда позвонить ночью",
                    browser.findElement(By.id("call:summary")).getAttribute("value"), "what the operator typed stays");
            assertEquals("телефон доверия", browser.findElement(By.id("call:serviceQuery")).getAttribute("value"));

            List<WebElement> hits = browser.findElements(By.cssSelector("#service-hits .service-hit"));
            assertTrue(hits.get(0).getText().contains("Работает в районе звонящего"), "the caller's district first: "
                    + hits.get(0).getText());
            List<WebElement> lines = hits.stream().filter(h -> h.getText().contains("Семейная линия")
                    && h.getText().contains("Работает в районе звонящего")).toList();
            assertEquals(1, lines.size(), "the caller's own regional line, once");
            WebElement line = lines.get(0);
            assertTrue(line.getText().contains("Работает для: " + region), line.getText());
            WebElement hotline = line.findElement(By.cssSelector(".phone-line[data-kind='hotline']"));
            assertTrue(hotline.getText().startsWith("Горячая линия:"), hotline.getText());
            assertTrue(hotline.findElement(By.cssSelector("a")).getAttribute("href").startsWith("tel:8800"));
            assertTrue(line.findElement(By.cssSelector(".phone-line[data-kind='sms']")).getText().startsWith("SMS:"));
            assertTrue(line.findElements(By.cssSelector(".phone-line[data-kind='messenger'] a")).isEmpty(),
                    "a messenger handle is not a call link");
            assertTrue(line.findElement(By.cssSelector(".service-hours")).getText().contains("Часы работы: Круглосуточно"),
                    line.findElement(By.cssSelector(".service-hours")).getText());
            for (WebElement hit : hits) {
                if (hit.getText().contains("Работает в районе звонящего") && hit.getText().contains("Работает для:")) {
                    assertTrue(hit.getText().contains(region), "nothing limited to another region in the district: " + hit.getText());
                }
            }
        } finally {
            browser.quit();
        }
    }
}
