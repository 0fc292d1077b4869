package org.familyportal.directory.infrastructure.jdbc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code danger_phrase} table (V3_8): phrases and words that signal danger to a person, seeded
 * by the migration and kept as data, so that the vocabulary grows without a release.
 */
public final class DangerPhraseTable {

    private final DataSource dataSource;

    public DangerPhraseTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every phrase as written. */
    public List<String> phrases() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT phrase FROM danger_phrase ORDER BY id");
             ResultSet rs = q.executeQuery()) {
            List<String> phrases = new ArrayList<>();
            while (rs.next()) {
                phrases.add(rs.getString(1));
            }
            return phrases;
        }
    }

    /** Every phrase as written with its kind (violence, sexual-abuse, suicide, missing-child or street). */
    public Map<String, String> kinds() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT phrase, kind FROM danger_phrase ORDER BY id");
             ResultSet rs = q.executeQuery()) {
            Map<String, String> kinds = new LinkedHashMap<>();
            while (rs.next()) {
                kinds.put(rs.getString(1), rs.getString(2));
            }
            return kinds;
        }
    }
}
