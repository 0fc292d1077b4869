package org.familyportal.portal.interfaces.web.content.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.directory.wiring.Directory;
import org.familyportal.portal.interfaces.web.CurrentLanguage;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The categories articles may be filed under: the terms of the directory's "family-support"
 * taxonomy (the same codes services carry), named in the reader's language. The content module keeps
 * only the codes; this is where they are checked and named.
 */
@Named
@ApplicationScoped
public class ArticleCategories {

    static final String TAXONOMY = "family-support";

    @Inject
    Directory directory;

    @Inject
    SiteSearch search;

    @Inject
    CurrentLanguage language;

    private volatile List<String> codes;

    /** Every category code, in the taxonomy's order. */
    public List<String> getCodes() {
        List<String> known = codes;
        if (known == null) {
            known = new ArrayList<>();
            try {
                JsonObject page = directory.api().taxonomyTerms(null, 1, 200);
                for (JsonValue value : page.getJsonArray("contents")) {
                    JsonObject term = value.asJsonObject();
                    if (TAXONOMY.equals(term.getString("taxonomy", null)) && !term.isNull("code")) {
                        known.add(term.getString("code"));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The taxonomy could not be read", e);
            }
            codes = known = List.copyOf(known);
        }
        return known;
    }

    public boolean known(String code) {
        return code != null && getCodes().contains(code);
    }

    /** Only the known codes of {@code codes}. */
    public Set<String> knownOf(java.util.Collection<String> codes) {
        return Set.copyOf(codes.stream().filter(this::known).toList());
    }

    public String label(String code) {
        return search.label("category", code, language.getCode());
    }
}
