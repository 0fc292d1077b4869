package org.familyportal.portal.interfaces.web.content.article;

import jakarta.enterprise.context.ApplicationScoped;

import org.familyportal.portal.infrastructure.web.ReadableAddresses;

import java.util.List;

/** The sitemap's static public pages. */
@ApplicationScoped
public class PublicPagesSitemap implements SitemapSource {

    static final List<String> PAGES = List.of("/", "/find-help.xhtml", ReadableAddresses.ARTICLES, "/ask-for-help.xhtml",
            "/request-status.xhtml", "/for-organisations.xhtml", "/privacy.xhtml");

    @Override
    public List<Entry> entries() {
        return PAGES.stream().map(p -> new Entry(p, null)).toList();
    }
}
