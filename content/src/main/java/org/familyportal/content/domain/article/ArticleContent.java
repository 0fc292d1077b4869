package org.familyportal.content.domain.article;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an editor writes: title, summary, Markdown body, language, categories (codes of the
 * directory's taxonomy, checked by the host), tags and the cover image. {@link #checked()} applies
 * the rules every article follows, whatever its state.
 */
public record ArticleContent(ArticleKind kind, String title, String summary, String body, String language,
                             Set<String> categories, Set<String> tags, Long coverImageId) {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final int BODY_MAX = 100_000;
    public static final int TAGS_MAX = 10;
    public static final int TAG_MAX = 40;
    public static final int CATEGORIES_MAX = 8;
    public static final Set<String> LANGUAGES = Set.of("ru", "en");

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    public ArticleContent {
        title = title == null ? "" : title.strip();
        summary = summary == null ? "" : summary.strip();
        body = body == null ? "" : body.replace("\r\n", "\n");
        language = language == null ? "ru" : language;
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        tags = tags == null ? Set.of() : normalisedTags(tags);
    }

    /** Tags as readers see and filter them: lower case, trimmed, no empty ones, in the order given. */
    public static Set<String> normalisedTags(java.util.Collection<String> tags) {
        Set<String> normalised = new LinkedHashSet<>();
        for (String tag : tags) {
            String t = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (!t.isEmpty()) {
                normalised.add(t);
            }
        }
        return normalised;
    }

    /** Tags from what an editor typed: separated by commas. */
    public static Set<String> tagsFrom(String typed) {
        return typed == null ? Set.of() : normalisedTags(List.of(typed.split(",")));
    }

    /** This content, or the first rule it breaks. */
    public ArticleContent checked() {
        if (kind == null) {
            throw new ArticleException("article.invalid.kind");
        }
        if (title.length() < 3 || title.length() > TITLE_MAX) {
            throw new ArticleException("article.invalid.title", TITLE_MAX);
        }
        if (summary.length() > SUMMARY_MAX) {
            throw new ArticleException("article.invalid.summary", SUMMARY_MAX);
        }
        if (body.length() > BODY_MAX) {
            throw new ArticleException("article.invalid.body", BODY_MAX);
        }
        if (!LANGUAGES.contains(language)) {
            throw new ArticleException("article.invalid.language");
        }
        if (categories.size() > CATEGORIES_MAX || categories.stream().anyMatch(c -> !CODE.matcher(c).matches())) {
            throw new ArticleException("article.invalid.categories", CATEGORIES_MAX);
        }
        if (tags.size() > TAGS_MAX || tags.stream().anyMatch(t -> t.length() > TAG_MAX)) {
            throw new ArticleException("article.invalid.tags", TAGS_MAX, TAG_MAX);
        }
        return this;
    }
}
