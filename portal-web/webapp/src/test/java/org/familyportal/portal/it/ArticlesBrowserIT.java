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
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Articles as people use them (issue 14): a parent reads a demo guide on a 360 px phone, with its
 * date, its demo mark, its Open Graph tags and the nearest services of its kind of help; drafts and
 * scheduled articles are "not found"; the news feed and the sitemap are valid XML. An editor writes
 * an article with a script in it, sees the sanitized live preview, uploads an image with its text
 * alternative, sends the article for review and publishes it, and the public reads it.
 * Screenshots: {@code target/screenshots/articles-*.png}.
 */
@PortalContainerTest
class ArticlesBrowserIT {

    private static final String PASSWORD = "пишу-статьи-для-родителей-2026";
    private static final String GUIDE = "kak-oformit-edinoe-posobie-na-detey";

    @ArquillianResource
    URL portal;

    @Test
    void aParentReadsAGuideOnAPhoneWithTheNearestServices() throws Exception {
        ChromeDriver browser = Browser.phone();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(portal + "articles.xhtml");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-count")));
            assertEquals(portal + "articles", browser.getCurrentUrl(), "the old address moved to the readable one");
            assertTrue(browser.findElements(By.cssSelector(".article-card")).size() >= 10, "a full first page of demo articles");
            for (WebElement link : browser.findElements(By.cssSelector(".article-card h2 a"))) {
                assertTrue(link.getAttribute("href").matches(java.util.regex.Pattern.quote(portal + "articles/") + "[a-z0-9-]+"),
                        link.getAttribute("href"));
            }
            assertFalse(browser.getPageSource().contains("Вебинар для родителей «Подросток и гаджеты»"), "not before its time");
            shot(browser, "list-360");
            List<String> tags = browser.findElements(By.cssSelector("a.tag")).stream().map(WebElement::getText).toList();
            assertFalse(tags.isEmpty(), "topics to filter by");
            assertTrue(tags.stream().noneMatch(t -> t.matches(".*[a-z].*")), "a Russian reader is offered Russian topics: " + tags);
            browser.get(portal + "articles?lang=en");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-count")));
            assertEquals(List.of("en", "en", "en"), browser.findElements(By.cssSelector(".article-card")).stream().limit(3)
                    .map(c -> c.getAttribute("lang")).toList(), "an English reader's articles come first");
            assertTrue(browser.findElements(By.cssSelector("a.tag")).stream().allMatch(t -> t.getText().matches("#[a-z ]+")),
                    "English topics for an English reader");
            shot(browser, "list-en-360");
            browser.get(portal + "articles?lang=ru");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-count")));
            browser.findElement(By.id("kind-guide")).click();
            wait.until(ExpectedConditions.urlToBe(portal + "articles?kind=guide"));

            // An old address moves to the readable one, keeping its other parameters.
            browser.get(portal + "article.xhtml?slug=" + GUIDE + "&lang=ru");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-title")));
            assertEquals(portal + "articles/" + GUIDE + "?lang=ru", browser.getCurrentUrl());
            // The "nearest services" form asks again at the same readable address.
            browser.findElement(By.id("place")).sendKeys("Иркутск");
            browser.findElement(By.id("nearest-search")).click();
            wait.until(ExpectedConditions.urlContains("place="));
            assertEquals(portal + "articles/" + GUIDE + "?place=" + java.net.URLEncoder.encode("Иркутск", StandardCharsets.UTF_8),
                    browser.getCurrentUrl());
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-title")));
            assertEquals("Как оформить единое пособие на детей", browser.findElement(By.id("article-title")).getText());
            assertTrue(browser.findElement(By.id("published")).getText().matches("Опубликовано \\d\\d\\.\\d\\d\\.\\d{4}"),
                    browser.findElement(By.id("published")).getText());
            assertEquals("Демо", browser.findElement(By.id("demo-mark")).getText());
            assertFalse(browser.findElements(By.cssSelector("#article-body table td")).isEmpty(), "the Markdown table");
            assertFalse(browser.findElements(By.cssSelector("#nearest-services .nearest-service a")).isEmpty(),
                    "services of the guide's kind of help near Irkutsk");
            String canonical = browser.findElement(By.cssSelector("link[rel='canonical']")).getAttribute("href");
            assertTrue(canonical.matches("https?://[^/]+/articles/" + GUIDE), canonical);
            assertEquals(canonical, browser.findElement(By.cssSelector("meta[property='og:url']")).getAttribute("content"));
            assertEquals(portal + "articles?kind=guide", browser.findElement(By.cssSelector(".article .badge")).getAttribute("href"));
            assertEquals(portal + "articles", browser.findElement(By.id("back")).getAttribute("href"));
            assertEquals("Как оформить единое пособие на детей",
                    browser.findElement(By.cssSelector("meta[property='og:title']")).getAttribute("content"));
            assertFitsTheScreen(browser);
            shot(browser, "guide-360");
            ((JavascriptExecutor) browser).executeScript("document.getElementById('nearest-services').scrollIntoView()");
            shot(browser, "guide-nearest-360");
        } finally {
            browser.quit();
        }

