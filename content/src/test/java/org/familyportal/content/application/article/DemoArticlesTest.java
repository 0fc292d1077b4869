package org.familyportal.content.application.article;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo articles read, follow the content rules and use the directory's real category codes. */
class DemoArticlesTest {

    /** The codes of the directory's "family-support" taxonomy (directory migration V2_2). */
    static final Set<String> CATEGORIES = Set.of("psychological-help", "legal-aid", "humanitarian-aid", "early-intervention",
            "substitute-family-support", "crisis-shelter", "addiction-help", "parents-school", "hotline", "employment",
            "health", "education-leisure", "mentoring", "mobile-team", "benefits-advice", "social-support");

    @Test
    void atLeastTwentyDemoArticlesInBothLanguagesAndEveryState() throws Exception {
        List<DemoArticles.Entry> entries = DemoArticles.entries();
        assertTrue(entries.size() >= 20, "articles: " + entries.size());
        assertTrue(entries.stream().anyMatch(e -> e.content().language().equals("en")));
        assertEquals(Set.of("published", "scheduled", "review", "draft"),
                entries.stream().map(DemoArticles.Entry::state).collect(Collectors.toSet()));
        assertEquals(1, entries.stream().filter(e -> e.state().equals("review")).count());
        assertEquals(1, entries.stream().filter(e -> e.state().equals("draft")).count());
        for (DemoArticles.Entry entry : entries) {
            assertTrue(CATEGORIES.containsAll(entry.content().categories()), entry.content().title());
            assertTrue(entry.content().body().contains("емонстрац") || entry.content().body().contains("Demo")
                    || entry.state().equals("draft"), "says it is a demo: " + entry.content().title());
            assertTrue(!entry.state().equals("published") || entry.days() < 0, "published in the past: " + entry.content().title());
            assertTrue(!entry.state().equals("scheduled") || entry.days() > 0, "scheduled ahead: " + entry.content().title());
        }
    }
}
