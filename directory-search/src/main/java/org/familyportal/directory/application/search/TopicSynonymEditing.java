package org.familyportal.directory.application.search;

import org.familyportal.directory.domain.search.InvalidSynonymException;
import org.familyportal.directory.domain.search.TopicSynonym;
import org.familyportal.directory.domain.search.DirectorySearch;
import org.familyportal.directory.domain.search.TopicSynonymRepository;

import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Administrators keep the words parents use for kinds of help (and the words and phrases they
 * also mean, the pleas left out of a query, the words of danger): add, change and remove entries,
 * each checked (known taxonomy terms only) and written to the change log; the search uses the new
 * list from the next query on, without a restart, and rebuilds the index with it in the background
 * (what phrases also find and the inferred kinds of help are read into each service when indexed).
 */
public final class TopicSynonymEditing {

    private final TopicSynonymRepository table;
    private final DirectorySearch search;

    public TopicSynonymEditing(TopicSynonymRepository table, DirectorySearch search) {
        this.table = table;
        this.search = search;
    }

    public List<TopicSynonym> list() throws SQLException {
        return table.all();
    }

    public List<TopicSynonymRepository.Change> changes(int max) throws SQLException {
        return table.changes(max);
    }

    /** The taxonomy terms entries may point to, as {@code dimension:code}. */
    public java.util.Set<String> knownTopics() throws SQLException {
        return table.knownTopics();
    }

    /** Adds an entry; its id. */
    public int add(String words, String topics, String by) throws SQLException {
        TopicSynonym entry = checked(words, topics);
        int id = table.add(entry.words(), entry.topics(), by);
        search.reloadSynonyms();
        return id;
    }

    /** Changes an entry; false when it is gone (removed by someone else meanwhile). */
    public boolean change(int id, String words, String topics, String by) throws SQLException {
        TopicSynonym entry = checked(words, topics);
        boolean changed = table.change(id, entry.words(), entry.topics(), by);
        search.reloadSynonyms();
        return changed;
    }

    /** Removes an entry; false when it was gone already. */
    public boolean remove(int id, String by) throws SQLException {
        boolean removed = table.remove(id, by);
        search.reloadSynonyms();
        return removed;
    }

    /** The entry as it will be kept: words and terms without blanks around them, each once. */
    private TopicSynonym checked(String words, String topics) throws SQLException {
        List<TopicSynonym.Problem> problems = TopicSynonym.problems(words, topics, table.knownTopics());
        if (!problems.isEmpty()) {
            throw new InvalidSynonymException(problems);
        }
        TopicSynonym typed = new TopicSynonym(0, words, topics, null, null);
        String keptWords = java.util.Arrays.stream(words.split(",")).map(String::strip).filter(w -> !w.isEmpty())
                .distinct().collect(Collectors.joining(", "));
        return new TopicSynonym(0, keptWords, typed.keptTopics(), null, null);
    }
}