        HttpClient http = HttpClient.newHttpClient();
        for (String hidden : List.of("no-such-article", "vebinar-dlya-roditeley-podrostok-i-gadzhety" /* scheduled */,
                "razvod-i-deti-kak-sokhranit-otnosheniya-s-rebenkom" /* in review */)) {
            HttpResponse<String> answer = get(http, "articles/" + hidden);
            assertEquals(404, answer.statusCode(), hidden);
            assertTrue(answer.body().contains("id=\"error-heading\""), "the portal's own page: " + answer.body());
            HttpResponse<String> old = get(http, "article.xhtml?slug=" + hidden);
            assertEquals(301, old.statusCode(), hidden);
            assertEquals(portal.getPath() + "articles/" + hidden, old.headers().firstValue("Location").orElse(null));
        }
        // Bad input is "not found" (or "bad request"), never a server error; the old page too. (An
        // undecodable escape in the path, "/articles/%ZZ", is answered by Payara's connector itself,
        // with an empty 200, before any filter: not ours to test here.)
        RawHttp raw = new RawHttp(portal);
        for (String bad : List.of("articles/Kak_Oformit", "articles/" + "a".repeat(5000), "articles/a%2Fb", "articles/..%2Fadmin",
                "articles/%2E%2E", "articles/%D0%BF%D0%BE%D1%81%D0%BE%D0%B1%D0%B8%D0%B5", "articles/a;b=c", "articles/x/y",
                "articles/%00", "article.xhtml?slug=%ZZ", "article.xhtml?slug=" + "b".repeat(5000),
                "article.xhtml?slug=..%2F..%2Fadmin", "search/x")) {
            RawHttp.Answer answer = raw.send(RawHttp.ascii("GET " + raw.path("/" + bad) + " HTTP/1.1\r\nHost: localhost\r\n"), null);
            if (answer.status() / 100 == 3) {
                // The container itself resolves a dot segment and adds a folder's slash ("/admin" to
                // "/admin/") before any filter: where it leads must still be refused.
                assertTrue(answer.headers().containsKey("location"), bad + " redirected without a Location");
                String location = URI.create(answer.headers().get("location")).getRawPath();
                answer = raw.send(RawHttp.ascii("GET " + location + " HTTP/1.1\r\nHost: localhost\r\n"), null);
            }
            assertTrue(answer.status() >= 400 && answer.status() < 500, bad + " answered " + answer.status());
        }
        HttpResponse<String> moved = get(http, "articles/");
        assertEquals(301, moved.statusCode());
        assertEquals(portal.getPath() + "articles", moved.headers().firstValue("Location").orElse(null));

        HttpResponse<String> feed = get(http, "news.atom");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
        Document atom = xml(feed.body());
        assertEquals("http://www.w3.org/2005/Atom", atom.getDocumentElement().getNamespaceURI());
        assertTrue(atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength() >= 3);
        assertTrue(feed.body().contains("/articles/") && feed.body().contains("/articles?kind=news"), feed.body());
        assertFalse(feed.body().contains(".xhtml"), "the feed links the readable addresses: " + feed.body());

