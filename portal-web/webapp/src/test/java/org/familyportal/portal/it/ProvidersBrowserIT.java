package org.familyportal.portal.it;

import jakarta.mail.internet.MimeMessage;
import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An organisation's representative signs up on a phone (360 px), confirms the mailed link, finds the
 * organisation and claims it; a moderator approves on a desktop. Screenshots of each step are kept in
 * {@code target/screenshots/providers-*.png} to look at.
 */
@PortalContainerTest
class ProvidersBrowserIT {

    private static final String PASSWORD = "пароль-представителя-2026";
    private static final Pattern CONFIRM_LINK = Pattern.compile("for-organisations/confirm\\.xhtml\\?token=[A-Za-z0-9_-]+");

    @ArquillianResource
    URL portal;

    @Test
    void aRepresentativeSignsUpAndClaimsOnAPhone() throws Exception {
        String email = "olga-" + UUID.randomUUID().toString().substring(0, 8) + "@fond-browser.test";
        String organisation = Requests.query("SELECT o.id FROM organization o WHERE o.demo"
                + " AND o.id NOT IN (SELECT organization_id FROM provider_claim WHERE organization_id IS NOT NULL)"
                + " AND o.id NOT IN (SELECT organization_id FROM organization_member)"
                + " AND (SELECT COUNT(*) FROM organization x WHERE x.name = o.name) = 1 ORDER BY o.id LIMIT 1 OFFSET 7");
        String name = Requests.query("SELECT name FROM organization WHERE id = ?", organisation);
        ChromeDriver phone = Browser.phone();
        try {
            WebDriverWait wait = new WebDriverWait(phone, Duration.ofSeconds(20));
            phone.get(portal + "for-organisations.xhtml");
            assertTrue(phone.findElement(By.id("door-find-help")).isDisplayed(), "families are shown the way to help");
            assertTrue(phone.findElement(By.id("door-ask-for-help")).isDisplayed());
            noSidewaysScrolling(phone);
            shot(phone, "door-360");
            phone.findElement(By.id("door-sign-up")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signUp:name")));
            assertTrue(phone.findElement(By.id("signup-find-help")).isDisplayed());

            phone.findElement(By.id("signUp:name")).sendKeys("Ольга Смирнова");
            phone.findElement(By.id("signUp:position")).sendKeys("Координатор");
            phone.findElement(By.id("signUp:email")).sendKeys(email);
            phone.findElement(By.id("signUp:phone")).sendKeys("+7 383 222-33-44");
            phone.findElement(By.id("signUp:password")).sendKeys(PASSWORD);
            phone.findElement(By.id("signUp:repeat")).sendKeys(PASSWORD + "x");
            phone.findElement(By.id("signUp:send")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signUp"), "не совпадают"));
            assertEquals("Ольга Смирнова", phone.findElement(By.id("signUp:name")).getAttribute("value"), "what was typed stays");
            assertEquals(email, phone.findElement(By.id("signUp:email")).getAttribute("value"));
            noSidewaysScrolling(phone);
            shot(phone, "signup-360-mismatch");
            phone.findElement(By.id("signUp:password")).sendKeys(PASSWORD);
            phone.findElement(By.id("signUp:repeat")).sendKeys(PASSWORD);
            phone.findElement(By.id("signUp:send")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signup-sent")));
            shot(phone, "signup-360-sent");

            MimeMessage mail = TestMail.to(email, "Подтвердите адрес", Duration.ofSeconds(20)).get(0);
            Matcher link = CONFIRM_LINK.matcher(TestMail.text(mail));
            assertTrue(link.find());
            phone.get(portal + link.group());
            phone.findElement(By.id("confirm:confirmButton")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-done")));
            phone.findElement(By.id("to-sign-in")).click();
            phone.findElement(By.id("signIn:email")).sendKeys(email);
            phone.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
            phone.findElement(By.id("signIn:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organisations-link"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim-link"))).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim:query"))).sendKeys(name);
            phone.findElement(By.id("claim:search")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim:found:0:choose")));
            noSidewaysScrolling(phone);
            shot(phone, "claim-360-results");
            for (int i = 0; ; i++) {
                phone.findElement(By.id("claim:found:" + i + ":choose")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chosen")));
                if (phone.findElement(By.cssSelector("#chosen h2")).getText().equals(name)) {
                    break;
                }
            }
            phone.findElement(By.id("claim:role")).sendKeys("Координатор программ");
            phone.findElement(By.id("claim:verification")).sendKeys("Позвоните директору по телефону из справочника");
            shot(phone, "claim-360-chosen");
            phone.findElement(By.id("claim:send")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claims")));
            assertTrue(phone.findElement(By.id("claims")).getText().contains("Ждёт решения"));
            noSidewaysScrolling(phone);
            shot(phone, "member-360-pending");
        } finally {
            phone.quit();
        }

        String claimId = Requests.query("SELECT id FROM provider_claim WHERE organization_id = ? ORDER BY id DESC", organisation);
        ChromeDriver desktop = Browser.open(1280, 1000);
        try {
            WebDriverWait wait = new WebDriverWait(desktop, Duration.ofSeconds(20));
            String moderator = StaffAccounts.create(PASSWORD, Role.MODERATOR);
            desktop.get(portal + "sign-in.xhtml");
            desktop.findElement(By.id("signIn:email")).sendKeys(moderator);
            desktop.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
            desktop.findElement(By.id("signIn:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("moderation-memberships-link"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("claim-" + claimId)));
            desktop.executeScript("document.getElementById('claim-" + claimId + "').scrollIntoView()");
            shot(desktop, "queue-desktop");
            desktop.findElement(By.cssSelector("#claim-" + claimId + " input[id$=':approve']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:messages"), "одобрена"));
        } finally {
            desktop.quit();
        }
        assertEquals("APPROVED", Requests.query("SELECT status FROM provider_claim WHERE id = ?", claimId));
    }

    @Test
    void theDemoMemberAndModeratorWorkInEnglish() throws Exception {
        ChromeDriver phone = Browser.phone();
        try {
            WebDriverWait wait = new WebDriverWait(phone, Duration.ofSeconds(20));
            phone.get(portal + "sign-in.xhtml?lang=en");
            phone.findElement(By.id("signIn:email")).sendKeys("member@family-portal.local");
            phone.findElement(By.id("signIn:password")).sendKeys(TestDatabase.DEMO_STAFF_PASSWORD);
            phone.findElement(By.id("signIn:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organisations-link"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organisations")));
            assertEquals(1, phone.findElements(By.cssSelector("#organisations li.organisation")).size(), "one organisation approved");
            assertTrue(phone.findElement(By.id("claims")).getText().contains("Waiting for a decision"), "one claim waiting");
            noSidewaysScrolling(phone);
            shot(phone, "member-360-en");
            phone.findElement(By.cssSelector("#organisations li.organisation a")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("members")));
            assertTrue(phone.findElement(By.id("members")).getText().contains("member@family-portal.local"));
            shot(phone, "members-360-en");
        } finally {
            phone.quit();
        }
        ChromeDriver desktop = Browser.open(1280, 1000);
        try {
            WebDriverWait wait = new WebDriverWait(desktop, Duration.ofSeconds(20));
            desktop.get(portal + "sign-in.xhtml?lang=en");
            desktop.findElement(By.id("signIn:email")).sendKeys("moderator@family-portal.local");
            desktop.findElement(By.id("signIn:password")).sendKeys(TestDatabase.DEMO_STAFF_PASSWORD);
            desktop.findElement(By.id("signIn:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("moderation-memberships-link"))).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".evidence-match")));
            String proposal = desktop.findElement(By.xpath("//section[.//h2[contains(., 'Семейный очаг')]]")).getText();
            assertTrue(proposal.contains("family-portal.local") && proposal.contains("Evidence only"), proposal);
            desktop.executeScript("document.querySelector('.evidence-match').scrollIntoView()");
            shot(desktop, "queue-desktop-en");
        } finally {
            desktop.quit();
        }
    }

    private static void noSidewaysScrolling(ChromeDriver browser) {
        Number viewport = (Number) browser.executeScript("return window.innerWidth");
        Number content = (Number) browser.executeScript("return document.documentElement.scrollWidth");
        assertTrue(content.intValue() <= viewport.intValue(), "no sideways scrolling: " + browser.getCurrentUrl());
    }

    private static void shot(ChromeDriver browser, String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve("providers-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
