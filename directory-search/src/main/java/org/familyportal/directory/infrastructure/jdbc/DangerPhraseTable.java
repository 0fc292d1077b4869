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

    /** Every phrase that signals danger, as written. */
    public List<String> phrases() throws SQLException {
        return select("SELECT phrase FROM danger_phrase WHERE kind <> '" + ORDINARY + "' ORDER BY id");
    }

    /**
     * The ordinary sayings that hold a danger word (kind {@value #ORDINARY}: "убить время",
     * "режутся зубки"): where their words stand together, they are not read for danger.
     */
    public List<String> ordinary() throws SQLException {
        return select("SELECT phrase FROM danger_phrase WHERE kind = '" + ORDINARY + "' ORDER BY id");
    }

    /** The kind of a row that is no danger but an ordinary saying holding a danger word. */
    public static final String ORDINARY = "ordinary";

    private List<String> select(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement(sql);
             ResultSet rs = q.executeQuery()) {
            List<String> phrases = new ArrayList<>();
            while (rs.next()) {
                phrases.add(rs.getString(1));
            }
            return phrases;
        }
    }

    /** Every phrase that signals danger, as written, with its kind (violence, sexual-abuse, suicide, missing-child or street). */
    public Map<String, String> kinds() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT phrase, kind FROM danger_phrase WHERE kind <> '" + ORDINARY
                     + "' ORDER BY id");
             ResultSet rs = q.executeQuery()) {
            Map<String, String> kinds = new LinkedHashMap<>();
            while (rs.next()) {
                kinds.put(rs.getString(1), rs.getString(2));
            }
            return kinds;
        }
    }
}
