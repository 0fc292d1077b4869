package org.familyportal.directory.infrastructure.jdbc;

import org.familyportal.directory.domain.search.SearchPhrases;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** {@link SearchPhrases} from the taxonomy terms (and their translations) and the services open to the public. */
public final class JdbcSearchPhrases implements SearchPhrases {

    private final DataSource dataSource;

    public JdbcSearchPhrases(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<String> phrases() throws SQLException {
        List<String> phrases = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            collect(c, "SELECT t.name FROM taxonomy_term t WHERE t.taxonomy IN ('family-support', 'audience')", phrases);
            collect(c, "SELECT tr.name FROM taxonomy_term_translation tr JOIN taxonomy_term t ON t.id = tr.taxonomy_term_id"
                    + " WHERE t.taxonomy IN ('family-support', 'audience')", phrases);
            collect(c, "SELECT DISTINCT name FROM service WHERE status IN ('active', 'temporarily closed')", phrases);
        }
        return phrases;
    }

    private static void collect(Connection c, String sql, List<String> into) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(1) != null) {
                    into.add(rs.getString(1));
                }
            }
        }
    }
}
