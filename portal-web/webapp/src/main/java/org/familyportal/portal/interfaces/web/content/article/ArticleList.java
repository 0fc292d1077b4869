package org.familyportal.portal.interfaces.web.content.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.familyportal.content.application.article.ArticleReading;
import org.familyportal.content.domain.article.ArticleFilter;
import org.familyportal.content.domain.article.ArticleKind;
import org.familyportal.portal.infrastructure.web.ReadableAddresses;
import org.familyportal.portal.interfaces.web.CurrentLanguage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backing bean of {@code articles.xhtml}: the published articles, newest first, filtered by kind,
 * category and tag, in pages; all in GET parameters (links work without JavaScript). A filter value
 * the portal does not know is left out rather than answered with nothing.
 */
@Named
@RequestScoped
public class ArticleList {

    @Inject
    HttpServletRequest request;

    @Inject
    ArticleReading reading;

    @Inject
    ArticleCategories categories;

    @Inject
    CurrentLanguage language;

    private ArticleReading.Page page;
    private ArticleKind kind;
    private String category;
    private String tag;

    public void load() {
        kind = Arrays.stream(ArticleKind.values()).filter(k -> k.name().equalsIgnoreCase(param("kind"))).findFirst().orElse(null);
        category = categories.known(param("category")) ? param("category") : null;
        String typedTag = param("tag");
        tag = typedTag == null || typedTag.isBlank() || typedTag.length() > 40 ? null : typedTag.strip().toLowerCase();
        int number = 1;
        try {
            number = param("page") == null ? 1 : Integer.parseInt(param("page"));
        } catch (NumberFormatException e) {
            // the first page
        }
        page = reading.page(new ArticleFilter(kind, category, tag, null), language.getCode(), number);
    }

    public ArticleReading.Page getPage() {
        return page;
    }

    public List<ArticleKind> getKinds() {
        return List.of(ArticleKind.values());
    }

    public List<String> getTags() {
        return reading.tags(language.getCode(), 15);
    }

    public ArticleKind getKind() {
        return kind;
    }

    public String getCategory() {
        return category;
    }

    public String getTag() {
        return tag;
    }

    public boolean isFiltered() {
        return kind != null || category != null || tag != null;
    }

    /** This list with one filter changed (null: dropped), from its first page. */
    public String with(String name, String value) {
        Map<String, String> params = filters();
        if (value == null) {
            params.remove(name);
        } else {
            params.put(name, value);
        }
        return link(params);
    }

    /** This list on another page. */
    public String pageLink(int number) {
        Map<String, String> params = filters();
        params.put("page", String.valueOf(number));
        return link(params);
    }

    private Map<String, String> filters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (kind != null) {
            params.put("kind", kind.name().toLowerCase());
        }
        if (category != null) {
            params.put("category", category);
        }
        if (tag != null) {
            params.put("tag", tag);
        }
        return params;
    }

    private String link(Map<String, String> params) {
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return request.getContextPath() + ReadableAddresses.ARTICLES + (query.isEmpty() ? "" : "?" + query);
    }

    private String param(String name) {
        return request.getParameter(name);
    }
}
