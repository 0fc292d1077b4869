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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
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
    /**
     * Rebuilds after a change of the parents' vocabulary, in the background, one at a time; changes
     * made while one waits to start are taken by it.
     */
    private final ExecutorService own = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "search-vocabulary-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    /** Where those rebuilds run: a thread of this search's own, or the container's (see {@link #open(DataSource, Path, Executor)}). */
    private final Executor background;
    private final AtomicBoolean rebuildWaiting = new AtomicBoolean();
    private volatile boolean closed;
    /** Held while the parents' words are read and applied (see {@link #readSynonyms}). */
    private final Object readingSynonyms = new Object();

    private LuceneDirectorySearch(DataSource dataSource, SearchIndex index, Executor background) throws SQLException {
        this.dataSource = dataSource;
        this.background = background == null ? own : background;
        this.source = new IndexSource(dataSource);
        this.index = index;
        this.gazetteer = Gazetteer.load(dataSource);
        readSynonyms();
    }

    /**
     * Opens the index in {@code folder}; when it is missing, corrupt or built by another version of
     * the document layout, it is rebuilt from the database.
     */
    public static LuceneDirectorySearch open(DataSource dataSource, Path folder) throws IOException, SQLException {
        return open(dataSource, folder, null);
    }

    /**
     * The same, with the rebuilds that follow a change of the parents' words run by {@code background}
     * (the container's managed executor in the portal); they never run two at a time.
     */
    public static LuceneDirectorySearch open(DataSource dataSource, Path folder, Executor background) throws IOException, SQLException {
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
        LuceneDirectorySearch search = new LuceneDirectorySearch(dataSource, index, background);
        if (!index.current()) {
            search.rebuild(done -> { });
        } else {
            // Built with another list of the parents' words: searched correctly meanwhile, rebuilt in the background.
            search.rebuildForVocabulary();
        }
        return search;
    }

    /** How long after its verified date a service ranks lower as possibly out of date (12 months unless set). */
    @Override
    public void staleAfter(java.time.Period period) {
        index.staleAfter(period);
    }

    /** For tests and benchmarks: an index in memory or any Lucene directory. */
    public static LuceneDirectorySearch over(DataSource dataSource, Directory directory) throws IOException, SQLException {
        LuceneDirectorySearch search = new LuceneDirectorySearch(dataSource, new SearchIndex(directory), null);
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
        readSynonyms();
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
        readSynonyms();
        rebuildForVocabulary();
    }

    /**
     * When the live index was built with another list of the parents' words than the one in use
     * (what their phrases also find is read into each service when it is indexed, and so are the
     * kinds of help inferred from its text), rebuilds it in the background: searches keep using
     * the live index, which answers the new list correctly meanwhile (a phrase it was not built
     * for is searched word by word, slower), and switch to the new one when it is complete.
     * Several changes in a row lead to one rebuild, or one more after the running one.
     */
    private void rebuildForVocabulary() {
        if (closed || index.vocabularyCurrent() || !rebuildWaiting.compareAndSet(false, true)) {
            return;
        }
        try {
            background.execute(() -> {
                rebuildWaiting.set(false);
                try {
                    // Checked again under the rebuild's lock: another rebuild may have just brought the index up to date.
                    synchronized (this) {
                        if (!closed && !index.vocabularyCurrent()) {
                            rebuild(done -> { });
                        }
                    }
                } catch (IOException | SQLException | RuntimeException e) {
                    if (!closed) {
                        LOG.log(java.util.logging.Level.SEVERE, "Search index rebuild after a change of the parents' words failed", e);
                    }
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            rebuildWaiting.set(false);
        }
    }

    /** Whether the live index was built with the parents' words in use (no rebuild for them waiting or running). */
    public boolean vocabularyCurrent() {
        return index.vocabularyCurrent();
    }

    /**
     * Reads and applies the lists in one step, one reader at a time: a rebuild finishing (it reads
     * them too) never puts back a list older than one an administrator's change just applied.
     */
    private void readSynonyms() throws SQLException {
        synchronized (readingSynonyms) {
            List<TopicSynonym> synonyms = new TopicSynonymTable(dataSource).all();
            index.useSynonyms(synonyms);
            // Danger: the phrases of danger_phrase and the single crisis words of the synonym list.
            DangerPhraseTable table = new DangerPhraseTable(dataSource);
            Map<String, String> kinds = table.kinds();
            List<String> danger = new ArrayList<>(kinds.keySet());
            synonyms.stream().filter(TopicSynonym::crisis).forEach(s -> danger.addAll(s.wordList()));
            index.useDangerPhrases(danger, kinds, table.ordinary());
        }
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
        closed = true;
        own.shutdown();
        // A rebuild running holds the lock of rebuild(): it finishes (or fails) before the index closes.
        synchronized (this) {
            index.close();
        }
    }
}
