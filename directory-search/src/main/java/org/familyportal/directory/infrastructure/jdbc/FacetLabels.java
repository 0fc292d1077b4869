package org.familyportal.directory.infrastructure.jdbc;

import org.familyportal.directory.domain.search.FacetNames;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * What the codes of the search facets are called, in Russian and English: taxonomy terms
 * (with their translations) and municipalities.
 */
public final class FacetLabels implements FacetNames {

    private static final Map<String, String> TAXONOMY_OF = Map.of("family-support", "category", "audience", "audience",
            "delivery", "format", "provider-type", "provider");

    private final Map<String, String> labels;

    private FacetLabels(Map<String, String> labels) {
        this.labels = labels;
    }

    public static FacetLabels load(DataSource dataSource) throws SQLException {
        Map<String, String> labels = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement q = c.prepareStatement("SELECT t.taxonomy, t.code, t.name, tr.name FROM taxonomy_term t"
                    + " LEFT JOIN taxonomy_term_translation tr ON tr.taxonomy_term_id = t.id AND tr.language = 'en'");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    String dimension = TAXONOMY_OF.get(rs.getString(1));
                    if (dimension != null && rs.getString(2) != null) {
                        labels.put(key(dimension, rs.getString(2), "ru"), rs.getString(3));
                        labels.put(key(dimension, rs.getString(2), "en"), rs.getString(4) == null ? rs.getString(3) : rs.getString(4));
                    }
                }
            }
            try (PreparedStatement q = c.prepareStatement("SELECT code, name_ru, name_en FROM municipality");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    labels.put(key("municipality", rs.getString(1), "ru"), rs.getString(2));
                    labels.put(key("municipality", rs.getString(1), "en"), rs.getString(3));
                }
            }
        }
        return new FacetLabels(labels);
    }

    @Override
    public String label(String dimension, String code, String language) {
        return labels.getOrDefault(key(dimension, code, "en".equals(language) ? "en" : "ru"), code);
    }

    private static String key(String dimension, String code, String language) {
        return dimension + "/" + code + "/" + language;
    }
}
