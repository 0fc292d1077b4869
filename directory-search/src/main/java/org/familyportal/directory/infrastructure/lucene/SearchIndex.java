package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.queries.function.FunctionMatchQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SloppyMath;
import org.familyportal.directory.domain.search.Cost;
import org.familyportal.directory.domain.search.Duplicates;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.InferredTopics;
import org.familyportal.directory.domain.search.Opening;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.directory.domain.search.TextLanguage;
import org.familyportal.directory.domain.search.TopicSynonym;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The directory's Lucene index: one long-lived {@link IndexWriter}, a {@link SearcherManager}
 * reopened in the background within a second of a change (near real time), Russian analysis on
 * text fields, geo points, facets as sorted-set doc values. MariaDB stays the source of truth; the
 * index can always be rebuilt from it. A rebuild never touches the live index: it fills a fresh
 * one beside it ({@link Replacement}) and switches to it whole, so searches never see an empty or
 * half-built index, and a failed rebuild leaves the old one serving.
 */
public final class SearchIndex implements Closeable {

    /** Raised when the document layout changes: an index with another version is rebuilt. */
    public static final String SCHEMA_VERSION = "9";
    private static final String SCHEMA_KEY = "portal.schema";
    /** Kept beside an index: the phrases its services were read for (AlsoFound) and the vocabulary it was built with. */
    private static final String ALSO_KEY = "portal.also";
    private static final String VOCABULARY_KEY = "portal.vocabulary";

    static final String ID = "id";
    static final String NAME = "name";
    static final String DESCRIPTION = "description";
    static final String ORGANIZATION = "organization";
    static final String TOPICS = "topics";
    static final String LOCATION = "location";
    static final String ASSURED = "assured";
    static final String OPENING = "opening";
    static final String EVERYWHERE = "everywhere";
    static final String AREA = "area";
    /** Kinds of help and audiences read from the service's own words (TopicInference), apart from the assigned ones. */
    static final String INFERRED_CATEGORY = "inferred_category";
    static final String INFERRED_AUDIENCE = "inferred_audience";
    /** The word families of a Russian service's name and description (Derivation): "психологическая" as "психолог". */
    static final String DERIVED = "derived";
    /** The phrases parents' phrases also mean that a service's text holds, one feature each, weighted (AlsoFound). */
    static final String ALSO = "also";
    /**
     * Text analysed beforehand (in the service's language, stored apart), with offsets in the
     * postings: snippets are cut from them without analysing the text again.
     */
    private static final FieldType DESCRIPTION_ANALYZED_TYPE = descriptionAnalyzedType();
    /** Word families are matched word by word, never as phrases: no positions kept. */
    private static final FieldType DERIVED_TYPE = derivedType();
    private static final SnippetScorer SNIPPET_SCORER = new SnippetScorer();
    private static final List<String> DIMENSIONS = List.of("category", "audience", "format", "provider", "municipality",
            "free", "language", "accessible");

    private final IndexStore store;
    private final Analyzer analyzer = new RussianLemmaAnalyzer();
    /** English text: Lucene's English stemming and stop words. */
    private final Analyzer english = new EnglishAnalyzer();
    /** Queries and the vocabulary read both ways (Russian, and English for Latin text). */
    private final Lemmas lemmas = new Lemmas();
    /** The parents' phrases, words to also find and pleas; swapped whole like the synonyms. */
    private volatile WordSynonyms phrases = WordSynonyms.NONE;
    /** What those phrases also find, for the services indexed from now on (a rebuild; see {@link #vocabularyCurrent}). */
    private volatile Vocabulary vocabulary = new Vocabulary(AlsoFound.NONE, "");
    private final FacetsConfig facets = new FacetsConfig();
    /** Swapped whole when administrators change the list; a search reads it once. */
    private volatile TopicSynonyms synonyms = TopicSynonyms.NONE;
    /** The same vocabulary read the other way: a service's words to kinds of help (at index time). */
    private volatile TopicInference inference = TopicInference.NONE;
    /** The generation serving searches; replaced whole by a rebuild (see {@link #replace}). */
    private volatile Live live;
    /** Changes (read lock) never write into a generation that a swap (write lock) is retiring. */
    private final ReentrantReadWriteLock swap = new ReentrantReadWriteLock();
    /** Danger written in plain words (DangerPhrases); swapped whole like the synonyms. */
    private volatile DangerPhrases danger = DangerPhrases.NONE;
    /** Facet ordinals of the current reader; rebuilt only when a reopen brings a new reader. */
    private volatile SortedSetDocValuesReaderState facetState;
    private volatile ReaderCache readerCache = new ReaderCache(null);

    /** An index in memory (tests): the first generation is {@code directory}. */
    /** Verified this long ago, a service may be out of date and ranks lower ({@link Freshness}). */
    private volatile java.time.Period staleAfter = java.time.Period.ofMonths(12);

    /** How long after its verified date a service ranks lower as possibly out of date (12 months unless set). */
    public void staleAfter(java.time.Period period) {
        this.staleAfter = java.util.Objects.requireNonNull(period);
    }

    public SearchIndex(Directory directory) throws IOException {
        this(IndexStore.inMemory(directory));
    }