        HttpResponse<String> sitemap = get(http, "sitemap.xml");
        Document urls = xml(sitemap.body());
        String all = urls.getDocumentElement().getTextContent();
        List<String> locations = new java.util.ArrayList<>();
        org.w3c.dom.NodeList locs = urls.getElementsByTagNameNS("*", "loc");
        for (int i = 0; i < locs.getLength(); i++) {
            locations.add(locs.item(i).getTextContent().replaceFirst("^https?://[^/]+", ""));
        }
        assertTrue(locations.containsAll(List.of("/articles/" + GUIDE, "/measures/maternity-capital", "/articles", "/measures",
                "/screener", "/find-help.xhtml")), locations.toString());
        assertFalse(all.contains("article.xhtml") || all.contains("measure.xhtml") || all.contains("articles.xhtml")
                || all.contains("measures.xhtml") || all.contains("screener.xhtml"), "only readable addresses of articles, measures and the screener: " + all);
        assertFalse(all.contains("podrostok-i-gadzhety"), "nothing scheduled in the sitemap");
    }

    @Test
    void anEditorWritesPreviewsAndPublishesAnArticle() throws Exception {
        String editor = StaffAccounts.create(PASSWORD, Role.EDITOR);
        Path picture = Files.createTempFile("article-", ".png");
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", picture.toFile());
        ChromeDriver browser = Browser.open(1280, 1000);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(portal + "sign-in.xhtml");
            browser.findElement(By.id("signIn:email")).sendKeys(editor);
            browser.findElement(By.id("signIn:password")).sendKeys(PASSWORD);
            browser.findElement(By.id("signIn:submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));

            browser.get(portal + "editorial/article.xhtml");
            browser.findElement(By.id("images:file")).sendKeys(picture.toString());
            browser.findElement(By.id("images:upload")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".messages"), "Опишите изображение"));
            browser.findElement(By.id("images:file")).sendKeys(picture.toString());
            browser.findElement(By.id("images:alt")).sendKeys("Мама с ребёнком в парке");
            browser.findElement(By.id("images:upload")).click();
            WebElement snippet = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("image-snippet")));
            String markdownImage = snippet.getText();
            assertTrue(markdownImage.matches("!\\[Мама с ребёнком в парке]\\(.*/images/\\d+-[0-9a-f]{12}-960\\.png\\)"), markdownImage);

            browser.findElement(By.id("article:title")).sendKeys("Как подготовиться к школе: проверено редакцией");
            browser.findElement(By.id("article:summary")).sendKeys("Список дел на август.");
            WebElement body = browser.findElement(By.id("article:body"));
            body.sendKeys("## Что купить\n\n- рюкзак\n- форму\n\n<script>alert(1)</script>[x](javascript:alert(1))\n\n" + markdownImage);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='article:preview'] h2")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='article:preview'] img")));
            String preview = browser.findElement(By.id("article:preview")).getAttribute("innerHTML");
            assertFalse(preview.contains("<script") || preview.contains("href=\"javascript"), preview);
            assertTrue(preview.contains("&lt;script&gt;"), "shown as text: " + preview);
            browser.findElement(By.cssSelector("input[value='education-leisure']")).click();
            browser.findElement(By.id("article:tags")).sendKeys("школа, сборы");
            shot(browser, "editor-desktop");
            browser.findElement(By.id("article:save")).click();

            wait.until(ExpectedConditions.urlContains("editorial/article.xhtml?id="));
            String editorPage = browser.getCurrentUrl();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-status"), "Черновик"));
            browser.findElement(By.id("article:submit")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-status"), "На проверке"));
            browser.findElement(By.id("article:publish")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-status"), "Опубликована"));
            assertEquals(1, browser.findElements(By.cssSelector("#revisions tbody tr")).size(), "one save, one revision");
            browser.findElement(By.id("public-link")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-title")));
            assertEquals("Как подготовиться к школе: проверено редакцией", browser.findElement(By.id("article-title")).getText());
            assertTrue(browser.getCurrentUrl().endsWith("/articles/kak-podgotovitsya-k-shkole-provereno-redaktsiey"), browser.getCurrentUrl());
            String here = browser.getCurrentUrl();
            WebElement shown = browser.findElement(By.cssSelector("#article-body img"));
            assertEquals("Мама с ребёнком в парке", shown.getAttribute("alt"));
            HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(shown.getAttribute("src"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(null), "an image has no charset");
            assertEquals("public, max-age=31536000, immutable", served.headers().firstValue("Cache-Control").orElse(null));
            assertEquals(960, ImageIO.read(new ByteArrayInputStream(served.body())).getWidth(), "resized");
            assertTrue(browser.findElements(By.cssSelector("#article-body script")).isEmpty());
            shot(browser, "published-desktop");

            // The editor changes the title, thinks better of it and restores the first revision.
            browser.get(editorPage);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article:title")));
            Number width = (Number) browser.executeScript("return document.getElementById('article:body').getBoundingClientRect().width;");
            assertTrue(width.intValue() >= 480, "room to write at 1280 px: the text box is " + width + " px wide");
            WebElement title = browser.findElement(By.id("article:title"));
            title.clear();
            title.sendKeys("Как подготовиться к школе");
            browser.findElement(By.id("article:save")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#revisions tbody tr"), 2));
            browser.findElement(By.cssSelector("#revisions tbody tr:last-child input[id$=':restore']")).click();
            wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#revisions tbody tr"), 3));
            List<WebElement> said = browser.findElements(By.cssSelector(".messages li"));
            assertEquals(1, said.size(), "said once, above the article: " + said.stream().map(WebElement::getText).toList());
            assertTrue(said.get(0).getText().contains("Версия 1 восстановлена") && said.get(0).getText().contains("читатели уже видят"),
                    said.get(0).getText());
            assertEquals("Как подготовиться к школе: проверено редакцией", browser.findElement(By.id("article:title")).getAttribute("value"));
            shot(browser, "restored-desktop");

            // A form on a readable page (signing out, with its CSP nonce) posts back to the readable address.
            browser.get(here);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("article-title")));
            assertEquals(here, browser.findElement(By.id("signOutForm")).getAttribute("action"));
            browser.findElement(By.id("signOutForm:signOut")).click();
            wait.until(ExpectedConditions.urlToBe(portal.toString()));
            assertTrue(browser.findElements(By.id("signOutForm")).isEmpty(), "signed out");
            browser.get(here);
            assertEquals("Как подготовиться к школе: проверено редакцией", browser.findElement(By.id("article-title")).getText());
        } finally {
            browser.quit();
            Files.deleteIfExists(picture);
        }
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(portal + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Document xml(String text) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertFitsTheScreen(ChromeDriver browser) {
        Object overflow = ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertTrue(((Number) overflow).intValue() <= 0, "wider than the phone by " + overflow + " px");
    }

    private static void shot(ChromeDriver browser, String name) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve("articles-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
