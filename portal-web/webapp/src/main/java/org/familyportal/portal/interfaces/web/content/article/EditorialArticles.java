package org.familyportal.portal.interfaces.web.content.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.familyportal.content.application.article.ArticleEditing;
import org.familyportal.content.domain.article.Article;
import org.familyportal.content.domain.article.ArticleFilter;
import org.familyportal.content.domain.article.ArticleKind;
import org.familyportal.content.domain.article.ArticleStatus;

import java.util.Arrays;
import java.util.List;

/** Backing bean of {@code editorial/articles.xhtml}: every article, by status and kind, last changed first. */
@Named
@RequestScoped
public class EditorialArticles {

    @Inject
    HttpServletRequest request;

    @Inject
    ArticleEditing editing;

    private ArticleFilter filter;
    private int page;

    public void load() {
        ArticleStatus status = Arrays.stream(ArticleStatus.values()).filter(s -> s.name().equals(request.getParameter("status")))
                .findFirst().orElse(null);
        ArticleKind kind = Arrays.stream(ArticleKind.values()).filter(k -> k.name().equals(request.getParameter("kind")))
                .findFirst().orElse(null);
        filter = new ArticleFilter(kind, null, null, status);
        try {
            page = Math.min(1000, Math.max(1, Integer.parseInt(request.getParameter("page"))));
        } catch (NumberFormatException e) {
            page = 1;
        }
    }

    public List<Article> getArticles() {
        return editing.page(filter, page);
    }

    public long getTotal() {
        return editing.count(filter);
    }

    public int getPage() {
        return page;
    }

    public long getPages() {
        return Math.max(1, (getTotal() + ArticleEditing.PAGE_SIZE - 1) / ArticleEditing.PAGE_SIZE);
    }

    public ArticleFilter getFilter() {
        return filter;
    }

    public List<ArticleStatus> getStatuses() {
        return List.of(ArticleStatus.values());
    }

    public List<ArticleKind> getKinds() {
        return List.of(ArticleKind.values());
    }

    /** Published but not yet public. */
    public boolean scheduled(Article article) {
        return article.isScheduledAt(editing.now());
    }
}
