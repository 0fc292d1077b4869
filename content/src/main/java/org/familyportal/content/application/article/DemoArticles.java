package org.familyportal.content.application.article;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.familyportal.content.application.demo.DemoContent;
import org.familyportal.content.domain.article.Article;
import org.familyportal.content.domain.article.ArticleContent;
import org.familyportal.content.domain.article.ArticleKind;
import org.familyportal.content.domain.article.Articles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * With {@code portal.demo-data} on, the demo articles ({@code demo-articles.txt}, written for the
 * project, every one marked as demo) are loaded once into an empty table at start: most published
 * (dated some days back), some scheduled days ahead, one in review and one draft.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@jakarta.ejb.TransactionManagement(jakarta.ejb.TransactionManagementType.BEAN)
public class DemoArticles {

    static final String RESOURCE = "demo-articles.txt";
    static final String AUTHOR = "demo";

    private static final Logger LOG = Logger.getLogger(DemoArticles.class.getName());

    /** One demo article as the resource gives it. */
    record Entry(ArticleContent content, String state, int days) {
    }

    @Inject
    ArticleEditing editing;

    @Inject
    Articles articles;

    @Inject
    UserTransaction transaction;

    @Inject
    DemoContent demo;

    @PostConstruct
    void loadOnce() {
        if (!demo.enabled()) {
            return;
        }
        try {
            transaction.begin();
            try {
                if (articles.any()) {
                    transaction.rollback();
                    return;
                }
                int loaded = 0;
                for (Entry entry : entries()) {
                    load(entry);
                    loaded++;
                }
                transaction.commit();
                int count = loaded;
                LOG.info(() -> count + " demo articles loaded");
            } catch (Exception e) {
                transaction.rollback();
                throw e;
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The demo articles were not loaded", e);
        }
    }

    private void load(Entry entry) {
        Article article = editing.createDemo(entry.content(), AUTHOR);
        Instant now = editing.now();
        switch (entry.state()) {
            case "review" -> article.submit(now, AUTHOR);
            case "published", "scheduled" -> {
                article.submit(now, AUTHOR);
                Instant at = now.plus(Duration.ofDays(entry.days()));
                // published "days" ago (as if then), or scheduled "days" ahead
                article.publish(at, at.isBefore(now) ? at : now, AUTHOR);
            }
            default -> {
            }
        }
    }

    /** The demo articles of {@link #RESOURCE}. */
    static List<Entry> entries() throws IOException {
        String text;
        try (InputStream in = DemoArticles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Entry> entries = new ArrayList<>();
        for (String block : text.split("(?m)^===\\s*$")) {
            if (block.isBlank()) {
                continue;
            }
            int split = block.indexOf("\n---\n");
            Map<String, String> head = new LinkedHashMap<>();
            for (String line : block.substring(0, split).strip().split("\n")) {
                int colon = line.indexOf(':');
                head.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
            String[] state = head.get("state").split("\\s+");
            ArticleContent content = new ArticleContent(ArticleKind.valueOf(head.get("kind")), head.get("title"),
                    head.get("summary"), block.substring(split + 5).strip() + "\n", head.get("lang"),
                    ArticleContent.tagsFrom(head.get("categories")), ArticleContent.tagsFrom(head.get("tags")), null);
            entries.add(new Entry(content.checked(), state[0], state.length > 1 ? Integer.parseInt(state[1]) : 0));
        }
        return entries;
    }
}
