package org.familyportal.portal.application.content;

import java.util.List;

/**
 * Where the site-wide search reads the texts of one kind (articles, support measures): each kind
 * of content offers its published texts, in every language they are written in. A CDI bean per kind.
 */
public interface TextSource {

    /** The kind of text, also the name of its tab: "articles", "measures". */
    String kind();

    /** Every published text of the kind, as the public may read it now. */
    List<SearchableText> published();

    /**
     * A text as the search indexes it ({@code body}) and as a hit shows it (title, summary, the
     * public page's path relative to the site, e.g. {@code /articles/<slug>}).
     */
    record SearchableText(String key, String language, String title, String summary, String body, String path) {
    }
}
