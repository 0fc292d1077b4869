package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A parent asks for help on a phone; a hotline operator logs a call on the intake screen. */
@PortalContainerTest
class HelpRequestBrowserIT {

    @ArquillianResource
    URL portal;

    @Test
    void aParentAsksForHelpOnAPhone() throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
        ChromeDriver browser = Browser.phone();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            browser.get(portal + "ask-for-help.xhtml");
            assertTrue(browser.findElement(By.id("danger-now")).getText().contains("112"));
            new Select(browser.findElement(By.id("ask:callerType"))).selectByValue("PARENT");
            new Select(browser.findElement(By.id("ask:municipality"))).selectByValue(municipality);
            browser.findElement(By.cssSelector("input[name='ask:topics'][value='psychological-help']")).click();
            browser.findElement(By.id("ask:description")).sendKeys("Сын-подросток замкнулся, не разговаривает с нами");
            browser.findElement(By.id("ask:phone")).sendKeys("+7 913 000-11-22");
            browser.findElement(By.id("ask:send")).click();

            // Without consent: the reason is shown and nothing typed is lost.
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ask:messages"), "согласия"));
            assertEquals("Сын-подросток замкнулся, не разговаривает с нами",
                    browser.findElement(By.id("ask:description")).getAttribute("value"));
            assertEquals("+7 913 000-11-22", browser.findElement(By.id("ask:phone")).getAttribute("value"));

            browser.findElement(By.id("ask:consent")).click();
            browser.findElement(By.id("ask:send")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-number")));
            String number = browser.findElement(By.id("request-number")).getText();
            assertTrue(number.matches("\\d{4}-\\d{4}"), number);
            assertTrue(browser.findElement(By.id("request-code")).getText().matches("[A-Z2-9]{4}-[A-Z2-9]{4}"));
            assertEquals("NEW", Requests.column(number, "status"));
            Number viewport = (Number) browser.executeScript("return window.innerWidth");
            Number content = (Number) browser.executeScript("return document.documentElement.scrollWidth");
            assertTrue(content.intValue() <= viewport.intValue(), "no sideways scrolling on the phone");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anOperatorLogsALiveCallWithTheKeyboardAtHand() throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
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
            assertEquals("call:callerType", browser.switchTo().activeElement().getAttribute("id"),
                    "the screen opens with the focus on the first field");
            browser.findElement(By.id("call:callerPhone")).sendKeys("+7 914 555-00-" + (10 + (int) (Math.random() * 89)));
            browser.findElement(By.id("call:lookUp")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-earlier")));

            browser.findElement(By.id("call:serviceQuery")).sendKeys("юрист");
            browser.findElement(By.id("call:findServices")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#service-hits .recommend")));
            String first = browser.findElement(By.cssSelector("#service-hits li")).getText();
            browser.findElement(By.cssSelector("#service-hits .recommend")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#recommended li")));

            new Select(browser.findElement(By.id("call:municipality"))).selectByValue(municipality);
            browser.findElement(By.cssSelector("input[name='call:triage'][value='DIFFICULT_SITUATION']")).click();
            browser.findElement(By.id("call:summary")).sendKeys("Мать троих детей, задолженность по ЖКХ, нужна консультация");
            browser.findElement(By.cssSelector("input[name='call:actions'][value='SERVICES_RECOMMENDED']")).click();
            browser.findElement(By.cssSelector("input[name='call:outcome'][value='REFERRAL']")).click();
            WebElement save = browser.findElement(By.id("call:save"));
            assertEquals("s", save.getAttribute("accesskey"));
            save.click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:messages"), "Звонок записан"));
            String number = Requests.find(browser.findElement(By.id("call:messages")).getText(), "№ ([0-9-]+)");
            assertEquals("DIFFICULT_SITUATION", Requests.column(number, "triage_level"));
            assertTrue(Requests.column(number, "recommended_services").length() == 36, "one recommended service: " + first);
            assertTrue(browser.findElement(By.id("my-entries")).getText().contains(number));
            assertEquals("", browser.findElement(By.id("call:summary")).getAttribute("value"), "ready for the next call");
        } finally {
            browser.quit();
        }
    }
}
