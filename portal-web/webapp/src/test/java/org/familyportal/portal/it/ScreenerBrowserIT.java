package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "What am I entitled to?": a parent on a 360 px phone without JavaScript completes the screener
 * (only the questions a remaining measure needs are asked), reads why a measure matched and its
 * amount, and takes the answers to a help request only after consenting; an editor lowers a
 * subsistence minimum from today and the same answers then come out "just above the threshold"; the
 * editor then raises the rule's income threshold in its structured form, publishes it, and the same
 * answers are entitled again.
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
            // An old link: moved for good to the readable address, the language kept.
            browser.get(portal + "screener.xhtml?lang=ru");
            assertTrue(browser.getCurrentUrl().endsWith("/screener?lang=ru"), browser.getCurrentUrl());
            shot(browser, "phone-start-ru");
            answerIrkutskFamily(browser, wait, true);
            shot(browser, "phone-results-ru");

            WebElement unified = browser.findElement(By.id("entitled-unified-allowance"));
            browser.executeScript("arguments[0].scrollIntoView()", unified);
            shot(browser, "phone-results-unified-ru");
            assertTrue(digits(unified.getText()).contains("18207"), "the unified allowance, 50 % of the south zone's child minimum for 2 children: " + unified.getText());
            assertTrue(unified.getText().contains("доход на человека в месяц меньше"), unified.getText());
            assertEquals(1, unified.findElements(By.cssSelector("a[href$='/measures/unified-allowance']")).size());
            assertFalse(browser.findElements(By.id("unknown-survivor-pension")).isEmpty(), "an unanswered question is 'need more information'");
            // The screen's width, not window.innerWidth: a page wider than the phone makes the phone zoom out,
            // and innerWidth then grows with the page (the send button's label once made it 385 px wide, and a
            // tap then landed 55 px below the button).
            Number viewport = (Number) browser.executeScript("return document.documentElement.clientWidth");
            Number content = (Number) browser.executeScript("return document.documentElement.scrollWidth");
            assertEquals(360, viewport.intValue());
            assertTrue(content.intValue() <= viewport.intValue(), "no sideways scrolling on the phone: " + content);

            browser.findElement(By.id("results:sendHelpRequest")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error, .message-error")));
            // Nothing is sent without consent; each step posts back to the readable address.
            assertTrue(java.net.URI.create(browser.getCurrentUrl()).getPath().endsWith("/screener"), browser.getCurrentUrl());

            browser.findElement(By.id("results:consent")).click();
            browser.findElement(By.id("results:sendHelpRequest")).click();
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
    void aParentIsAskedWhetherTheEldestStudiesFullTimeOnlyAboutTheChildOf18To23() throws Exception {
        ChromeDriver browser = Browser.phoneWithoutJavaScript();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(90));
            browser.get(portal + "screener?lang=en");
            new Select(browser.findElement(By.id("screener:municipality"))).selectByValue("63-samara");
            next(browser, wait, "screener:childCount");
            browser.findElement(By.id("screener:childCount")).sendKeys("3");
            browser.findElement(By.id("screener:adults")).sendKeys("2");
            next(browser, wait, "screener:children:0:birthDate");
            browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("screener:children:0:birthDate")),
                    LocalDate.now(ZoneOffset.ofHours(3)).minusYears(20).minusMonths(3).toString());
            browser.findElement(By.id("screener:children:1:age")).sendKeys("12");
            browser.findElement(By.id("screener:children:2:age")).sendKeys("7");
            next(browser, wait, "screener:study:0:fullTimeStudy:0");
            shot(browser, "phone-study-en");
            assertTrue(browser.findElements(By.id("screener:study:1:fullTimeStudy:0")).isEmpty(), "a child of 12 is not asked about");
            browser.findElement(By.id("screener:study:0:fullTimeStudy:0")).click();
            for (int i = 0; i < 8 && browser.findElements(By.id("results:sendHelpRequest")).isEmpty(); i++) {
                WebElement next = browser.findElement(By.id("screener:next"));
                next.click();
                wait.until(gone(next));
            }
            assertFalse(browser.findElements(By.id("entitled-large-family-status")).isEmpty(),
                    "two school children and a student of 20: a large family");
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
            parent.get(portal + "screener?lang=en");
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

            parent.get(portal + "screener?lang=en");
            answerIrkutskFamily(parent, wait, false);
            parent.executeScript("arguments[0].scrollIntoView()", parent.findElement(By.id("near-title")));
            shot(parent, "phone-results-near-en");
            assertTrue(parent.findElements(By.id("entitled-unified-allowance")).isEmpty(), "15 000 ₽ is above the new 14 000 ₽");
            WebElement near = parent.findElement(By.id("near-unified-allowance"));
            assertTrue(near.getText().contains("14,000"), near.getText());

            // The editor raises the income threshold of the unified allowance to 1.1 × the minimum in the rule's
            // structured form: 15 000 ₽ a person is below 1.1 × 14 000 ₽ = 15 400 ₽.
            editIncomeMultiplier(staff, staffWait);

            parent.get(portal + "screener?lang=en");
            answerIrkutskFamily(parent, wait, false);
            WebElement entitled = parent.findElement(By.id("entitled-unified-allowance"));
            assertTrue(entitled.getText().contains("15,400"), entitled.getText());
            assertTrue(parent.findElements(By.id("near-unified-allowance")).isEmpty());
        } finally {
            parent.quit();
            staff.quit();
        }
    }

    /**
     * In the structured form: a row added and given a yes/no fact (its comparisons follow the fact), then
     * removed; a multiplier that is not a number refused on its row, with what was typed kept; then 1.1
     * saved, the test households run, and the rule published.
     */
    private void editIncomeMultiplier(ChromeDriver staff, WebDriverWait wait) throws Exception {
        staff.get(portal + "editorial/screener-rule.xhtml?code=unified-allowance&lang=en");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule:rows:0:kind")));
        int rows = staff.findElements(By.cssSelector(".rule-row")).size();
        staff.findElement(By.id("rule:rows:0:addCheck")).click();
        wait.until(d -> d.findElements(By.cssSelector(".rule-row")).size() == rows + 1);
        WebElement added = staff.findElements(By.cssSelector("select[id$=':fact']")).get(
                staff.findElements(By.cssSelector("select[id$=':fact']")).size() - 1);
        String addedId = added.getAttribute("id");
        new Select(added).selectByValue("PREGNANT");
        String flagId = addedId.replace(":fact", ":flag");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(flagId)));
        assertEquals(List.of("EQ", "NE"), new Select(staff.findElement(By.id(addedId.replace(":fact", ":operator"))))
                .getOptions().stream().map(o -> o.getAttribute("value")).toList(), "a yes/no fact is compared with = or ≠");
        shot(staff, "editor-rule-form-en");
        staff.findElement(By.id(addedId.replace(":fact", ":remove"))).click();
        wait.until(d -> d.findElements(By.cssSelector(".rule-row")).size() == rows);

        String numberId = null;
        for (WebElement fact : staff.findElements(By.cssSelector("select[id$=':fact']"))) {
            String id = fact.getAttribute("id");
            if ("INCOME_PER_PERSON".equals(new Select(fact).getFirstSelectedOption().getAttribute("value"))
                    && "LT".equals(new Select(staff.findElement(By.id(id.replace(":fact", ":operator")))).getFirstSelectedOption().getAttribute("value"))) {
                numberId = id.replace(":fact", ":number");
            }
        }
        assertTrue(numberId != null, "the unified allowance compares the income per person with the minimum");
        WebElement factor = staff.findElement(By.id(numberId));
        assertEquals("subsistence.perPerson", new Select(staff.findElement(By.id(numberId.replace(":number", ":parameter"))))
                .getFirstSelectedOption().getAttribute("value"));
        factor.clear();
        factor.sendKeys("one point one");
        staff.findElement(By.id("rule:saveForm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rule:saved"), "not saved"));
        String rowId = "row-" + numberId.split(":")[2];
        assertTrue(staff.findElement(By.id(rowId)).getText().contains("The multiplier is a number"), staff.findElement(By.id(rowId)).getText());
        assertEquals("one point one", staff.findElement(By.id(numberId)).getAttribute("value"), "what was typed is kept");
        shot(staff, "editor-rule-mistake-en");

        staff.findElement(By.id(numberId)).clear();
        staff.findElement(By.id(numberId)).sendKeys("1,1");
        staff.findElement(By.id("rule:saveForm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rule:saved"), "Draft saved"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule:publish")));
        assertTrue(staff.findElement(By.id("json:text")).getAttribute("value").contains("\"times\": 1.1"),
                "the same rule in the rules' notation");
        shot(staff, "editor-rule-saved-en");
        if (!staff.findElements(By.id("rule:failuresSeen")).isEmpty()) {
            staff.findElement(By.id("rule:failuresSeen")).click();
        }
        staff.findElement(By.id("rule:publish")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor:messages"), "published"));
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

    /**
     * {@code element} left the page (the next step replaced it). As {@code ExpectedConditions.stalenessOf},
     * and also when Chromium, asked in the middle of the navigation, answers that the node "does not belong
     * to the document" (an inspector error instead of a stale element).
     */
    private static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException stale) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
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
