package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "What am I entitled to?": a parent on a 360 px phone without JavaScript completes the screener
 * (only the questions a remaining measure needs are asked), reads why a measure matched and its
 * amount, and takes the answers to a help request only after consenting; an editor lowers a
 * subsistence minimum from today and the same answers then come out "just above the threshold".
 * Screenshots in {@code target/screenshots/screener-*.png}.
 */
@PortalContainerTest
class ScreenerBrowserIT {

    @ArquillianResource
    URL portal;

    @Test
    void aParentOnAPhoneWithoutJavaScriptCompletesTheScreenerAndTakesTheAnswersToAHelpRequest() throws Exception {
        ChromeDriver browser = Browser.phoneWithoutJavaScript();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
            browser.get(portal + "screener.xhtml?lang=ru");
            shot(browser, "phone-start-ru");
            answerIrkutskFamily(browser, wait, true);
            shot(browser, "phone-results-ru");

            WebElement unified = browser.findElement(By.id("entitled-unified-allowance"));
            browser.executeScript("arguments[0].scrollIntoView()", unified);
            shot(browser, "phone-results-unified-ru");
            assertTrue(digits(unified.getText()).contains("19473"), "the unified allowance, 50 % of the child minimum for 2 children: " + unified.getText());
            assertTrue(unified.getText().contains("доход на человека в месяц меньше"), unified.getText());
            assertEquals(1, unified.findElements(By.cssSelector("a[href$='/measures/unified-allowance']")).size());
            assertFalse(browser.findElements(By.id("unknown-survivor-pension")).isEmpty(), "an unanswered question is 'need more information'");
            Number viewport = (Number) browser.executeScript("return window.innerWidth");
            Number content = (Number) browser.executeScript("return document.documentElement.scrollWidth");
            assertTrue(content.intValue() <= viewport.intValue(), "no sideways scrolling on the phone: " + content);

            // The button is pressed from the keyboard: in the test's script-less phone browser a pointer
            // click on it submitted nothing (the page was not reloaded; cause not found, see the lead's note
            // of 2026-12-01); the keyboard submits the same plain form.
            browser.findElement(By.id("results:sendHelpRequest")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error, .message-error")));
            assertTrue(browser.getCurrentUrl().contains("screener.xhtml"), "nothing is sent without consent");

            browser.findElement(By.id("results:consent")).sendKeys(Keys.SPACE);
            browser.findElement(By.id("results:sendHelpRequest")).sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ask:description")));
            String description = browser.findElement(By.id("ask:description")).getAttribute("value");
            assertTrue(description.contains("На что я могу рассчитывать"), description);
            assertTrue(description.contains("Единое пособие"), description);
            assertEquals("38-irkutsk", new Select(browser.findElement(By.id("ask:municipality"))).getFirstSelectedOption().getAttribute("value"));
            shot(browser, "phone-help-request-ru");
        } finally {
            browser.quit();
        }
    }

    @Test
    void anEditorLowersTheSubsistenceMinimumAndTheSameAnswersComeOutJustAboveTheThreshold() throws Exception {
        String password = "Screener-Editor-" + System.nanoTime();
        String editor = StaffAccounts.create(password, Role.EDITOR);
        ChromeDriver parent = Browser.phone();
        ChromeDriver staff = Browser.open(1280, 1000);
        try {
            WebDriverWait wait = new WebDriverWait(parent, Duration.ofSeconds(90));
            parent.get(portal + "screener.xhtml?lang=en");
            answerIrkutskFamily(parent, wait, false);
            assertFalse(parent.findElements(By.id("entitled-unified-allowance")).isEmpty(), "15 000 ₽ a person is below Irkutsk's 18 770 ₽");

            WebDriverWait staffWait = new WebDriverWait(staff, Duration.ofSeconds(90));
            staff.get(portal + "sign-in.xhtml?lang=en");
            staff.findElement(By.id("signIn:email")).sendKeys(editor);
            staff.findElement(By.id("signIn:password")).sendKeys(password);
            staff.findElement(By.id("signIn:submit")).click();
            staffWait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
            staff.get(portal + "editorial/screener.xhtml?lang=en");
            staffWait.until(ExpectedConditions.presenceOfElementLocated(By.id("parameters")));
            staff.findElement(By.id("tests:runTests")).click();
            staffWait.until(ExpectedConditions.presenceOfElementLocated(By.id("test-summary")));
            assertTrue(staff.findElement(By.id("test-summary")).getText().contains("Every expectation met"),
                    staff.findElement(By.id("test-report")).getText());

            staff.findElement(By.id("editor:name")).sendKeys("subsistence.perPerson");
            staff.findElement(By.id("editor:region")).sendKeys("38");
            staff.findElement(By.id("editor:zone")).sendKeys("south");
            staff.findElement(By.id("editor:value")).sendKeys("14000");
            staff.executeScript("arguments[0].value = arguments[1]", staff.findElement(By.id("editor:from")),
                    LocalDate.now(ZoneOffset.ofHours(3)).toString());
            staff.findElement(By.id("editor:source")).sendKeys("IT: a lower minimum");
            staff.findElement(By.id("editor:addValue")).click();
            staffWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "added"));
            shot(staff, "editor-parameters-en");

