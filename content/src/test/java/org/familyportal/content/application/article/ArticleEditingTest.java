package org.familyportal.content.application.article;

import org.familyportal.content.application.port.ContentCaller;
import org.familyportal.content.application.port.ContentRole;
import org.familyportal.content.domain.article.Article;
import org.familyportal.content.domain.article.ArticleChangedMeanwhileException;
import org.familyportal.content.domain.article.ArticleContent;
import org.familyportal.content.domain.article.ArticleException;
import org.familyportal.content.domain.article.ArticleFilter;
import org.familyportal.content.domain.article.ArticleKind;
import org.familyportal.content.domain.article.ArticleStatus;
import org.familyportal.content.domain.article.LineDiff;
import org.familyportal.content.infrastructure.article.SanitizedMarkdown;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The articles' workflow, scheduling, revisions and who may do what, without a container. */
class ArticleEditingTest {

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-03-01T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }
    }

    /** A caller with some roles (none: a visitor). */
    static final class Caller implements ContentCaller {
        EnumSet<ContentRole> roles = EnumSet.of(ContentRole.EDITOR);
        String name = "editor@family-portal.local";

        @Override
        public String require(ContentRole... anyOf) {
            for (ContentRole role : anyOf) {
                if (roles.contains(role)) {
                    return name;
                }
            }
            throw refusal("not allowed");
        }

        @Override
        public boolean hasRole(ContentRole role) {
            return roles.contains(role);
        }

        @Override
        public RuntimeException refusal(String why) {
            return new SecurityException(why);
        }
    }

    final MovableClock clock = new MovableClock();
    final InMemoryArticles articles = new InMemoryArticles();
    final Caller caller = new Caller();
    final ArticleEditing editing = new ArticleEditing(articles, caller, new SanitizedMarkdown(), clock);
    final ArticleReading reading = new ArticleReading(articles, new SanitizedMarkdown(), clock);

    static ArticleContent guide(String title, String body) {
        return new ArticleContent(ArticleKind.GUIDE, title, "Кратко о главном", body, "ru",
                Set.of("benefits-advice"), Set.of("пособия"), null);
    }

    @Test
    void aDraftGoesThroughReviewBeforeThePublicSeesIt() {
        Article article = editing.create(guide("Как оформить единое пособие", "Текст"), null);
        assertEquals("kak-oformit-edinoe-posobie", article.getSlug());
        assertEquals(ArticleStatus.DRAFT, article.getStatus());
        ArticleException notReviewed = assertThrows(ArticleException.class,
                () -> editing.publish(article.getId(), article.getVersion(), null));
        assertEquals("article.workflow.notAllowed", notReviewed.messageKey());
        assertTrue(reading.bySlug(article.getSlug()).isEmpty(), "a draft is not public");

        editing.submit(article.getId(), article.getVersion());
        assertTrue(reading.bySlug(article.getSlug()).isEmpty(), "an article in review is not public");
        editing.publish(article.getId(), article.getVersion(), null);
        assertTrue(reading.bySlug(article.getSlug()).isPresent());
        assertEquals(1, reading.page(ArticleFilter.any(), 1).total());

        editing.archive(article.getId(), article.getVersion());
        assertTrue(reading.bySlug(article.getSlug()).isEmpty(), "archived: off the site");
        editing.backToDraft(article.getId(), article.getVersion());
        assertEquals(ArticleStatus.DRAFT, article.getStatus());
    }

    @Test
    void readersAreOfferedTheTagsOfArticlesInTheirLanguage() {
        Article russian = editing.create(guide("Как оформить единое пособие", "Текст"), null);
        Article english = editing.create(new ArticleContent(ArticleKind.GUIDE, "How to apply for the unified allowance",
                "In short", "Text", "en", Set.of("benefits-advice"), Set.of("allowances"), null), null);
        for (Article a : List.of(russian, english)) {
            editing.submit(a.getId(), a.getVersion());
            editing.publish(a.getId(), a.getVersion(), null);
        }

        assertEquals(List.of("How to apply for the unified allowance", "Как оформить единое пособие"),
                reading.page(ArticleFilter.any(), "en", 1).articles().stream().map(Article::getTitle).toList(),
                "an English reader's articles first");
        assertEquals("Как оформить единое пособие", reading.page(ArticleFilter.any(), "ru", 1).articles().get(0).getTitle());
        assertEquals(List.of("пособия"), reading.tags("ru", 15), "no English tag among the Russian ones");
        assertEquals(List.of("allowances"), reading.tags("en", 15));
        editing.archive(english.getId(), english.getVersion());
        assertEquals(List.of("пособия"), reading.tags("en", 15), "nothing in English: the Russian tags");
    }

    @Test
    void aScheduledArticleAppearsWhenItsTimeComes() {
        Article article = editing.create(guide("Новость по расписанию", "Текст"), null);
        editing.submit(article.getId(), article.getVersion());
        Instant monday = clock.instant().plus(Duration.ofDays(2));
        editing.publish(article.getId(), article.getVersion(), monday);

        assertTrue(article.isScheduledAt(clock.instant()));
        assertTrue(reading.bySlug(article.getSlug()).isEmpty(), "not before its time");
        assertEquals(0, reading.page(ArticleFilter.any(), 1).total());

        clock.move(Duration.ofDays(2).minusSeconds(1));
        assertTrue(reading.bySlug(article.getSlug()).isEmpty(), "one second early");
        clock.move(Duration.ofSeconds(1));
        assertTrue(reading.bySlug(article.getSlug()).isPresent(), "from its instant on");
        assertEquals(monday, article.getPublishAt());
    }

    @Test
    void publishingInThePastMeansNow() {
        Article article = editing.create(guide("Сразу", "Текст"), null);
        editing.submit(article.getId(), article.getVersion());
        editing.publish(article.getId(), article.getVersion(), clock.instant().minus(Duration.ofDays(30)));
        assertEquals(clock.instant(), article.getPublishAt());
    }

    @Test
    void anArticleWithoutBodyCannotBePublished() {
        Article article = editing.create(guide("Пустая", ""), null);
        editing.submit(article.getId(), article.getVersion());
        assertEquals("article.workflow.incomplete", assertThrows(ArticleException.class,
                () -> editing.publish(article.getId(), article.getVersion(), null)).messageKey());
    }

    @Test
    void everySaveIsARevisionAndARestoreIsANewOne() {
        Article article = editing.create(guide("Разговор с подростком", "Первая версия\nвторая строка"), null);
        clock.move(Duration.ofMinutes(5));
        editing.save(article.getId(), article.getVersion(), guide("Разговор с подростком", "Исправлено\nвторая строка"), null);
        caller.name = "admin@family-portal.local";
        caller.roles = EnumSet.of(ContentRole.ADMIN);
        clock.move(Duration.ofMinutes(5));
        editing.save(article.getId(), article.getVersion(), guide("Разговор с подростком", "Третья\nвторая строка"), null);

        assertEquals(List.of(3, 2, 1), editing.revisions(article.getId()).stream().map(r -> r.getNumber()).toList());
        assertEquals("admin@family-portal.local", editing.revisions(article.getId()).get(0).getSavedBy());
        assertEquals(Instant.parse("2026-03-01T09:10:00Z"), editing.revisions(article.getId()).get(0).getSavedAt());
        assertEquals("editor@family-portal.local", editing.revisions(article.getId()).get(1).getSavedBy());

        List<LineDiff.Line> diff = editing.diff(article.getId(), 1, 3);
        assertTrue(diff.contains(new LineDiff.Line(LineDiff.Change.REMOVED, "Первая версия")));
        assertTrue(diff.contains(new LineDiff.Line(LineDiff.Change.ADDED, "Третья")));
        assertTrue(diff.contains(new LineDiff.Line(LineDiff.Change.SAME, "вторая строка")));

        editing.restore(article.getId(), article.getVersion(), 1);
        assertEquals("Первая версия\nвторая строка", article.getBody());
        assertEquals(4, editing.revisions(article.getId()).get(0).getNumber());
        assertEquals(ArticleEditing.RESTORED + 1, editing.revisions(article.getId()).get(0).getNote());
        assertFalse(LineDiff.changed(editing.diff(article.getId(), 1, 4)), "the restored text is revision 1's");
    }

    @Test
    void aSaveOverSomeoneElsesIsRefusedAndWritesNothing() {
        Article article = editing.create(guide("Общая статья", "Текст"), null);
        long opened = article.getVersion();
        editing.save(article.getId(), opened, guide("Общая статья", "Коллега успел раньше"), null);
        assertThrows(ArticleChangedMeanwhileException.class,
                () -> editing.save(article.getId(), opened, guide("Общая статья", "Моё"), null));
        assertEquals("Коллега успел раньше", article.getBody());
        assertEquals(2, editing.revisions(article.getId()).size());
    }

    @Test
    void addressesAreUniqueAndStayWhenTheTitleChanges() {
        Article first = editing.create(guide("Школа родителей", "Текст"), null);
        Article second = editing.create(guide("Школа родителей", "Другой текст"), null);
        assertEquals("shkola-roditeley-2", second.getSlug());
        editing.save(first.getId(), first.getVersion(), guide("Школа родителей в Самаре", "Текст"), null);
        assertEquals("shkola-roditeley", first.getSlug(), "links to it keep working");
        assertEquals("article.invalid.slugTaken", assertThrows(ArticleException.class,
                () -> editing.save(first.getId(), first.getVersion(), guide("Школа", "Текст"), "shkola-roditeley-2")).messageKey());
        assertEquals("article.invalid.slug", assertThrows(ArticleException.class,
                () -> editing.save(first.getId(), first.getVersion(), guide("Школа", "Текст"), "Не латиница")).messageKey());
        editing.save(first.getId(), first.getVersion(), guide("Школа", "Текст"), "shkola-samara");
        assertEquals("shkola-samara", first.getSlug());
    }

    @Test
    void onlyEditorsAndAdministratorsWriteOrPreview() {
        caller.roles = EnumSet.noneOf(ContentRole.class);
        assertThrows(SecurityException.class, () -> editing.create(guide("Чужая", "Текст"), null));
        assertThrows(SecurityException.class, () -> editing.preview("**x**"));
        assertThrows(SecurityException.class, () -> editing.page(ArticleFilter.any(), 1));
        caller.roles = EnumSet.of(ContentRole.ADMIN);
        assertEquals("<p><strong>x</strong></p>", editing.preview("**x**"));
    }

    @Test
    void contentRulesAreChecked() {
        assertEquals("article.invalid.title", assertThrows(ArticleException.class,
                () -> editing.create(guide("", "Текст"), null)).messageKey());
        assertEquals("article.invalid.categories", assertThrows(ArticleException.class,
                () -> editing.create(new ArticleContent(ArticleKind.NEWS, "Заголовок", "", "", "ru",
                        Set.of("Not A Code!"), Set.of(), null), null)).messageKey());
        assertEquals(Set.of("пособия", "мфц"), ArticleContent.tagsFrom(" Пособия , МФЦ,, "));
    }

    @Test
    void thePublicListIsBoundedInDepth() {
        ArticleReading.Page page = reading.page(ArticleFilter.any(), 1_000_000);
        assertEquals(ArticleReading.MAX_PAGE, page.page());
        assertTrue(page.articles().isEmpty());
    }
}
