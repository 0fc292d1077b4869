package org.familyportal.directory.infrastructure.search;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.Directory;
import org.familyportal.directory.domain.search.DirectorySearch;
import org.familyportal.directory.domain.search.InferredTopics;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.Place;
import org.familyportal.directory.domain.search.PlaceMatch;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.directory.domain.search.TopicSynonym;
import org.familyportal.directory.infrastructure.jdbc.DangerPhraseTable;
import org.familyportal.directory.infrastructure.jdbc.Gazetteer;
import org.familyportal.directory.infrastructure.jdbc.IndexSource;
import org.familyportal.directory.infrastructure.jdbc.TopicSynonymTable;
import org.familyportal.directory.infrastructure.lucene.IndexStore;
import org.familyportal.directory.infrastructure.lucene.SearchIndex;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntConsumer;
import java.util.logging.Logger;

/**
 * The directory's search engine: opens (or rebuilds) the Lucene index in a folder, keeps it in step
 * with MariaDB (services, gazetteer, synonyms and danger phrases read by the JDBC gateways), and
 * answers queries with a place resolved through the gazetteer.
 */
public final class LuceneDirectorySearch implements DirectorySearch {

    private static final Logger LOG = Logger.getLogger(LuceneDirectorySearch.class.getName());

    private final DataSource dataSource;
    private final IndexSource source;
    private final SearchIndex index;
    private volatile Gazetteer gazetteer;
    /** Changes (read lock) against the switch to a rebuilt index (write lock). */
    private final ReentrantReadWriteLock changes = new ReentrantReadWriteLock();
    /** Services changed while a rebuild runs (null when none runs): applied to the new index before the switch. */
    private volatile Set<String> changedDuringRebuild;

