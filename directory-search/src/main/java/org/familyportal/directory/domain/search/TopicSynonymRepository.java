package org.familyportal.directory.domain.search;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words parents use for kinds of help ({@link TopicSynonym}) and the log of their changes:
 * every write and its log entry are kept together.
 */
public interface TopicSynonymRepository {

    /** One change of the list, as the log keeps it. */
    record Change(int synonymId, String action, String wordsBefore, String topicsBefore, String wordsAfter,
                  String topicsAfter, Instant changedAt, String changedBy) {
    }

    List<TopicSynonym> all() throws SQLException;

    Optional<TopicSynonym> one(int id) throws SQLException;

    /** The taxonomy terms entries may point to, as {@code dimension:code}. */
    Set<String> knownTopics() throws SQLException;

    /** Adds an entry; its id. */
    int add(String words, String topics, String by) throws SQLException;

    /** Changes an entry; false when it is gone. */
    boolean change(int id, String words, String topics, String by) throws SQLException;

    /** Removes an entry; false when it was gone already. */
    boolean remove(int id, String by) throws SQLException;

    /** The newest changes first. */
    List<Change> changes(int max) throws SQLException;
}
