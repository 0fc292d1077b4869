package org.familyportal.directory.application.search;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.directory.domain.search.TopicSynonym;
import org.familyportal.directory.infrastructure.jdbc.DangerPhraseTable;
import org.familyportal.directory.infrastructure.jdbc.Gazetteer;
import org.familyportal.directory.infrastructure.jdbc.IndexSource;
import org.familyportal.directory.infrastructure.jdbc.TopicSynonymTable;
import org.familyportal.directory.infrastructure.lucene.SearchIndex;

import javax.sql.DataSource;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Search of the directory for the portal: opens (or rebuilds) the Lucene index in a folder, keeps
 * it in step with MariaDB, and answers queries with a place resolved through the gazetteer.
 */
public final class DirectorySearch implements Closeable {

    private static final Logger LOG = Logger.getLogger(DirectorySearch.class.getName());

    private final DataSource dataSource;
    private final IndexSource source;
    private final SearchIndex index;
    private volatile Gazetteer gazetteer;

    private DirectorySearch(DataSource dataSource, SearchIndex index) throws SQLException {
        this.dataSource = dataSource;
        this.source = new IndexSource(dataSource);
        this.index = index;
        this.gazetteer = Gazetteer.load(dataSource);
        reloadSynonyms();
    }

    /**
     * Opens the index in {@code folder}; when it is missing, corrupt or built by another version of
     * the document layout, it is rebuilt from the database.
     */
    public static DirectorySearch open(DataSource dataSource, Path folder) throws IOException, SQLException {
        Files.createDirectories(folder);
        SearchIndex index;
        try {
            index = new SearchIndex(FSDirectory.open(folder));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            LOG.warning(() -> "The search index in " + folder + " is unreadable (" + e.getMessage() + "); rebuilding it");
            wipe(folder);
            index = new SearchIndex(FSDirectory.open(folder));
        }
        DirectorySearch search = new DirectorySearch(dataSource, index);
        if (!index.current()) {
            search.rebuild(done -> { });
        }
        return search;
    }

    /** For tests and benchmarks: an index in memory or any Lucene directory. */
    public static DirectorySearch over(DataSource dataSource, Directory directory) throws IOException, SQLException {
        DirectorySearch search = new DirectorySearch(dataSource, new SearchIndex(directory));
        search.rebuild(done -> { });
        return search;
    }

    /** Rebuilds the index from MariaDB; {@code progress} hears how many services are done. */
    public synchronized int rebuild(IntConsumer progress) throws IOException, SQLException {
        List<IndexedService> services = new ArrayList<>();
        source.all(service -> {
            services.add(service);
            if (services.size() % 500 == 0) {
                progress.accept(services.size());
            }
        });
        index.rebuild(services);
        progress.accept(services.size());
        gazetteer = Gazetteer.load(dataSource);
        reloadSynonyms();
        LOG.info(() -> "Search index rebuilt: " + services.size() + " services");
        return services.size();
    }

    /**
     * Reads the words parents use for kinds of help ({@code topic_synonym}) and the phrases that
     * signal danger ({@code danger_phrase}) again; the next search
     * uses them. {@link #synonyms()} does it after every change it makes.
     */
    public void reloadSynonyms() throws SQLException {
        List<TopicSynonym> synonyms = new TopicSynonymTable(dataSource).all();
        index.useSynonyms(synonyms);
        // Danger: the phrases of danger_phrase and the single crisis words of the synonym list.
        List<String> danger = new ArrayList<>(new DangerPhraseTable(dataSource).phrases());
        synonyms.stream().filter(TopicSynonym::crisis).forEach(s -> danger.addAll(s.wordList()));
        index.useDangerPhrases(danger);
    }

    /** The administrators' editing of the synonym list, effective in this search at once. */
    public TopicSynonymEditing synonyms() {
        return new TopicSynonymEditing(new TopicSynonymTable(dataSource), this);
    }

    /** Brings one service up to date in the index (changed, retired or deleted). */
    public void refresh(String serviceId) throws IOException, SQLException {
        IndexedService service = source.one(serviceId);
        if (service == null) {
            index.remove(serviceId);
        } else {
            index.put(service);
        }
    }

    /** A searchable service as the index sees it (its opening rules, its topics), or empty when retired. */
    public Optional<IndexedService> service(String id) throws SQLException {
        return Optional.ofNullable(source.one(id));
    }

    public SearchResults search(SearchQuery query) throws IOException {
        return index.search(query);
    }

    /** Whether the words signal danger to a person: the page shows the emergency numbers whatever else it finds. */
    public boolean signalsDanger(String text) throws IOException {
        return index.signalsDanger(text == null ? "" : text);
    }

    /** A query near a typed place name, if the gazetteer knows it. */
    public Optional<Place> place(String name) {
        return gazetteer.find(name);
    }

    public List<Place> places() {
        return gazetteer.all();
    }

    public List<Place> placesStartingWith(String prefix, int max) {
        return gazetteer.startingWith(prefix, max);
    }

    /** The settlement nearest to a point (the parent's "near me"). */
    public Optional<Place> nearest(IndexedService.Point point) {
        return gazetteer.nearest(point);
    }

    public int size() throws IOException {
        return index.size();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }

    private static void wipe(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!file.equals(folder)) {
                    Files.delete(file);
                }
            }
        }
    }
}
