package org.familyportal.portal.interfaces.web.content;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.familyportal.portal.application.content.SearchableTexts;
import org.familyportal.portal.application.content.TextSource.SearchableText;
import org.familyportal.portal.infrastructure.web.ReadableAddresses;
import org.familyportal.portal.interfaces.web.CurrentLanguage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * The site-wide search's tabs: services (the "find help" page), support measures and articles, each
 * with how many match the parent's words; and the page of one tab of texts ({@code /search}).
 */
@Named
@RequestScoped
public class SearchTabs {

    /** The tabs of texts (the services' tab is the "find help" page). */
    public static final Set<String> TEXT_TABS = Set.of("measures", "articles");

    static final int PAGE_SIZE = 10;
    private static final int MOST_PAGES = 50;

    @Inject
    HttpServletRequest request;

    @Inject
    SearchableTexts texts;

    @Inject
    CurrentLanguage language;

    private SearchableTexts.Page found;

    /** The words asked, as typed (at most the length the search reads). */
    public String getQuery() {
        String q = request.getParameter("q");
        if (q == null) {
            return "";
        }
        q = q.strip();
        return q.length() > 200 ? q.substring(0, 200) : q;
    }

    /** The tab of texts shown: measures unless the reader chose articles. */
    public String getTab() {
        String tab = request.getParameter("tab");
        return tab != null && TEXT_TABS.contains(tab) ? tab : "measures";
    }

    public int getPage() {
        try {
            int page = Integer.parseInt(request.getParameter("page"));
            return Math.max(1, Math.min(page, MOST_PAGES));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private SearchableTexts.Page found() {
        if (found == null) {
            found = getQuery().isBlank()
                    ? new SearchableTexts.Page(java.util.Map.of(), List.of())
                    : texts.search(getQuery(), getTab(), language.getCode(), (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return found;
    }

    public List<SearchableText> getHits() {
        return found().hits();
    }

    public int count(String tab) {
        return found().total(tab);
    }

    public int getPages() {
        return Math.min(MOST_PAGES, Math.max(1, (count(getTab()) + PAGE_SIZE - 1) / PAGE_SIZE));
    }

    /** The same words in another tab (or another page of this one). */
    public String link(String tab, int page) {
        String q = URLEncoder.encode(getQuery(), StandardCharsets.UTF_8);
        if ("services".equals(tab)) {
            String place = request.getParameter("place");
            return request.getContextPath() + "/find-help.xhtml?q=" + q + (place == null || place.isBlank() || place.length() > 100
                    ? "" : "&place=" + URLEncoder.encode(place.strip(), StandardCharsets.UTF_8));
        }
        return request.getContextPath() + ReadableAddresses.SEARCH + "?tab=" + tab + "&q=" + q + (page > 1 ? "&page=" + page : "");
    }

    public String href(SearchableText text) {
        return request.getContextPath() + text.path();
    }
}
