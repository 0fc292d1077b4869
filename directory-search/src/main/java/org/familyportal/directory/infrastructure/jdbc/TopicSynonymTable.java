package org.familyportal.directory.infrastructure.jdbc;

import org.familyportal.directory.domain.search.TopicSynonymRepository;
import org.familyportal.directory.domain.search.TopicSynonym;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code topic_synonym} table and its change log {@code topic_synonym_change}: every write
 * and its log row go in one transaction.
 */
public final class TopicSynonymTable implements TopicSynonymRepository {

    private static final Map<String, String> DIMENSION_OF = Map.of("family-support", "category", "audience", "audience",
            "delivery", "format", "provider-type", "provider");

    private final DataSource dataSource;

    public TopicSynonymTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<TopicSynonym> all() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT id, words, topics, last_modified, modified_by FROM topic_synonym ORDER BY id");
             ResultSet rs = q.executeQuery()) {
            List<TopicSynonym> all = new ArrayList<>();
            while (rs.next()) {
                all.add(new TopicSynonym(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(5)));
            }
            return all;
        }
    }

    @Override
    public Optional<TopicSynonym> one(int id) throws SQLException {
        return all().stream().filter(s -> s.id() == id).findFirst();
    }

    /** The taxonomy terms words may point to, as {@code dimension:code}. */
    @Override
    public Set<String> knownTopics() throws SQLException {
        Set<String> known = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("SELECT taxonomy, code FROM taxonomy_term WHERE code IS NOT NULL");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String dimension = DIMENSION_OF.get(rs.getString(1));
                if (dimension != null) {
                    known.add(dimension + ":" + rs.getString(2));
                }
            }
        }
        return known;
    }

    @Override
    public int add(String words, String topics, String by) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int id;
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO topic_synonym (words, topics,"
                        + " last_modified, modified_by) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    insert.setString(1, words);
                    insert.setString(2, topics);
                    insert.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
                    insert.setString(4, by);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getInt(1);
                    }
                }
                log(c, id, "added", null, null, words, topics, by);
                c.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** False when there is no such entry (removed meanwhile). */
    @Override
    public boolean change(int id, String words, String topics, String by) throws SQLException {
        return write(id, words, topics, by);
    }

    /** False when there is no such entry. */
    @Override
    public boolean remove(int id, String by) throws SQLException {
        return write(id, null, null, by);
    }

    private boolean write(int id, String words, String topics, String by) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                String wordsBefore;
                String topicsBefore;
                try (PreparedStatement q = c.prepareStatement("SELECT words, topics FROM topic_synonym WHERE id = ? FOR UPDATE")) {
                    q.setInt(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        if (!rs.next()) {
                            c.rollback();
                            return false;
                        }
                        wordsBefore = rs.getString(1);
                        topicsBefore = rs.getString(2);
                    }
                }
                if (words == null) {
                    try (PreparedStatement delete = c.prepareStatement("DELETE FROM topic_synonym WHERE id = ?")) {
                        delete.setInt(1, id);
                        delete.executeUpdate();
                    }
                } else {
                    try (PreparedStatement update = c.prepareStatement("UPDATE topic_synonym SET words = ?, topics = ?,"
                            + " last_modified = ?, modified_by = ? WHERE id = ?")) {
                        update.setString(1, words);
                        update.setString(2, topics);
                        update.setObject(3, LocalDateTime.now(ZoneOffset.UTC));
                        update.setString(4, by);
                        update.setInt(5, id);
                        update.executeUpdate();
                    }
                }
                log(c, id, words == null ? "removed" : "changed", wordsBefore, topicsBefore, words, topics, by);
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The latest changes, newest first. */
    @Override
    public List<Change> changes(int max) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT synonym_id, action, words_before, topics_before, words_after, topics_after, changed_at, changed_by"
                        + " FROM topic_synonym_change ORDER BY changed_at DESC, id DESC LIMIT ?")) {
            q.setInt(1, max);
            List<Change> changes = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    changes.add(new Change(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC), rs.getString(8)));
                }
            }
            return changes;
        }
    }

    private static void log(Connection c, int id, String action, String wordsBefore, String topicsBefore,
                            String wordsAfter, String topicsAfter, String by) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO topic_synonym_change (synonym_id, action,"
                + " words_before, topics_before, words_after, topics_after, changed_at, changed_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, id);
            insert.setString(2, action);
            insert.setString(3, wordsBefore);
            insert.setString(4, topicsBefore);
            insert.setString(5, wordsAfter);
            insert.setString(6, topicsAfter);
            insert.setObject(7, LocalDateTime.now(ZoneOffset.UTC));
            insert.setString(8, by);
            insert.executeUpdate();
        }
    }
}