            parent.get(portal + "screener.xhtml?lang=en");
            answerIrkutskFamily(parent, wait, false);
            parent.executeScript("arguments[0].scrollIntoView()", parent.findElement(By.id("near-title")));
            shot(parent, "phone-results-near-en");
            assertTrue(parent.findElements(By.id("entitled-unified-allowance")).isEmpty(), "15 000 ₽ is above the new 14 000 ₽");
            WebElement near = parent.findElement(By.id("near-unified-allowance"));
            assertTrue(near.getText().contains("14,000"), near.getText());
        } finally {
            parent.quit();
            staff.quit();
        }
    }

    /** Irkutsk, two parents, two children (one with a birth date, one with an age), 60 000 ₽ a month, no property. */
    private void answerIrkutskFamily(ChromeDriver browser, WebDriverWait wait, boolean checkPruning) throws Exception {
        new Select(browser.findElement(By.id("screener:municipality"))).selectByValue("38-irkutsk");
        next(browser, wait, "screener:childCount");
        if (checkPruning) {
            assertTrue(browser.findElements(By.id("screener:parentAge")).isEmpty(),
                    "the mother's age matters only for other regions' measures: not asked in Irkutsk");
            assertTrue(browser.findElements(By.id("screener:singleParent:0")).isEmpty(), "nor single parenthood");
        }
        browser.findElement(By.id("screener:childCount")).sendKeys("2");
        browser.findElement(By.id("screener:adults")).sendKeys("2");
        browser.findElement(By.id("screener:pregnant:1")).click();
        next(browser, wait, "screener:children:0:birthDate");
        browser.executeScript("arguments[0].value = '2022-09-10'", browser.findElement(By.id("screener:children:0:birthDate")));
        browser.findElement(By.id("screener:children:1:age")).sendKeys("8");
        next(browser, wait, "screener:familyIncome");
        if (checkPruning) {
            assertTrue(browser.findElements(By.id("screener:carerNotWorking:0")).isEmpty(), "no child with a disability: not asked");
            shot(browser, "phone-income-ru");
        }
        browser.findElement(By.id("screener:familyIncome")).sendKeys("60000");
        browser.findElement(By.id("screener:employed:0")).click();
        next(browser, wait, "screener:car:1");
        browser.findElement(By.id("screener:extraHousing:1")).click();
        browser.findElement(By.id("screener:car:1")).click();
        browser.findElement(By.id("screener:savings:1")).click();
        next(browser, wait, "screener:mortgage:1");
        browser.findElement(By.id("screener:mortgage:1")).click();
        browser.findElement(By.id("screener:next")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("results:sendHelpRequest")));
    }

    private static void next(ChromeDriver browser, WebDriverWait wait, String expect) {
        browser.findElement(By.id("screener:next")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(expect)));
    }

    private static String digits(String s) {
        return s.replaceAll("[\\s\\u00a0\\u202f,]", "");
    }

    private static void shot(ChromeDriver browser, String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve("screener-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
