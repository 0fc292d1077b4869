package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff screens as the staff use them: an operator logs a live call with the keyboard alone and a
 * silent call with its outcome alone, a specialist sorts the queue by its columns, an administrator
 * starts from what needs attention. Screenshots in {@code target/screenshots/staff-*.png}.
 */
@PortalContainerTest
class StaffScreensBrowserIT {

    /** A live call must take fewer tab stops than this, from the first field to "save". */
    private static final int TAB_STOPS_LIMIT = 15;

    @ArquillianResource
    URL portal;

    private ChromeDriver signedIn(String email, int width, int height) throws Exception {
        ChromeDriver browser = Browser.open(width, height);
        browser.get(portal + "sign-in.xhtml");
        browser.findElement(By.id("signIn:email")).sendKeys(email);
        browser.findElement(By.id("signIn:password")).sendKeys(Requests.PASSWORD);
        browser.findElement(By.id("signIn:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        return browser;
    }

    /** The element with the focus: its id, or its name and value for a checkbox or radio without one. */
    private static String focused(ChromeDriver browser) {
        WebElement active = browser.switchTo().activeElement();
        return active.getAttribute("id");
    }

    private static void keys(ChromeDriver browser, CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    private static void altKey(ChromeDriver browser, String key) {
        new Actions(browser).keyDown(Keys.ALT).sendKeys(key).keyUp(Keys.ALT).perform();
    }

    @Test
    void anOperatorLogsALiveCallWithTheKeyboardAloneInFewerThanFifteenTabStops() throws Exception {
        String municipality = Requests.municipalityWithCentre(0)[0];
        String operator = StaffAccounts.create(Requests.PASSWORD, Role.OPERATOR);
        ChromeDriver browser = signedIn(operator, 1280, 900);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            browser.get(portal + "hotline/index.xhtml");
            String timer = browser.findElement(By.id("call-timer")).getText();
            assertTrue(timer.matches("\\d\\d:\\d\\d"), "the call's timer runs from the start: " + timer);
            assertEquals("call:callerType", focused(browser), "the screen opens with the focus on the first field");
            int tabs = 0;

            keys(browser, Keys.TAB);
            tabs++;
            assertEquals("call:callerPhone", focused(browser));
            keys(browser, "+7 914 777-00-" + (10 + (int) (Math.random() * 89)));
            keys(browser, Keys.TAB);
            tabs++;
            // Leaving the phone looks it up among earlier requests (ajax); the focus stays where the operator went.
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-earlier")));
            assertEquals("call:lookUp", focused(browser), "the ajax update keeps the focus");

            keys(browser, Keys.TAB);
            tabs++;
            assertEquals("call:callerName", focused(browser));
            keys(browser, "Ольга");

            keys(browser, Keys.TAB);
            tabs++;
            assertEquals("call:municipality", focused(browser));
            String district = (String) browser.executeScript(
                    "return document.querySelector(\"[id='call:municipality'] option[value='\" + arguments[0] + \"']\").text", municipality);
            keys(browser, district);
            assertEquals(municipality, browser.findElement(By.id("call:municipality")).getAttribute("value"),
                    "a district is chosen by typing its name");

            keys(browser, Keys.TAB);
            tabs++;
            assertEquals("call:topics", browser.switchTo().activeElement().getAttribute("name"), "the topics are one tab stop");
            for (int i = 0; i < 40 && !"legal-aid".equals(browser.switchTo().activeElement().getAttribute("value")); i++) {
                keys(browser, Keys.ARROW_DOWN);
            }
            keys(browser, Keys.SPACE);

            keys(browser, Keys.TAB);
            tabs++;
            assertEquals("call:triage", browser.switchTo().activeElement().getAttribute("name"));
            keys(browser, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
            assertEquals("DIFFICULT_SITUATION", browser.switchTo().activeElement().getAttribute("value"));

            keys(browser, Keys.TAB);
            tabs++;
            assertEquals("call:summary", focused(browser));
            keys(browser, "Мать одна с двумя детьми, долг за квартиру, нужна консультация юриста");

            keys(browser, Keys.TAB);
            tabs++;
            assertEquals("call:actions", browser.switchTo().activeElement().getAttribute("name"), "what was done: one tab stop");
            keys(browser, Keys.SPACE);

            keys(browser, Keys.TAB);
            tabs++;
            assertEquals("call:outcome", browser.switchTo().activeElement().getAttribute("name"));
            keys(browser, Keys.SPACE);
            assertEquals("HELP_GIVEN", browser.switchTo().activeElement().getAttribute("value"));

            // The rarely used duration by hand is folded away, then "save".
            for (int i = 0; i < 3 && !"call:save".equals(focused(browser)); i++) {
                keys(browser, Keys.TAB);
                tabs++;
            }
            assertEquals("call:save", focused(browser));
            assertTrue(tabs < TAB_STOPS_LIMIT, "a live call in " + tabs + " tab stops");
            assertNotEquals(timer, browser.findElement(By.id("call-timer")).getText(), "the timer counts on");
            screenshot(browser, "hotline-filled");
            keys(browser, Keys.ENTER);

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:messages"), "Звонок записан"));
            String number = Requests.find(browser.findElement(By.id("call:messages")).getText(), "№ ([0-9-]+)");
            assertEquals("DIFFICULT_SITUATION", Requests.column(number, "triage_level"));
            assertEquals(municipality, Requests.column(number, "municipality_code"));
            assertTrue(Requests.column(number, "topics").contains("legal-aid"));
            assertEquals("HELP_GIVEN", Requests.column(number, "call_outcome"));
            assertTrue(Integer.parseInt(Requests.column(number, "call_seconds")) >= 1, "the timer's duration is saved");
            assertEquals("call:callerType", focused(browser), "ready for the next call, at its first field");
            screenshot(browser, "hotline-saved");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aSilentCallIsSavedWithItsOutcomeAloneFromTheKeyboard() throws Exception {
        String operator = StaffAccounts.create(Requests.PASSWORD, Role.OPERATOR);
        ChromeDriver browser = signedIn(operator, 1280, 900);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
            browser.get(portal + "hotline/index.xhtml");
            altKey(browser, "o");
            assertEquals("call:outcome", browser.switchTo().activeElement().getAttribute("name"), "Alt+O: the call's outcome");
            keys(browser, Keys.SPACE, Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_DOWN);
            assertEquals("SILENT", browser.switchTo().activeElement().getAttribute("value"));
            altKey(browser, "s");

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call:messages"), "Звонок записан"));
            String number = Requests.find(browser.findElement(By.id("call:messages")).getText(), "№ ([0-9-]+)");
            assertEquals("SILENT", Requests.column(number, "call_outcome"));
            assertEquals("CLOSED", Requests.column(number, "status"), "a silent call needs no centre's work");
            assertNull(Requests.column(number, "municipality_code"), "nobody named a district");
            assertNull(Requests.column(number, "centre_organization_id"));
            assertTrue(browser.findElement(By.id("my-entries")).getText().contains(number));
            screenshot(browser, "hotline-silent");
        } finally {
            browser.quit();
        }
    }

    @Test
    void aSpecialistSortsTheQueueByItsColumnsAndReadsItsTopics() throws Exception {
        String[] place = Requests.municipalityWithCentre(1);
        String specialist = Requests.staffOf(place[1], Role.SPECIALIST, false, false);
        String[] numbers = new String[3];
        for (int i = 0; i < 3; i++) {
            numbers[i] = submit(place[0], "Очередь: просьба о помощи номер " + i);
        }
        // Deadlines long past, in an order other than the order of arrival: they lead the queue sorted by deadline.
        int[] minutes = {30, 10, 20};
        for (int i = 0; i < 3; i++) {
            Requests.update("UPDATE help_request SET acknowledge_by = TIMESTAMP('2001-01-01 00:00:00') + INTERVAL ? MINUTE"
                    + " WHERE number = ?", minutes[i], numbers[i]);
        }
        ChromeDriver browser = signedIn(specialist, 1280, 900);
        try {
            browser.get(portal + "centre/index.xhtml?overdue=true");
            browser.findElement(By.id("sort-deadline")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("sort=deadline"));
            assertEquals(List.of(numbers[1], numbers[2], numbers[0]), mine(browser, numbers), "soonest deadline first");
            assertEquals("ascending", browser.findElement(By.cssSelector("th[aria-sort='ascending'] #sort-deadline"))
                    .findElement(By.xpath("..")).getAttribute("aria-sort"));

            browser.findElement(By.id("sort-deadline")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("sort=-deadline"));
            assertEquals(List.of(numbers[0], numbers[2], numbers[1]), mine(browser, numbers), "a second click turns it round");

            browser.findElement(By.id("sort-received")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("sort=received"));
            assertEquals(List.of(numbers[0], numbers[1], numbers[2]), mine(browser, numbers), "oldest first");
            assertTrue(browser.getCurrentUrl().contains("overdue=true"), "sorting keeps the filters");

            WebElement row = browser.findElement(By.xpath("//table[@id='queue']//tr[td/a[text()='" + numbers[0] + "']]"));
            String topics = row.findElement(By.cssSelector("td.topics")).getText();
            assertFalse(topics.isBlank() || topics.contains("legal-aid"), "the topic by its name: " + topics);
            screenshot(browser, "queue-sorted");

            browser.findElement(By.id("sort-topic")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("sort=topic"));
            browser.findElement(By.id("sort-status")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("sort=status"));
            browser.findElement(By.id("sort-urgency")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("sort=urgency"));
            assertTrue(browser.findElement(By.id("queue")).isDisplayed(), "every column sorts");
        } finally {
            browser.quit();
        }
    }

    @Test
    void theAdministratorStartsFromWhatNeedsAttention() throws Exception {
        String admin = StaffAccounts.create(Requests.PASSWORD, Role.ADMIN);
        String[] place = Requests.municipalityWithCentre(0);
        String overdue = submit(place[0], "Просрочено: никто не взял в работу");
        Requests.update("UPDATE help_request SET acknowledge_by = TIMESTAMP('2001-01-01 00:00:00') WHERE number = ?", overdue);
        String recipient = "undeliverable-" + System.nanoTime() + "@example.org";
        Requests.update("INSERT INTO mail_outbox (recipient, subject, body, created_at, attempts, next_attempt_at,"
                + " trying_since, dead_at) VALUES (?, 'never delivered', 'text', NOW() - INTERVAL 2 DAY, 9, NULL,"
                + " NOW() - INTERVAL 2 DAY, NOW() - INTERVAL 1 DAY)", recipient);
        ChromeDriver browser = signedIn(admin, 1280, 900);
        try {
            browser.get(portal + "account/index.xhtml");
            WebElement attention = browser.findElement(By.id("attention"));
            assertTrue(attention.getText().contains("Требует внимания"), attention.getText());
            assertTrue(count(browser, "attention-overdue") >= 1, "overdue requests are counted");
            assertTrue(count(browser, "attention-mail") >= 1, "mail that could not be sent is counted");
            assertTrue(attention.findElements(By.cssSelector("li.attention-new")).size() >= 1, "new requests per centre");
            screenshot(browser, "admin-start");

            browser.findElement(By.id("attention-overdue")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("centre/index.xhtml"));
            browser.findElement(By.id("sort-deadline")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("sort=deadline"));
            assertTrue(browser.findElement(By.id("queue")).getText().contains(overdue), "the link leads to the overdue requests");

            browser.get(portal + "account/index.xhtml");
            browser.findElement(By.id("attention-mail")).click();
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("admin/mail.xhtml"));
            assertTrue(browser.getPageSource().contains(recipient), "the link leads to the undelivered mail");
        } finally {
            browser.quit();
            Requests.update("DELETE FROM mail_outbox WHERE recipient = ?", recipient);
        }
        ChromeDriver phone = Browser.phone();
        try {
            phone.get(portal + "sign-in.xhtml");
            phone.findElement(By.id("signIn:email")).sendKeys(admin);
            phone.findElement(By.id("signIn:password")).sendKeys(Requests.PASSWORD);
            phone.findElement(By.id("signIn:submit")).click();
            new WebDriverWait(phone, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("attention")));
            screenshot(phone, "admin-start-phone");
        } finally {
            phone.quit();
        }
    }

    /** The number after the attention link {@code id}. */
    private static int count(ChromeDriver browser, String id) {
        WebElement link = browser.findElement(By.id(id));
        return Integer.parseInt(link.findElement(By.xpath("following-sibling::span[@class='count']")).getText().strip());
    }

    /** The order in which the queue shows {@code numbers}. */
    private static List<String> mine(ChromeDriver browser, String[] numbers) {
        List<String> wanted = List.of(numbers);
        return browser.findElements(By.cssSelector("#queue tbody tr td:first-child a")).stream().map(WebElement::getText)
                .filter(wanted::contains).toList();
    }

    private String submit(String municipality, String description) throws Exception {
        PortalClient family = new PortalClient(portal);
        HttpResponse<String> page = family.get("/ask-for-help.xhtml");
        HttpResponse<String> sent = family.submit("/ask-for-help.xhtml", page.body(), "ask", "send",
                AskForHelpIT.form(municipality, description));
        return Requests.find(sent.body(), "id=\"request-number\">([0-9-]+)<");
    }

    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve("staff-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
