package org.familyportal.directory.application.search;

import org.familyportal.directory.domain.search.Folding;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Completions for the search box: names of kinds of help and audiences (Russian and English) and
 * of services, offered when any of their words starts with what the parent has typed.
 */
public final class Suggestions {

    private final List<String> phrases;

    private Suggestions(List<String> phrases) {
        this.phrases = phrases;
    }

    public static Suggestions load(DataSource dataSource) throws SQLException {
        TreeSet<String> phrases = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        try (Connection c = dataSource.getConnection()) {
            collect(c, "SELECT t.name FROM taxonomy_term t WHERE t.taxonomy IN ('family-support', 'audience')", phrases);
            collect(c, "SELECT tr.name FROM taxonomy_term_translation tr JOIN taxonomy_term t ON t.id = tr.taxonomy_term_id"
                    + " WHERE t.taxonomy IN ('family-support', 'audience')", phrases);
            collect(c, "SELECT DISTINCT name FROM service WHERE status IN ('active', 'temporarily closed')", phrases);
        }
        return new Suggestions(new ArrayList<>(phrases));
    }

    /** Up to {@code max} phrases with a word starting with {@code prefix} (at least two letters). */
    public List<String> complete(String prefix, int max) {
        String wanted = Folding.fold(prefix);
        if (wanted.length() < 2) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String phrase : phrases) {
            String normalized = Folding.fold(phrase);
            if (normalized.startsWith(wanted) || normalized.contains(" " + wanted) || normalized.contains("«" + wanted)) {
                found.add(phrase);
                if (found.size() == max) {
                    break;
                }
            }
        }
        return found;
    }

    private static void collect(Connection c, String sql, TreeSet<String> into) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(1) != null) {
                    into.add(rs.getString(1));
                }
            }
        }
    }

}
