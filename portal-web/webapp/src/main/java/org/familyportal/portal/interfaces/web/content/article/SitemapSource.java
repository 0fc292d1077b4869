package org.familyportal.portal.interfaces.web.content.article;

import java.time.Instant;
import java.util.List;

/**
 * What a part of the portal adds to {@code sitemap.xml}: a CDI bean implementing this is found by
 * {@link SitemapServlet} on its own (support measures add theirs the same way as articles).
 */
public interface SitemapSource {

    /** One address of the sitemap, relative to the site ({@code /articles/x}); {@code modified} may be null. */
    record Entry(String path, Instant modified) {
    }

    /** The public addresses of this part, at most a few thousand. */
    List<Entry> entries();
}