    public SearchIndex(IndexStore store) throws IOException {
        this.store = store;
        for (String dimension : List.of("category", "audience", "format", "municipality", "language")) {
            facets.setMultiValued(dimension, true);
        }
        IndexStore.Generation generation = store.current();
        try {
            IndexWriter writer = new IndexWriter(generation.directory(),
                    new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            Map<String, String> data = new LinkedHashMap<>();
            Iterable<Map.Entry<String, String>> committed = writer.getLiveCommitData();
            if (committed != null) {
                committed.forEach(e -> data.put(e.getKey(), e.getValue()));
            }
            this.live = new Live(generation, writer, new Vocabulary(AlsoFound.stored(data.get(ALSO_KEY)),
                    data.getOrDefault(VOCABULARY_KEY, "")));
        } catch (IOException | RuntimeException e) {
            generation.directory().close();
            throw e;
        }
    }

    /**
     * The parents' vocabulary as a generation of the index was built with it: the phrases its
     * services were read for, and a digest of the whole list (the inferred kinds of help come from it too).
     */
    private record Vocabulary(AlsoFound also, String digest) {
        Map<String, String> commitData() {
            return Map.of(SCHEMA_KEY, SCHEMA_VERSION, ALSO_KEY, also.stored(), VOCABULARY_KEY, digest);
        }
    }

    /**
     * One generation of the index while it serves: its writer, a {@link SearcherManager}, the
     * thread that reopens it within a second of a change (near real time), and the vocabulary its
     * services were read with (changed services are read with it too, so the generation stays whole).
     */
    private static final class Live {
        final IndexStore.Generation generation;
        final IndexWriter writer;
        final SearcherManager searchers;
        final ControlledRealTimeReopenThread<IndexSearcher> reopener;
        final Vocabulary vocabulary;

        Live(IndexStore.Generation generation, IndexWriter writer, Vocabulary vocabulary) throws IOException {
            this.generation = generation;
            this.writer = writer;
            this.vocabulary = vocabulary;
            this.searchers = new SearcherManager(writer, new SearcherFactory());
            this.reopener = new ControlledRealTimeReopenThread<>(writer, searchers, 1.0, 0.05);
            reopener.setName("search-index-reopen");
            reopener.setDaemon(true);
            reopener.start();
        }

        void close() throws IOException {
            reopener.close();
            try {
                searchers.close();
            } finally {
                try {
                    writer.close();
                } finally {
                    generation.directory().close();
                }
            }
        }
    }

    /**
     * A new index being built beside the live one (a fresh directory, {@link IndexWriterConfig.OpenMode#CREATE}):
     * searches keep using the live index until {@link #replace} switches to it. Closed without
     * being switched to (a failed rebuild), it is thrown away and the live index stays as it was.
     */
    public final class Replacement implements Closeable {
        private final IndexStore.Generation generation;
        private final IndexWriter writer;
        /** Read when the replacement starts: a change of the vocabulary meanwhile leads to another rebuild. */
        private final Vocabulary vocabulary = SearchIndex.this.vocabulary;
        private boolean used;

        private Replacement(IndexStore.Generation generation) throws IOException {
            this.generation = generation;
            try {
                this.writer = new IndexWriter(generation.directory(),
                        new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            } catch (IOException | RuntimeException e) {
                generation.directory().close();
                store.discard(generation);
                throw e;
            }
        }

        /** Adds a service (the replacement is built from scratch: no service is in it twice). */
        public void add(IndexedService service) throws IOException {
            writer.addDocument(facets.build(document(service, vocabulary.also())));
        }

        /** Adds or replaces a service that changed while the replacement was being built. */
        public void put(IndexedService service) throws IOException {
            writer.updateDocument(new Term(ID, service.id()), facets.build(document(service, vocabulary.also())));
        }

        public void remove(String id) throws IOException {
            writer.deleteDocuments(new Term(ID, id));
        }

        @Override
        public void close() throws IOException {
            if (used) {
                return;
            }
            used = true;
            try {
                writer.rollback();
            } finally {
                generation.directory().close();
                store.discard(generation);
            }
        }
    }

    /** Whether the index was built with this code's document layout (else it must be rebuilt). */
    public boolean current() throws IOException {
        Live now = live;
        if (!DirectoryReader.indexExists(now.generation.directory())) {
            return false;
        }
        Map<String, String> data = new LinkedHashMap<>();
        now.writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return SCHEMA_VERSION.equals(data.get(SCHEMA_KEY));
    }

    /** Starts a new index beside the live one; fill it, then {@link #replace} the live one with it. */
    public Replacement replacement() throws IOException {
        return new Replacement(store.fresh());
    }

    /**
     * Commits {@code replacement} and makes it the index that serves searches, in one step: a
     * search sees either the whole old index or the whole new one. The old one is closed and
     * removed. If anything fails before the switch, the old index keeps serving.
     */
    public void replace(Replacement replacement) throws IOException {
        if (replacement.used) {
            throw new IllegalStateException("This replacement was already used");
        }
        // Written once, then read by every search until the next rebuild: merged into one segment,
        // so that a search looks each term up once, walks one points tree and counts the facets
        // without mapping each segment's values (how many segments a rebuild left depended on the
        // size of the documents; ops/README, twelfth sitting). Later changes add segments as usual.
        replacement.writer.forceMerge(1);
        replacement.writer.setLiveCommitData(replacement.vocabulary.commitData().entrySet());
        replacement.writer.commit();
        Live next = new Live(replacement.generation, replacement.writer, replacement.vocabulary);
        Live old;
        swap.writeLock().lock();
        try {
            try {
                store.promote(replacement.generation);
            } catch (IOException | RuntimeException e) {
                replacement.used = true;
                next.reopener.close();
                next.searchers.close();
                replacement.writer.rollback();
                replacement.generation.directory().close();
                store.discard(replacement.generation);
                throw e;
            }
            replacement.used = true;
            old = live;
            live = next;
        } finally {
            swap.writeLock().unlock();
        }
        // Searches still running on the old generation hold their own readers; they finish normally.
        try {
            old.close();
        } finally {
            store.discard(old.generation);
        }
    }

    /** Replaces the whole index with {@code services} (built beside the live index, then switched to). */
    public void rebuild(Iterable<IndexedService> services) throws IOException {
        try (Replacement replacement = replacement()) {
            for (IndexedService service : services) {
                replacement.add(service);
            }
            replace(replacement);
        }
    }

    /** Adds or replaces one service; visible to searches within a second. */
    public void put(IndexedService service) throws IOException {
        swap.readLock().lock();
        try {
            Live now = live;
            awaitVisible(now, now.writer.updateDocument(new Term(ID, service.id()),
                    facets.build(document(service, now.vocabulary.also()))));
        } finally {
            swap.readLock().unlock();
        }
    }

    /**
     * The words parents use for kinds of help, from now on: the next search reads queries with
     * them. The index was read with the vocabulary it was built with (what phrases also find, the
     * inferred kinds of help): a phrase it was not read for is searched word by word, correct but
     * slower, and {@link #vocabularyCurrent} tells that a rebuild would bring it up to date.
     */
    public void useSynonyms(Collection<TopicSynonym> entries) {
        synonyms = TopicSynonyms.of(entries, lemmas::of);
        WordSynonyms read = WordSynonyms.of(entries, lemmas::words, lemmas::of);
        phrases = read;
        // Services indexed by the next rebuild are read with this vocabulary.
        inference = TopicInference.of(entries, lemmas::russianOf, lemmas::of);
        vocabulary = new Vocabulary(AlsoFound.of(read.targets()), digest(entries));
    }

    /** Whether the live index was built with the vocabulary in use (else a rebuild brings it up to date). */
    public boolean vocabularyCurrent() {
        return live.vocabulary.digest().equals(vocabulary.digest());
    }

    private static String digest(Collection<TopicSynonym> entries) {
        return org.familyportal.shared.Hashes.sha256Hex(entries.stream().map(e -> e.words() + "\t" + e.topics())
                .sorted().collect(java.util.stream.Collectors.joining("\n")));
    }

    /**
     * The kinds of help and audiences {@code service}'s own words name, apart from those it is
     * tagged with: what the index holds as inferred for it (for moderators).
     */
    public InferredTopics inferred(IndexedService service) {
        return inference.infer(inferenceText(service), service.categories(), service.audiences());
    }

    private static String inferenceText(IndexedService s) {
        return String.join(". ", s.name(), s.description(), s.organization(), s.eligibility() == null ? "" : s.eligibility());
    }

    /**
     * The phrases and words that signal danger, from now on: a query containing one (in any form,
     * word order or with a typo, see DangerPhrases) puts crisis help first and says so.
     */
    public void useDangerPhrases(Collection<String> phrases) {
        useDangerPhrases(phrases, Map.of(), List.of());
    }

    /**
     * The same, with the kind of danger of each phrase ({@code danger_phrase.kind}: the kind decides
     * which crisis help comes first, helplines for suicide and a missing child, shelters for a family
     * on the street; see CrisisHelp.First) and the ordinary sayings that hold a danger word ("убить
     * время", "режутся зубки": their words, standing together, are not read for danger).
     */
    public void useDangerPhrases(Collection<String> phrases, Map<String, String> kinds, Collection<String> ordinary) {
        danger = DangerPhrases.of(phrases, kinds, ordinary);
    }

    /** Whether {@code text} signals danger to a person (a crisis word or a danger phrase). */
    public boolean signalsDanger(String text) throws IOException {
        String read = Translit.read(text);
        return signalsDanger(lemmas.of(read), synonyms, read);
    }

    private boolean signalsDanger(List<String> terms, TopicSynonyms words, String text) {
        DangerPhrases phrases = danger;
        if (terms.stream().noneMatch(words::crisis) && !phrases.signals(text)) {
            // Most queries: no danger word at all, so no ordinary saying to look for either.
            return false;
        }
        String read = phrases.withoutOrdinary(text);
        if (read.equals(text)) {
            return true;
        }
        return lemmas.of(read).stream().anyMatch(words::crisis) || phrases.signals(read);
    }

    /** Which crisis help the kinds of danger in {@code text} call for first (its ordinary sayings left out). */
    private CrisisHelp.First dangerFirst(String text) {
        DangerPhrases phrases = danger;
        return CrisisHelp.First.of(phrases.kinds(phrases.withoutOrdinary(text)));
    }

    /**
     * Whether {@code text} only pleads ("помогите", "где найти") and names no help: the page then
     * asks what help is needed (and shows helplines, who can tell).
     */
    public boolean onlyPleas(String text) {
        return read(text, synonyms).onlyPleas();
    }

    private WordSynonyms.Reading read(String text, TopicSynonyms words) {
        return phrases.read(text, lemmas.words(text), words::crisis);
    }

    /** Removes a service (retired or deleted); gone from searches within a second. */
    public void remove(String id) throws IOException {
        swap.readLock().lock();
        try {
            Live now = live;
            awaitVisible(now, now.writer.deleteDocuments(new Term(ID, id)));
        } finally {
            swap.readLock().unlock();
        }
    }

    private static void awaitVisible(Live live, long generation) {
        try {
            live.reopener.waitForGeneration(generation, 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void commit() throws IOException {
        swap.readLock().lock();
        try {
            Live now = live;
            now.writer.setLiveCommitData(now.vocabulary.commitData().entrySet());
            now.writer.commit();
            now.searchers.maybeRefreshBlocking();
        } finally {
            swap.readLock().unlock();
        }
    }

    /** A searcher of the live generation; a generation retired meanwhile is skipped for the new one. */
    private Lease lease() throws IOException {
        while (true) {
            Live now = live;
            try {
                return new Lease(now.searchers, now.searchers.acquire(), now.vocabulary.also());
            } catch (AlreadyClosedException retired) {
                if (live == now) {
                    throw retired;
                }
            }
        }
    }

    private record Lease(SearcherManager manager, IndexSearcher searcher, AlsoFound also) implements Closeable {
        @Override
        public void close() throws IOException {
            manager.release(searcher);
        }
    }

    public int size() throws IOException {
        try (Lease lease = lease()) {
            return lease.searcher().getIndexReader().numDocs();
        }
    }

    /** A page of results, the same service offered more than once folded into one (see ResultDetails). */
    public SearchResults search(SearchQuery query) throws IOException {
        return search(query, true);
    }

    /**
     * A page of results with every listing apart, none folded: for machines that list services or
     * services at locations (the HSDS API), where each listing is an answer of its own.
     */
    public SearchResults searchEachListing(SearchQuery query) throws IOException {
        return search(query, false);
    }

    private SearchResults search(SearchQuery query, boolean fold) throws IOException {
        Lease lease = lease();
        IndexSearcher searcher = lease.searcher();
        try {
            TopicSynonyms words = synonyms;
            // Danger is read from the whole query, pleas and all; the rest from what is asked.
            // Russian typed in Latin letters is read in Cyrillic (see Translit); any other text as typed.
            String asked = Translit.read(query.text());
            List<String> all = lemmas.of(asked);
            boolean crisis = signalsDanger(all, words, asked);
            WordSynonyms.Reading reading = read(asked, words);
            List<String> terms = reading.text().equals(asked) ? all : lemmas.of(reading.text());
            // Rewritten once (typos expand to the index's terms here), for the search and the snippets.
            BooleanQuery.Builder marked = new BooleanQuery.Builder();
            Query typed = searcher.rewrite(reading.onlyPleas() ? helplines()
                    : textQuery(terms, reading, words, searcher, lease.also(), marked));
            // Danger: crisis help added; the snippets still mark the parent's own words only (cheaper too).
            List<TopicSynonym.Topic> named = new ArrayList<>(reading.topics());
            terms.forEach(t -> named.addAll(words.of(t)));
            Query text = crisis ? searcher.rewrite(CrisisHelp.first(typed, dangerFirst(asked)))
                    : typed;
            Query filtered = searcher.rewrite(filtered(text, query));
            // The score before the factors below, which only lower it: all matches are collected by
            // this one, and the factors computed for the best of them only (Lowering).
            Query scored = ranked(filtered, query);
            // Shelters, unless asked for, and possibly out of date services rank lower; neither in a
            // crisis, where every line that may answer counts.
            long staleUpTo = LocalDate.ofInstant(query.now(), ZoneOffset.UTC).minus(staleAfter).toEpochDay();
            Lowering.Factors factors = crisis ? null
                    : Lowering.factors(ASSURED, staleUpTo, !CrisisHelp.asksForShelter(named));
            Lowered lowered = new Lowered(scored, factors == null ? scored : Lowering.lowered(scored, factors), factors);
            // A few more than the page: the same service offered more than once is folded within them.
            int wanted = fold ? ResultDetails.window(query) : Math.max(1, query.offset() + query.limit());
            Sort byDistance = query.sortByDistance() && query.near() != null
                    ? new Sort(LatLonDocValuesField.newDistanceSort(LOCATION, query.near().latitude(),
                            query.near().longitude()), SortField.FIELD_SCORE)
                    : null;
            ReaderCache cache = readerCache(searcher);
            Counted counted = cache.get(filtered);
            PageKey key = new PageKey(lowered.ranked(), byDistance != null, query.offset(), query.limit(), fold);
            Page page = cache.page(key);
            if (counted == null) {
                // One pass collects the page and all matches (for the facet counts and the total).
                FacetsCollectorManager.FacetsResult collected = byDistance != null
                        ? FacetsCollectorManager.search(searcher, lowered.ranked(), wanted, byDistance, true, new FacetsCollectorManager())
                        : FacetsCollectorManager.search(searcher, scored, Lowering.depth(wanted), new FacetsCollectorManager());
                List<FacetsCollector.MatchingDocs> matches = List.copyOf(collected.facetsCollector().getMatchingDocs());
                counted = new Counted(matches.stream().mapToLong(m -> m.totalHits).sum(),
                        facetCounts(searcher, collected.facetsCollector()), matches);
                cache.put(filtered, counted);
                TopDocs best = byDistance != null ? collected.topDocs() : lowered.best(searcher, collected.topDocs(), wanted);
                page = page(searcher, best, marks(typed, marked), query,
                        fold ? n -> top(searcher, lowered, byDistance, n) : null);
                cache.page(key, page);
            } else if (page == null) {
                // Counted before on this reader (another page, another place in the same town): only
                // the page is searched, and hits that cannot make it may be skipped.
                page = page(searcher, top(searcher, lowered, byDistance, wanted), marks(typed, marked), query,
                        fold ? n -> top(searcher, lowered, byDistance, n) : null);
                cache.page(key, page);
            }
            // "Open now" depends on the time, not on the reader: decided at every search.
            Map<String, Map<String, Integer>> facetCounts = new LinkedHashMap<>(counted.facets());
            facetCounts.put("openNow", Map.of("true", countOpen(counted.matches(), query)));
            List<SearchResults.Hit> hits = new ArrayList<>(page.hits().size());
            for (int i = 0; i < page.hits().size(); i++) {
                SearchResults.Hit h = page.hits().get(i);
                hits.add(h.at(openAt(searcher, page.docs()[i], query)));
            }
            // Duplicates folded within the window are not counted (exact when the window holds every hit).
            return new SearchResults(counted.total() - page.folded(), hits, facetCounts, crisis);
        } finally {
            lease.close();
        }
    }

    /**
     * What the snippets mark: the words of the query, and the words of the phrases it also means
     * that were searched as one feature each ({@code marked}, see textQuery).
     */
    private static Query marks(Query typed, BooleanQuery.Builder marked) {
        BooleanQuery also = marked.build();
        if (also.clauses().isEmpty()) {
            return typed;
        }
        return new BooleanQuery.Builder().add(typed, BooleanClause.Occur.SHOULD).add(also, BooleanClause.Occur.SHOULD).build();
    }

    /**
     * The best {@code n} hits of {@code lowered.ranked()} ({@code scored} lowered, see Lowering); hits
     * that cannot make it may be skipped.
     */
    private static TopDocs top(IndexSearcher searcher, Lowered lowered, Sort byDistance, int n) throws IOException {
        if (byDistance != null) {
            return searcher.search(lowered.ranked(), new TopFieldCollectorManager(byDistance, n, null, n, false));
        }
        int depth = Lowering.depth(n);
        return lowered.best(searcher, searcher.search(lowered.scored(), new TopScoreDocCollectorManager(depth, null, depth, false)), n);
    }

    /**
     * A question's score before the factors that only lower it ({@code scored}), after them
     * ({@code ranked}), and the factors ({@code null} when nothing lowers, see Lowering).
     */
    private record Lowered(Query scored, Query ranked, Lowering.Factors factors) {
        /**
         * The best {@code n} hits of {@code ranked} from the best of {@code scored} ({@code collected});
         * when those cannot be shown to hold them, collected again by {@code ranked} itself.
         */
        TopDocs best(IndexSearcher searcher, TopDocs collected, int n) throws IOException {
            TopDocs best = Lowering.best(searcher, collected, factors, n);
            return best != null ? best : searcher.search(ranked, new TopScoreDocCollectorManager(n, null, n, false));
        }
    }

    /**
     * The counts of a filtered query on the current reader: what it matches in all, per facet
     * value, and which documents (for "open now", which depends on the time). Kept per reader in a
     * small LRU so that a repeated question (the next page, the same words in the same place) does
     * not collect every match again; a reopened reader (any change to the index) starts anew.
     */
    private ReaderCache readerCache(IndexSearcher searcher) {
        ReaderCache cache = readerCache;
        if (cache.reader != searcher.getIndexReader()) {
            cache = new ReaderCache(searcher.getIndexReader());
            readerCache = cache;
        }
        return cache;
    }

    /**
     * A page of a ranked query: documents and hits (their "open now" decided again at each search),
     * and how many hits of the collected window were folded into others (see ResultDetails).
     */
    private record Page(int[] docs, List<SearchResults.Hit> hits, int folded) {
    }

    private record PageKey(Query ranked, boolean byDistance, int offset, int limit, boolean fold) {
    }

    /** The counts of one filtered query (see {@link #readerCache}). */
    private record Counted(long total, Map<String, Map<String, Integer>> facets, List<FacetsCollector.MatchingDocs> matches) {
    }

    /**
     * What is worth keeping while the reader does not change, least recently used dropped first:
     * counted queries, pages of results, expanded typos and the queries of words. Small: a few
     * megabytes at 100,000 services. Searches that repeat a question (the same words near the same
     * place, the next page) find their counts and page here; the ops benchmark reports them apart
     * from first-time questions.
     */
    private static final class ReaderCache {
        private static final int CAPACITY = 256;
        private final IndexReader reader;
        private final Map<Query, Counted> counted = lru(CAPACITY);
        private final Map<Term, Query> typos = lru(CAPACITY);
        private final Map<WordKey, Query> words = lru(CAPACITY);
        private final Map<PageKey, Page> pages = lru(CAPACITY);

        ReaderCache(IndexReader reader) {
            this.reader = reader;
        }

        synchronized Counted get(Query query) {
            return counted.get(query);
        }

        synchronized void put(Query query, Counted value) {
            counted.put(query, value);
        }

        synchronized Page page(PageKey key) {
            return pages.get(key);
        }

        synchronized void page(PageKey key, Page page) {
            pages.put(key, page);
        }

        synchronized Query typo(Term typo) {
            return typos.get(typo);
        }

        synchronized void typo(Term typo, Query expanded) {
            typos.put(typo, expanded);
        }

        synchronized Query word(WordKey key) {
            return words.get(key);
        }

        synchronized void word(WordKey key, Query word) {
            words.put(key, word);
        }

        private static <K, V> Map<K, V> lru(int capacity) {
            return new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > capacity;
                }
            };
        }
    }

    // --- documents ---

    /**
     * A confidential service's point is its town's public centre (see IndexSource), so it can be
     * found by radius; its distance is never stored or shown.
     */
    private Document document(IndexedService s, AlsoFound also) {
        Document doc = new Document();
        doc.add(new StringField(ID, s.id(), Field.Store.YES));
        if (TextLanguage.ENGLISH.equals(TextLanguage.of(s.name() + " " + s.description(), s.languages()))) {
            // English text: English stems and stop words ("libraries" and "library" meet).
            try {
                AnalyzedText name = new AnalyzedText(english, NAME, s.name());
                AnalyzedText description = new AnalyzedText(english, DESCRIPTION, s.description());
                doc.add(new TextField(NAME, name));
                doc.add(new StoredField(NAME, s.name()));
                doc.add(new Field(DESCRIPTION, description, DESCRIPTION_ANALYZED_TYPE));
                alsoFound(doc, also.in(name.terms(), description.terms(), null));
                doc.add(new StoredField(DESCRIPTION, s.description()));
                doc.add(new TextField(ORGANIZATION, new AnalyzedText(english, ORGANIZATION, s.organization())));
                doc.add(new StoredField(ORGANIZATION, s.organization()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            // Name and description are analysed once; their word families are read from those lemmas.
            try {
                AnalyzedText name = new AnalyzedText(analyzer, NAME, s.name());
                AnalyzedText description = new AnalyzedText(analyzer, DESCRIPTION, s.description());
                doc.add(new TextField(NAME, name));
                doc.add(new StoredField(NAME, s.name()));
                doc.add(new Field(DESCRIPTION, description, DESCRIPTION_ANALYZED_TYPE));
                doc.add(new StoredField(DESCRIPTION, s.description()));
                AnalyzedText families = AnalyzedText.families(name, description);
                doc.add(new Field(DERIVED, families, DERIVED_TYPE));
                alsoFound(doc, also.in(name.terms(), description.terms(), families.terms()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            doc.add(new TextField(ORGANIZATION, s.organization(), Field.Store.YES));
        }
        doc.add(new TextField(TOPICS, s.topics(), Field.Store.NO));
        s.categories().forEach(c -> facet(doc, "category", c));
        s.audiences().forEach(a -> facet(doc, "audience", a));
        // Inferred terms count in the facets and match the filters, but are kept in fields of their own.
        InferredTopics inferred = inferred(s);
        inferred.categories().forEach(c -> inferredFacet(doc, INFERRED_CATEGORY, "category", c));
        inferred.audiences().forEach(a -> inferredFacet(doc, INFERRED_AUDIENCE, "audience", a));
        s.formats().forEach(f -> facet(doc, "format", f));
        if (s.providerType() != null) {
            facet(doc, "provider", s.providerType());
        }
        s.municipalities().forEach(m -> facet(doc, "municipality", m));
        s.areaMunicipalities().forEach(m -> doc.add(new StringField(AREA, m, Field.Store.NO)));
        facet(doc, "free", (s.cost() == null ? Cost.UNKNOWN : s.cost()).code());
        s.languages().forEach(l -> facet(doc, "language", l));
        facet(doc, "accessible", Boolean.toString(s.accessible()));
        if (s.point() != null) {
            doc.add(new LatLonPoint(LOCATION, s.point().latitude(), s.point().longitude()));
            doc.add(new LatLonDocValuesField(LOCATION, s.point().latitude(), s.point().longitude()));
            if (!s.confidential()) {
                doc.add(new StoredField("lat", s.point().latitude()));
                doc.add(new StoredField("lon", s.point().longitude()));
            }
        }
        if (s.everywhere()) {
            doc.add(new StringField(EVERYWHERE, "true", Field.Store.YES));
        }
        if (s.confidential()) {
            doc.add(new StoredField("confidential", "true"));
        }
        doc.add(new LongField(ASSURED, s.assured() == null ? 0 : s.assured().toEpochDay(), Field.Store.NO));
        // Sorted: services with the same schedule share an ordinal, so "open now" is decided once per schedule.
        doc.add(new SortedDocValuesField(OPENING, new BytesRef(OpeningCodec.encode(s.openingRules()))));
        ResultDetails.add(doc, s);
        return doc;
    }

    private static void alsoFound(Document doc, Map<String, Float> phrases) {
        phrases.forEach((phrase, weight) -> doc.add(new FeatureField(ALSO, phrase, weight)));
    }

    private static FieldType derivedType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static FieldType descriptionAnalyzedType() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static void inferredFacet(Document doc, String field, String dimension, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(dimension, value));
    }

    private static void facet(Document doc, String dimension, String value) {
        doc.add(new StringField(dimension, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(dimension, value));
    }

    // --- queries ---

    /**
     * Each word may match a lemma in the name (weighted most), the organisation, the description or
     * the service's topics, a word of its family (Derivation, less), or, when the index does not
     * know it, be a typo of one (also of its family: "психолгу", "пасобие"); a word parents use for
     * a kind of help also finds the services tagged with it (TopicSynonyms), and the words and
     * phrases the parents' phrases mean are looked for too, at a lower weight and as written, in
     * names and descriptions (WordSynonyms; their families and typos would make every query several
     * times larger, ops/README).
     */
    private Query textQuery(List<String> terms, WordSynonyms.Reading reading, TopicSynonyms synonyms,
                            IndexSearcher searcher, AlsoFound found, BooleanQuery.Builder marked) throws IOException {
        if (terms.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            all.add(word(term, synonyms, searcher), BooleanClause.Occur.SHOULD);
        }
        for (List<List<String>> phrase : reading.also()) {
            // Every word of the phrase, each in any of its forms; the kinds of help its words name
            // beside it, not inside: a tag inside would stand for each word, and the conjunction would
            // walk every tagged service.
            Set<TopicSynonym.Topic> named = new LinkedHashSet<>();
            phrase.forEach(forms -> forms.forEach(form -> named.addAll(synonyms.of(form))));
            if (found.covers(phrase)) {
                // Read when the services were indexed: one feature, weighted there by where the words stand.
                all.add(alsoFound(phrase, searcher.getIndexReader(), marked), BooleanClause.Occur.SHOULD);
            } else {
                // A phrase added since the index was built (a rebuild follows): word by word.
                BooleanQuery.Builder every = new BooleanQuery.Builder();
                for (List<String> forms : phrase) {
                    BooleanQuery.Builder any = new BooleanQuery.Builder();
                    for (String form : forms) {
                        any.add(plain(form, searcher.getIndexReader()), BooleanClause.Occur.SHOULD);
                    }
                    every.add(any.build(), BooleanClause.Occur.MUST);
                }
                all.add(new BoostQuery(every.build(), ALSO_FOUND), BooleanClause.Occur.SHOULD);
            }
            if (!named.isEmpty()) {
                BooleanQuery.Builder tagged = new BooleanQuery.Builder();
                topics(tagged, List.copyOf(named));
                all.add(new BoostQuery(tagged.build(), ALSO_FOUND), BooleanClause.Occur.SHOULD);
            }
        }
        BooleanQuery.Builder meant = new BooleanQuery.Builder();
        topics(meant, reading.topics());
        all.add(meant.build(), BooleanClause.Occur.SHOULD);
        return all.build();
    }

    /** What the words of a phrase parents use also find weigh this much of what their own words find. */
    private static final float ALSO_FOUND = 0.6f;
    /**
     * What one word found once in a text of average length scores per unit of its rarity (BM25:
     * 1 / (1 + k1) with k1 = 1.2), so that a phrase's feature scores about what its words did.
     */
    private static final float ONCE = 1f / 2.2f;

    /**
     * A phrase read into the index (AlsoFound): its feature, scored as its words would be: the
     * feature's weight (where the words stand in the service's text) times the rarity of its words
     * in this index (BM25's idf, summed over the words, each word by its most frequent form) and
     * {@link #ALSO_FOUND}. The words' forms are added to {@code marked} for the snippets.
     */
    private static Query alsoFound(List<List<String>> phrase, IndexReader reader, BooleanQuery.Builder marked)
            throws IOException {
        double rarity = 0;
        // maxDoc, as docFreq counts deleted services too until they are merged away: never below a word's count.
        long services = Math.max(1, reader.maxDoc());
        for (List<String> forms : phrase) {
            int df = 0;
            for (String form : forms) {
                df = Math.max(df, Math.max(reader.docFreq(new Term(NAME, form)), reader.docFreq(new Term(DESCRIPTION, form))));
                marked.add(new TermQuery(new Term(DESCRIPTION, form)), BooleanClause.Occur.SHOULD);
            }
            rarity += Math.log(1 + (services - df + 0.5) / (df + 0.5));
        }
        return FeatureField.newLinearQuery(ALSO, AlsoFound.key(phrase), (float) (ALSO_FOUND * ONCE * rarity));
    }

    /**
     * What finds one word of a question (see {@link #textQuery}): built once per reader and
     * vocabulary, as it depends on nothing else, and parents ask for the same few hundred words.
     */
    private Query word(String term, TopicSynonyms synonyms, IndexSearcher searcher) throws IOException {
        ReaderCache cache = readerCache(searcher);
        WordKey key = new WordKey(term, synonyms);
        Query word = cache.word(key);
        if (word == null) {
            // Rewritten here, once: the question's rewrite then finds it as it is.
            word = searcher.rewrite(newWord(term, synonyms, searcher));
            cache.word(key, word);
        }
        return word;
    }

    /** A word of a question under a vocabulary (compared by identity: a new vocabulary is a new one). */
    private record WordKey(String term, TopicSynonyms synonyms) {
    }

    private Query newWord(String term, TopicSynonyms synonyms, IndexSearcher searcher) throws IOException {
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        exact.add(new BoostQuery(new TermQuery(new Term(NAME, term)), 3f), BooleanClause.Occur.SHOULD);
        exact.add(new BoostQuery(new TermQuery(new Term(ORGANIZATION, term)), 1.5f), BooleanClause.Occur.SHOULD);
        exact.add(new TermQuery(new Term(DESCRIPTION, term)), BooleanClause.Occur.SHOULD);
        exact.add(new BoostQuery(new TermQuery(new Term(TOPICS, term)), 1.5f), BooleanClause.Occur.SHOULD);
        String family = Derivation.stem(term);
        BooleanQuery.Builder word = new BooleanQuery.Builder();
        IndexReader reader = searcher.getIndexReader();
        int own = Math.max(reader.docFreq(new Term(NAME, term)), reader.docFreq(new Term(DESCRIPTION, term)));
        word.add(orItsFamily(exact.build(), term, own, reader), BooleanClause.Occur.SHOULD);
        topics(word, synonyms.of(term));
        boolean known = own > 0;
        if (!known && term.length() >= 4) {
            if (!lemmas.inDictionary(term)) {
                // A typo (see typo()); a word of the dictionary is none ("миро", a reading of "мир", is no "миров").
                word.add(new BoostQuery(typo(searcher, new Term(NAME, term), 2), 1.2f), BooleanClause.Occur.SHOULD);
                word.add(new BoostQuery(typo(searcher, new Term(DESCRIPTION, term), 2), 0.4f), BooleanClause.Occur.SHOULD);
            }
            String unknown = Derivation.stemOfUnknown(term);
            if (unknown.length() >= 4 && reader.docFreq(new Term(DERIVED, family)) == 0) {
                // A misspelt inflected form ("психолгу", "юрису"): one edit from its family once its ending is off;
                // the second letter may be the typo ("пасобие").
                word.add(new BoostQuery(typo(searcher, new Term(DERIVED, unknown), 1), 0.8f), BooleanClause.Occur.SHOULD);
            }
        }
        return word.build();
    }

    /**
     * {@code exact} (what finds {@code term} itself), or a word of its family ("психологическая" for
     * "психолог"), which counts less than the word and not on top of it: the better of the two
     * (common words gain nothing from their family). When every service of the family has the word
     * itself ({@code own}: the services with it in a name or description, at least), the family's
     * clause would find nothing more and cost as much as the word's own: left out.
     */
    private static Query orItsFamily(Query exact, String term, int own, IndexReader reader) throws IOException {
        Term family = new Term(DERIVED, Derivation.stem(term));
        if (reader.docFreq(family) <= own) {
            return exact;
        }
        return new DisjunctionMaxQuery(List.of(exact, new BoostQuery(new TermQuery(family), 0.8f)), 0f);
    }

    /**
     * A word a parent's phrase also means: in a name or a description, or a word of its family
     * ("аутистического" for "аутистический"), but not read as a typo nor in the other fields (the
     * kinds of help it names are added beside its phrase, see textQuery).
     */
    private static Query plain(String term, IndexReader reader) throws IOException {
        BooleanQuery.Builder exact = new BooleanQuery.Builder();
        exact.add(new BoostQuery(new TermQuery(new Term(NAME, term)), 3f), BooleanClause.Occur.SHOULD);
        exact.add(new TermQuery(new Term(DESCRIPTION, term)), BooleanClause.Occur.SHOULD);
        int own = Math.max(reader.docFreq(new Term(NAME, term)), reader.docFreq(new Term(DESCRIPTION, term)));
        return orItsFamily(exact.build(), term, own, reader);
    }

    /** The services tagged with {@code topics}, constant, whatever the term's rarity; inferred ones at half. */
    private static void topics(BooleanQuery.Builder builder, List<TopicSynonym.Topic> topics) {
        for (TopicSynonym.Topic topic : topics) {
            // What kind of help weighs more than whom it is for.
            float weight = "category".equals(topic.dimension()) ? 6f : 2f;
            builder.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(topic.dimension(), topic.code()))),
                    weight), BooleanClause.Occur.SHOULD);
            String inferred = inferredField(topic.dimension());
            if (inferred != null) {
                // Read from the service's own words: half the weight of an assigned term.
                builder.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(inferred, topic.code()))),
                        weight / 2), BooleanClause.Occur.SHOULD);
            }
        }
    }

    /** Helplines (assigned or inferred): for a query that only pleads, people who can tell where to turn. */
    private static Query helplines() {
        // Assigned first; inferred ones (read from words like "телефон") after them.
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("category", "hotline"))), 2f),
                        BooleanClause.Occur.SHOULD)
                .add(new ConstantScoreQuery(new TermQuery(new Term(INFERRED_CATEGORY, "hotline"))), BooleanClause.Occur.SHOULD)
                .build();
    }

    /**
     * The index's words one edit away from {@code typo} (a letter missing, extra, wrong or two
     * swapped; the first {@code asTyped} letters as typed), as a query rewritten against this reader. Building
     * the edit automaton costs more than the search, so a typo is expanded once per reader.
     */
    private Query typo(IndexSearcher searcher, Term typo, int asTyped) throws IOException {
        ReaderCache cache = readerCache(searcher);
        Query expanded = cache.typo(typo);
        if (expanded == null) {
            // Two edits cost ten times more (ops benchmark) for rare gains.
            expanded = searcher.rewrite(new FuzzyQuery(typo, 1, asTyped, 20, true));
            cache.typo(typo, expanded);
        }
        return expanded;
    }

    private Query filtered(Query text, SearchQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        anyOf(builder, "category", INFERRED_CATEGORY, query.categories());
        anyOf(builder, "audience", INFERRED_AUDIENCE, query.audiences());
        anyOf(builder, "format", query.formats());
        anyOf(builder, "provider", query.providerTypes());
        anyOf(builder, "municipality", query.municipalities());
        if (query.openNow()) {
            builder.add(new FunctionMatchQuery(new OpenNowValues(query.now()), open -> open > 0), BooleanClause.Occur.FILTER);
        }
        if (query.free() != null) {
            builder.add(new TermQuery(new Term("free", query.free().toString())), BooleanClause.Occur.FILTER);
        }
        anyOf(builder, "language", query.languages());
        if (query.accessible()) {
            builder.add(new TermQuery(new Term("accessible", "true")), BooleanClause.Occur.FILTER);
        }
        if (query.near() != null && query.radiusKm() != null) {
            BooleanQuery.Builder reach = new BooleanQuery.Builder()
                    .add(LatLonPoint.newDistanceQuery(LOCATION, query.near().latitude(), query.near().longitude(),
                            query.radiusKm() * 1000), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(EVERYWHERE, "true")), BooleanClause.Occur.SHOULD);
            if (query.nearMunicipality() != null) {
                reach.add(new TermQuery(new Term(AREA, query.nearMunicipality())), BooleanClause.Occur.SHOULD);
                reach.add(new TermQuery(new Term("municipality", query.nearMunicipality())), BooleanClause.Occur.SHOULD);
            }
            builder.add(reach.build(), BooleanClause.Occur.FILTER);
        }
        if (query.wideReach() != null) {
            BooleanQuery.Builder reach = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(EVERYWHERE, "true")), BooleanClause.Occur.SHOULD);
            for (Set<String> region : query.wideReach()) {
                if (!region.isEmpty() && region.size() < IndexSearcher.getMaxClauseCount() / 4) {
                    // Region-wide: a service area that covers every municipality of the region.
                    BooleanQuery.Builder whole = new BooleanQuery.Builder();
                    region.forEach(m -> whole.add(new TermQuery(new Term(AREA, m)), BooleanClause.Occur.FILTER));
                    reach.add(whole.build(), BooleanClause.Occur.SHOULD);
                }
            }
            builder.add(reach.build(), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    /** Nearer and more recently verified services rank higher among equally relevant ones. */
    private Query ranked(Query filtered, SearchQuery query) {
        long today = LocalDate.ofInstant(query.now(), ZoneOffset.UTC).toEpochDay();
        List<Closeness.Weighted> closeness = new ArrayList<>(2);
        if (query.near() != null) {
            closeness.add(Closeness.point(LOCATION, 2f, query.near().latitude(), query.near().longitude(), 10_000));
        }
        closeness.add(Closeness.number(ASSURED, 0.5f, today, 180));
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .add(Closeness.added(filtered, closeness), BooleanClause.Occur.MUST);
        if (query.near() != null && query.nearMunicipality() != null) {
            builder.add(new BoostQuery(new TermQuery(new Term(AREA, query.nearMunicipality())), 1.5f),
                    BooleanClause.Occur.SHOULD);
        }
        if (query.wideReach() != null && query.wideReach().size() == 1 && !query.wideReach().get(0).isEmpty()
                && query.wideReach().get(0).size() < IndexSearcher.getMaxClauseCount() / 4) {
            // The region's own lines (based or serving there) before those of other regions.
            BooleanQuery.Builder region = new BooleanQuery.Builder();
            query.wideReach().get(0).forEach(m -> region.add(new TermQuery(new Term("municipality", m)), BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(AREA, m)), BooleanClause.Occur.SHOULD));
            builder.add(new BoostQuery(new ConstantScoreQuery(region.build()), 1.5f), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    private static void anyOf(BooleanQuery.Builder builder, String field, Set<String> values) {
        anyOf(builder, field, null, values);
    }

    /** Any of {@code values}, assigned ({@code field}) or inferred ({@code inferredField}, when not null). */
    private static void anyOf(BooleanQuery.Builder builder, String field, String inferredField, Set<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
        if (inferredField != null) {
            values.forEach(v -> any.add(new TermQuery(new Term(inferredField, v)), BooleanClause.Occur.SHOULD));
        }
        builder.add(any.build(), BooleanClause.Occur.FILTER);
    }

    private static String inferredField(String dimension) {
        return switch (dimension) {
            case "category" -> INFERRED_CATEGORY;
            case "audience" -> INFERRED_AUDIENCE;
            default -> null;
        };
    }

    // --- results ---

    private Map<String, Map<String, Integer>> facetCounts(IndexSearcher searcher, FacetsCollector collector) throws IOException {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState;
        if (state == null || state.getReader() != searcher.getIndexReader()) {
            try {
                state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facets);
            } catch (IllegalArgumentException noFacetsYet) {
                return counts;
            }
            facetState = state;
        }
        Facets facetCounts = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dimension : DIMENSIONS) {
            Map<String, Integer> values = new LinkedHashMap<>();
            FacetResult result;
            try {
                result = facetCounts.getTopChildren(100, dimension);
            } catch (IllegalArgumentException dimensionNotIndexed) {
                result = null;
            }
            if (result != null) {
                for (LabelAndValue lv : result.labelValues) {
                    values.put(lv.label, lv.value.intValue());
                }
            }
            counts.put(dimension, values);
        }
        return counts;
    }

    private static int countOpen(List<FacetsCollector.MatchingDocs> matches, SearchQuery query) throws IOException {
        int open = 0;
        for (FacetsCollector.MatchingDocs matching : matches) {
            OpenBySchedule schedules = new OpenBySchedule(matching.context, query.now());
            DocIdSetIterator docs = matching.bits.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (schedules.open(doc)) {
                    open++;
                }
            }
        }
        return open;
    }

    /** The hits of the page, with snippets; "open now" is left unknown here and decided by the caller. */
    private Page page(IndexSearcher searcher, TopDocs collected, Query matched, SearchQuery query,
                      ResultDetails.Deeper deeper) throws IOException {
        // Without a way to collect deeper (searchEachListing), every hit is kept as it is.
        ResultDetails.Folded folded = deeper == null ? ResultDetails.unfolded(collected)
                : ResultDetails.fold(searcher, collected, query, deeper);
        TopDocs top = folded.top();
        List<Duplicates.Kept> kept = folded.kept();
        int from = Math.min(query.offset(), kept.size());
        int to = Math.min(query.offset() + query.limit(), kept.size());
        List<Duplicates.Kept> shown = kept.subList(from, to);
        ScoreDoc[] slice = shown.stream().map(k -> top.scoreDocs[k.index()]).toArray(ScoreDoc[]::new);
        int[] ids = java.util.Arrays.stream(slice).mapToInt(d -> d.doc).toArray();
        String[] snippets = ids.length == 0 ? new String[0]
                // The words alone: the whole query would run its place filter again for every snippet.
                // Term offsets straight from the postings (no weight matches: no phrases here).
                : UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(10_000).withWeightMatches(false)
                    // Escapes the service's own text; only the <mark> around matched words is markup.
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                    .withScorer(SNIPPET_SCORER).build()
                    .highlight(DESCRIPTION, matched, new TopDocs(top.totalHits, slice), 1);
        List<SearchResults.Hit> hits = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < slice.length; i++) {
            Document doc = stored.document(slice[i].doc);
            boolean confidential = doc.get("confidential") != null;
            Double distance = null;
            IndexedService.Point point = null;
            if (doc.getField("lat") != null && !confidential) {
                point = new IndexedService.Point(doc.getField("lat").numericValue().doubleValue(),
                        doc.getField("lon").numericValue().doubleValue());
                if (query.near() != null) {
                    distance = SloppyMath.haversinMeters(query.near().latitude(), query.near().longitude(),
                            point.latitude(), point.longitude()) / 1000;
                }
            }
            hits.add(new SearchResults.Hit(doc.get(ID), doc.get(NAME), doc.get(ORGANIZATION),
                    snippets[i] != null ? snippets[i] : escape(abbreviate(doc.get(DESCRIPTION))), distance,
                    Opening.NOT_GIVEN, doc.get(EVERYWHERE) != null, confidential,
                    List.of(doc.getValues("category")), Float.isNaN(slice[i].score) ? 0 : slice[i].score, point,
                    Cost.ofCode(doc.get("free")), ResultDetails.phones(doc), ResultDetails.areas(doc),
                    shown.get(i).others()));
        }
        return new Page(ids, List.copyOf(hits), top.scoreDocs.length - kept.size());
    }

    private static Opening openAt(IndexSearcher searcher, int doc, SearchQuery query) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        return new OpenBySchedule(leaf, query.now()).at(doc - leaf.docBase);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 200 ? text : text.substring(0, 197) + "…";
    }

    @Override
    public void close() throws IOException {
        swap.writeLock().lock();
        try {
            Live now = live;
            now.reopener.close();
            try {
                now.writer.setLiveCommitData(now.vocabulary.commitData().entrySet());
                now.writer.commit();
            } finally {
                now.close();
                analyzer.close();
                english.close();
                lemmas.close();
            }
        } finally {
            swap.writeLock().unlock();
        }
    }
}
