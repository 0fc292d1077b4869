package org.familyportal.portal.infrastructure.web;

import org.familyportal.content.domain.article.Slugs;
import org.familyportal.content.domain.measure.MeasureRules;
import org.familyportal.content.domain.measure.SupportMeasure;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The readable addresses of the public content pages (issue 14) and the Faces views behind them:
 * <ul>
 *   <li>{@code /articles} and {@code /articles/<slug>}: {@code articles.xhtml}, {@code article.xhtml?slug=};</li>
 *   <li>{@code /measures} and {@code /measures/<code>}: {@code measures.xhtml}, {@code measure.xhtml?code=};</li>
 *   <li>{@code /search}: {@code search.xhtml};</li>
 *   <li>{@code /screener} ("what am I entitled to?"): {@code screener.xhtml}.</li>
 * </ul>
 * A name that cannot be a slug or a code (other characters, too long) is "not found" before any
 * page is rendered. The old addresses ({@code /article.xhtml?slug=x}...) are moved for good to the
 * readable ones, with their other parameters ({@code place}, {@code lang}, the lists' filters).
 * Pure: {@link ReadableAddressFilter} applies it to requests; pages, feeds and the sitemap write
 * addresses with {@link #article(String)} and {@link #measure(String)}.
 */
public final class ReadableAddresses {

    public static final String ARTICLES = "/articles";
    public static final String MEASURES = "/measures";
    public static final String SEARCH = "/search";
    public static final String SCREENER = "/screener";

    /** The readable lists and the views they show. */
    private static final Map<String, String> LISTS = Map.of(ARTICLES, "/articles.xhtml", MEASURES, "/measures.xhtml",
            SEARCH, "/search.xhtml", SCREENER, "/screener.xhtml");

    /** What a request path is: one of ours (shown by a view, or not found, or moved), or not ours at all. */
    public record Route(Kind kind, String target) {

        public enum Kind { SHOW, NOT_FOUND, MOVED, NOT_OURS }

        static final Route NOT_OURS = new Route(Kind.NOT_OURS, null);
        static final Route NOT_FOUND = new Route(Kind.NOT_FOUND, null);
    }

    private ReadableAddresses() {
    }

    /** The page of an article, relative to the site. */
    public static String article(String slug) {
        return ARTICLES + "/" + slug;
    }

    /** The page of a support measure, relative to the site. */
    public static String measure(String code) {
        return MEASURES + "/" + code;
    }

    /**
     * What the (decoded, canonical) {@code path} is: {@link Route.Kind#SHOW} with the view to forward
     * to (its query naming the article or measure), {@link Route.Kind#MOVED} with the address without a
     * final slash, {@link Route.Kind#NOT_FOUND} for a name that cannot exist.
     */
    public static Route route(String path) {
        if (path == null) {
            return Route.NOT_OURS;
        }
        String list = LISTS.get(path);
        if (list != null) {
            return new Route(Route.Kind.SHOW, list);
        }
        if (path.endsWith("/") && LISTS.containsKey(path.substring(0, path.length() - 1))) {
            return new Route(Route.Kind.MOVED, path.substring(0, path.length() - 1));
        }
        if (path.startsWith(ARTICLES + "/")) {
            String slug = path.substring(ARTICLES.length() + 1);
            return isSlug(slug) ? new Route(Route.Kind.SHOW, "/article.xhtml?slug=" + slug) : Route.NOT_FOUND;
        }
        if (path.startsWith(MEASURES + "/")) {
            String code = path.substring(MEASURES.length() + 1);
            return isCode(code) ? new Route(Route.Kind.SHOW, "/measure.xhtml?code=" + code) : Route.NOT_FOUND;
        }
        if (path.startsWith(SEARCH + "/") || path.startsWith(SCREENER + "/")) {
            return Route.NOT_FOUND;
        }
        return Route.NOT_OURS;
    }

    /** Whether {@code path} is one of the readable pages (or below one): a page, as far as caching goes. */
    public static boolean isReadable(String path) {
        return route(path).kind() != Route.Kind.NOT_OURS;
    }

    /**
     * The readable address of an old one ({@code path} the view, {@code query} the raw query string),
     * with the query's other parameters as they came; empty when there is none (a missing or impossible
     * slug or code: the old page answers "not found" itself).
     */
    public static Optional<String> readable(String path, String query) {
        for (Map.Entry<String, String> list : LISTS.entrySet()) {
            if (list.getValue().equals(path)) {
                return Optional.of(list.getKey() + (query == null || query.isEmpty() ? "" : "?" + query));
            }
        }
        if ("/article.xhtml".equals(path)) {
            return named(query, "slug").filter(ReadableAddresses::isSlug).map(slug -> article(slug) + rest(query, "slug"));
        }
        if ("/measure.xhtml".equals(path)) {
            return named(query, "code").filter(ReadableAddresses::isCode).map(code -> measure(code) + rest(query, "code"));
        }
        return Optional.empty();
    }

    static boolean isSlug(String slug) {
        return slug.length() <= Slugs.MAX && valid(Slugs.VALID, slug);
    }

    static boolean isCode(String code) {
        return code.length() <= SupportMeasure.CODE_LENGTH && valid(MeasureRules.CODE, code);
    }

    private static boolean valid(Pattern pattern, String name) {
        return !name.isEmpty() && pattern.matcher(name).matches();
    }

    /** The first value of the parameter {@code name}, decoded; empty when absent or undecodable. */
    private static Optional<String> named(String query, String name) {
        if (query == null) {
            return Optional.empty();
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith(name + "=")) {
                try {
                    return Optional.of(URLDecoder.decode(parameter.substring(name.length() + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The query without any {@code name} parameter (and without empty ones), as a suffix. */
    private static String rest(String query, String name) {
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            if (!parameter.isEmpty() && !parameter.equals(name) && !parameter.startsWith(name + "=")) {
                kept.add(parameter);
            }
        }
        return kept.isEmpty() ? "" : "?" + String.join("&", kept);
    }
}