    private LuceneDirectorySearch(DataSource dataSource, SearchIndex index) throws SQLException {
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
    public static LuceneDirectorySearch open(DataSource dataSource, Path folder) throws IOException, SQLException {
        Files.createDirectories(folder);
        IndexStore store = IndexStore.inFolder(folder);
        SearchIndex index;
        try {
            index = new SearchIndex(store);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            LOG.warning(() -> "The search index in " + folder + " is unreadable (" + e.getMessage() + "); rebuilding it");
            store.reset();
            index = new SearchIndex(store);
        }
        LuceneDirectorySearch search = new LuceneDirectorySearch(dataSource, index);
        if (!index.current()) {
            search.rebuild(done -> { });
        }
        return search;
    }

    /** For tests and benchmarks: an index in memory or any Lucene directory. */
    public static LuceneDirectorySearch over(DataSource dataSource, Directory directory) throws IOException, SQLException {
        LuceneDirectorySearch search = new LuceneDirectorySearch(dataSource, new SearchIndex(directory));
        search.rebuild(done -> { });
        return search;
    }

    /**
     * Rebuilds the index from MariaDB beside the live one, then switches to it; {@code progress}
     * hears how many services are done. Searches use the old index until the switch; a failure
     * (thrown here) leaves it serving. Services changed meanwhile are read again just before the
     * switch, so no change made during a rebuild is lost.
     */
    @Override
    public synchronized int rebuild(IntConsumer progress) throws IOException, SQLException {
        int[] count = {0};
        changes.writeLock().lock();
        try {
            changedDuringRebuild = ConcurrentHashMap.newKeySet();
        } finally {
            changes.writeLock().unlock();
        }
        try (SearchIndex.Replacement fresh = index.replacement()) {
            try {
                source.all(service -> {
                    try {
                        fresh.add(service);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    if (++count[0] % 100 == 0) {
                        progress.accept(count[0]);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            changes.writeLock().lock();
            try {
                for (String id : changedDuringRebuild) {
                    IndexedService service = source.one(id);
                    if (service == null) {
                        fresh.remove(id);
                    } else {
                        fresh.put(service);
                    }
                }
                index.replace(fresh);
            } finally {
                changedDuringRebuild = null;
                changes.writeLock().unlock();
            }
        } finally {
            changedDuringRebuild = null;
        }
        progress.accept(count[0]);
        gazetteer = Gazetteer.load(dataSource);
        reloadSynonyms();
        LOG.info(() -> "Search index rebuilt: " + count[0] + " services");
        return count[0];
    }

    /** Reads the gazetteer again, after a new list of places was loaded (no index rebuild needed). */
    @Override
    public void reloadGazetteer() throws SQLException {
        gazetteer = Gazetteer.load(dataSource);
    }

    /**
     * Reads the words parents use for kinds of help ({@code topic_synonym}) and the phrases that
     * signal danger ({@code danger_phrase}) again; the next search
     * uses them. The editing of the synonym list does it after every change it makes.
     */
    @Override
    public void reloadSynonyms() throws SQLException {
        List<TopicSynonym> synonyms = new TopicSynonymTable(dataSource).all();
        index.useSynonyms(synonyms);
        // Danger: the phrases of danger_phrase and the single crisis words of the synonym list.
        List<String> danger = new ArrayList<>(new DangerPhraseTable(dataSource).phrases());
        synonyms.stream().filter(TopicSynonym::crisis).forEach(s -> danger.addAll(s.wordList()));
        index.useDangerPhrases(danger);
    }

    /** Brings one service up to date in the index (changed, retired or deleted). */
    @Override
    public void refresh(String serviceId) throws IOException, SQLException {
        changes.readLock().lock();
        try {
            Set<String> noted = changedDuringRebuild;
            if (noted != null) {
                noted.add(serviceId);
            }
            IndexedService service = source.one(serviceId);
            if (service == null) {
                index.remove(serviceId);
            } else {
                index.put(service);
            }
        } finally {
            changes.readLock().unlock();
        }
    }

    /** A searchable service as the index sees it (its opening rules, its topics), or empty when retired. */
    @Override
    public Optional<IndexedService> service(String id) throws SQLException {
        return Optional.ofNullable(source.one(id));
    }

    /**
     * The kinds of help and audiences a service's own words name beyond those it is tagged with
     * (what the index holds as inferred for it), or empty when it is not searchable.
     */
    @Override
    public Optional<InferredTopics> inferred(String id) throws SQLException {
        return service(id).map(index::inferred);
    }

    @Override
    public SearchResults search(SearchQuery query) throws IOException {
        return index.search(query);
    }

    /** The same, every listing apart (the same service at several places not folded into one). */
    @Override
    public SearchResults searchEachListing(SearchQuery query) throws IOException {
        return index.searchEachListing(query);
    }

    /** Whether the words signal danger to a person: the page shows the emergency numbers whatever else it finds. */
    @Override
    public boolean signalsDanger(String text) throws IOException {
        return index.signalsDanger(text == null ? "" : text);
    }

    /**
     * Whether the words only plead ("помогите", "где найти") and name no kind of help: the page asks
     * what help is needed; the search then finds helplines, who can tell.
     */
    @Override
    public boolean onlyPleas(String text) {
        return index.onlyPleas(text == null ? "" : text);
    }

    /** A query near a typed place name, if the gazetteer knows it. */
    @Override
    public Optional<Place> place(String name) {
        return gazetteer.find(name);
    }

    /**
     * What a typed place means: a settlement (by its name, another spelling or a near miss), a
     * choice between settlements of one name, or suggestions when it is not known.
     */
    @Override
    public PlaceMatch matchPlace(String typed) {
        return gazetteer.match(typed);
    }

    /** The municipalities of a region, for finding the services that cover all of it. */
    @Override
    public Set<String> municipalitiesOf(String regionCode) {
        return gazetteer.municipalitiesOf(regionCode);
    }

    /** The municipalities of each covered region. */
    @Override
    public List<Set<String>> municipalitiesByRegion() {
        return gazetteer.municipalitiesByRegion();
    }

    @Override
    public List<Place> places() {
        return gazetteer.all();
    }

    @Override
    public List<Place> placesStartingWith(String prefix, int max) {
        return gazetteer.startingWith(prefix, max);
    }

    /**
     * The settlement nearest to a point (the parent's "near me"), if one is near enough
     * ({@link Gazetteer#NEAREST_SETTLEMENT_MAX_KM}); empty outside the covered regions.
     */
    @Override
    public Optional<Place> nearest(IndexedService.Point point) {
        return gazetteer.nearest(point);
    }

    @Override
    public int size() throws IOException {
        return index.size();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
