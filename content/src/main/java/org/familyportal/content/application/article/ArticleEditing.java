package org.familyportal.content.application.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.content.application.port.ContentCaller;
import org.familyportal.content.application.port.ContentRole;
import org.familyportal.content.domain.article.Article;
import org.familyportal.content.domain.article.ArticleChangedMeanwhileException;
import org.familyportal.content.domain.article.ArticleContent;
import org.familyportal.content.domain.article.ArticleException;
import org.familyportal.content.domain.article.ArticleFilter;
import org.familyportal.content.domain.article.ArticleRevision;
import org.familyportal.content.domain.article.Articles;
import org.familyportal.content.domain.article.LineDiff;
import org.familyportal.content.domain.article.MarkdownRendering;
import org.familyportal.content.domain.article.Slugs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Editors and administrators write articles and move them through their workflow: a draft is sent
 * for review, a reviewed article is published at once or from a future instant (scheduled), any
 * article may go back to draft, a published one may be archived. Every save (a new article, an
 * edit, a restore) is kept as a revision with who and when; a save over a version someone else
 * saved meanwhile is refused ({@link ArticleChangedMeanwhileException}) and writes nothing.
 */
@ApplicationScoped
public class ArticleEditing {

    /** Note of a revision that restores an older one (the argument is its number). */
    public static final String RESTORED = "restored:";

    public static final int PAGE_SIZE = 25;

    @Inject
    Articles articles;

    @Inject
    ContentCaller caller;

    @Inject
    MarkdownRendering rendering;

    private final Clock clock;

    /** For CDI. */
    public ArticleEditing() {
        this.clock = Clock.systemUTC();
    }

    /** Outside a container (tests of the rules), at the time of {@code clock}. */
    public ArticleEditing(Articles articles, ContentCaller caller, MarkdownRendering rendering, Clock clock) {
        this.articles = articles;
        this.caller = caller;
        this.rendering = rendering;
        this.clock = clock;
    }

    /** A new draft; its address comes from its title unless {@code slug} is given. */
    @Transactional
    public Article create(ArticleContent content, String slug) {
        return created(content, slug, false, editor());
    }

    /**
     * A demo article, written by the portal itself at start ({@link DemoArticles}, in its transaction;
     * no caller is signed in then). Nothing else calls it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Article createDemo(ArticleContent content, String by) {
        return created(content, null, true, by);
    }

    private Article created(ArticleContent content, String slug, boolean demo, String by) {
        content.checked();
        Article article = Article.draft(content, slugFor(content.title(), slug, null), demo, clock.instant(), by);
        articles.add(article);
        articles.add(ArticleRevision.of(article, 1, clock.instant(), by, null));
        return article;
    }

    /**
     * Saves what the editor wrote over the article as it was at {@code version}; a new revision.
     * The address stays unless {@code slug} gives another one (links to a published article keep working).
     */
    @Transactional
    public Article save(long id, long version, ArticleContent content, String slug) {
        String by = editor();
        Article article = current(id, version);
        String address = slug == null || slug.isBlank() || slug.equals(article.getSlug()) ? article.getSlug()
                : slugFor(article.getTitle(), slug, id);
        article.write(content, address, clock.instant(), by);
        return revised(article, by, null);
    }

    @Transactional
    public Article submit(long id, long version) {
        return moved(id, version, (article, by) -> article.submit(clock.instant(), by));
    }

    /** Publishes a reviewed article from {@code from} on (null: now); a future instant schedules it. */
    @Transactional
    public Article publish(long id, long version, Instant from) {
        return moved(id, version, (article, by) -> article.publish(from, clock.instant(), by));
    }

    @Transactional
    public Article backToDraft(long id, long version) {
        return moved(id, version, (article, by) -> article.backToDraft(clock.instant(), by));
    }

    @Transactional
    public Article archive(long id, long version) {
        return moved(id, version, (article, by) -> article.archive(clock.instant(), by));
    }

    /** One step of the workflow, by the editor calling, on the article as it was at {@code version}. */
    private Article moved(long id, long version, BiConsumer<Article, String> step) {
        String by = editor();
        Article article = current(id, version);
        step.accept(article, by);
        articles.writeNow();
        return article;
    }

    /** The text of revision {@code number} becomes the article's again, as a new revision. */
    @Transactional
    public Article restore(long id, long version, int number) {
        String by = editor();
        Article article = current(id, version);
        ArticleRevision old = articles.revision(id, number).orElseThrow(() -> new ArticleException("article.revision.unknown"));
        ArticleContent now = article.content();
        article.write(new ArticleContent(now.kind(), old.getTitle(), old.getSummary(), old.getBody(), now.language(),
                now.categories(), now.tags(), now.coverImageId()), article.getSlug(), clock.instant(), by);
        return revised(article, by, RESTORED + number);
    }

    public Optional<Article> article(long id) {
        editor();
        return articles.article(id);
    }

    public List<Article> page(ArticleFilter filter, int page) {
        editor();
        return articles.all(filter, Math.max(0, page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public long count(ArticleFilter filter) {
        editor();
        return articles.countAll(filter);
    }

    public List<ArticleRevision> revisions(long id) {
        editor();
        return articles.revisions(id);
    }

    /** What changed from revision {@code from} to revision {@code to}, line by line. */
    public List<LineDiff.Line> diff(long id, int from, int to) {
        editor();
        ArticleRevision before = articles.revision(id, from).orElseThrow(() -> new ArticleException("article.revision.unknown"));
        ArticleRevision after = articles.revision(id, to).orElseThrow(() -> new ArticleException("article.revision.unknown"));
        return LineDiff.between(before.document(), after.document());
    }

    /** The live preview: the Markdown as the public page will show it (the same rendering and sanitizer). */
    public String preview(String markdown) {
        editor();
        String text = markdown == null ? "" : markdown;
        return rendering.html(text.length() > ArticleContent.BODY_MAX ? text.substring(0, ArticleContent.BODY_MAX) : text);
    }

    public Instant now() {
        return clock.instant();
    }

    private Article revised(Article article, String by, String note) {
        articles.writeNow();
        articles.add(ArticleRevision.of(article, articles.lastRevisionNumber(article.getId()) + 1, clock.instant(), by, note));
        articles.writeNow();
        return article;
    }

    private Article current(long id, long version) {
        Article article = articles.article(id).orElseThrow(() -> new ArticleException("article.unknown"));
        if (article.getVersion() != version) {
            throw new ArticleChangedMeanwhileException(null);
        }
        return article;
    }

    private String slugFor(String title, String wanted, Long id) {
        if (wanted == null || wanted.isBlank()) {
            return Slugs.unique(Slugs.of(title), s -> articles.slugTaken(s, id));
        }
        String slug = wanted.strip().toLowerCase(java.util.Locale.ROOT);
        if (slug.length() > Slugs.MAX || !Slugs.VALID.matcher(slug).matches()) {
            throw new ArticleException("article.invalid.slug");
        }
        if (articles.slugTaken(slug, id)) {
            throw new ArticleException("article.invalid.slugTaken", slug);
        }
        return slug;
    }

    private String editor() {
        return caller.require(ContentRole.EDITOR, ContentRole.ADMIN);
    }
}
