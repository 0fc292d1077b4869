package org.familyportal.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.directory.application.search.SiteSearch;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Whether a public page shows the "quick exit" button (the layout's {@code quickExit} parameter): the
 * request form always does; a search or a service about violence or a crisis (a shelter, a trust line)
 * does too, so that somebody watched at home can leave it in one tap for a neutral site.
 */
@Named
@RequestScoped
public class QuickExitPages {

    /** The kinds of help a page about violence or a crisis is of. */
    static final List<String> CRISIS_CATEGORIES = List.of("crisis-shelter", "hotline");

    @Inject
    SiteSearch search;

    @Inject
    CurrentLanguage language;

    /**
     * True when one of {@code categories} (codes, as a search's {@code category} parameters, or names
     * in the page's language, as a service page lists them) is a crisis kind of help.
     */
    public boolean concerns(Object categories) {
        Collection<?> given = categories instanceof Object[] array ? Arrays.asList(array)
                : categories instanceof Collection<?> collection ? collection : List.of();
        for (String code : CRISIS_CATEGORIES) {
            if (given.contains(code) || given.contains(search.label("category", code, language.getCode()))) {
                return true;
            }
        }
        return false;
    }
}
