package org.familyportal.directory.domain.search;

import java.sql.SQLException;

/**
 * What the codes of the search facets (taxonomy terms, municipalities) are called, in Russian and
 * English, as read at one moment; the JDBC implementation is {@code infrastructure.jdbc.FacetLabels}.
 */
public interface FacetNames {

    /** The name of {@code code} in {@code dimension}, in {@code language} (ru or en); the code when unknown. */
    String label(String dimension, String code, String language);

    /** Reads the names as they are now (after an import or a rebuild, again). */
    @FunctionalInterface
    interface Reader {
        FacetNames read() throws SQLException;
    }
}
