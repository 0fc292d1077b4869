package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.Document;
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
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.familyportal.directory.domain.search.IndexedService;
import org.familyportal.directory.domain.search.OpeningRule;
import org.familyportal.directory.domain.search.SearchQuery;
import org.familyportal.directory.domain.search.SearchResults;
import org.familyportal.directory.domain.search.TopicSynonym;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The directory's Lucene index: one long-lived {@link IndexWriter}, a {@link SearcherManager}
 * reopened in the background within a second of a change (near real time), Russian analysis on
 * text fields, geo points, facets as sorted-set doc values. MariaDB stays the source of truth; the
 * index can always be rebuilt from it.
 */
public final class SearchIndex implements Closeable {

    /** Raised when the document layout changes: an index with another version is rebuilt. */
    public static final String SCHEMA_VERSION = "4";
    private static final String SCHEMA_KEY = "portal.schema";

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
    /** Text with offsets in the postings: snippets are cut from them, without analysing the text again. */
    private static final FieldType DESCRIPTION_TYPE = descriptionType();
    private static final SnippetScorer SNIPPET_SCORER = new SnippetScorer();
    private static final List<String> DIMENSIONS = List.of("category", "audience", "format", "provider", "municipality",
            "free", "language", "accessible");

    private final Directory directory;
    private final Analyzer analyzer = new RussianLemmaAnalyzer();
    private final FacetsConfig facets = new FacetsConfig();
    /** Swapped whole when administrators change the list; a search reads it once. */
    private volatile TopicSynonyms synonyms = TopicSynonyms.NONE;
    /** Danger written in plain words (DangerPhrases); swapped whole like the synonyms. */
    private volatile DangerPhrases danger = DangerPhrases.NONE;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
    /** Facet ordinals of the current reader; rebuilt only when a reopen brings a new reader. */
    private volatile SortedSetDocValuesReaderState facetState;
    private volatile ReaderCache readerCache = new ReaderCache(null);

    public SearchIndex(Directory directory) throws IOException {
        this.directory = directory;
        for (String dimension : List.of("category", "audience", "format", "municipality", "language")) {
            facets.setMultiValued(dimension, true);
        }
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory());
        this.reopener = new ControlledRealTimeReopenThread<>(writer, searchers, 1.0, 0.05);
        reopener.setName("search-index-reopen");
        reopener.setDaemon(true);
        reopener.start();
    }

    /** Whether the index was built with this code's document layout (else it must be rebuilt). */
    public boolean current() throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return false;
        }
        Map<String, String> data = new LinkedHashMap<>();
        writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
        return SCHEMA_VERSION.equals(data.get(SCHEMA_KEY));
    }

    /** Replaces the whole index with {@code services}. */
    public void rebuild(Iterable<IndexedService> services) throws IOException {
        writer.deleteAll();
        for (IndexedService service : services) {
            writer.addDocument(facets.build(document(service)));
        }
        commit();
    }

    /** Adds or replaces one service; visible to searches within a second. */
    public void put(IndexedService service) throws IOException {
        awaitVisible(writer.updateDocument(new Term(ID, service.id()), facets.build(document(service))));
    }

    /**
     * The words parents use for kinds of help, from now on: the next search uses them (they are
     * applied to the query, so the index itself does not change).
     */
    public void useSynonyms(Collection<TopicSynonym> entries) {
        synonyms = TopicSynonyms.of(entries, word -> {
            try {
                return analyze(word);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The phrases and words that signal danger, from now on: a query containing one (in any form,
     * word order or with a typo, see DangerPhrases) puts crisis help first and says so.
     */
    public void useDangerPhrases(Collection<String> phrases) {
        danger = DangerPhrases.of(phrases);
    }

    /** Whether {@code text} signals danger to a person (a crisis word or a danger phrase). */
    public boolean signalsDanger(String text) throws IOException {
        return signalsDanger(analyze(text), synonyms, text);
    }

    private boolean signalsDanger(List<String> terms, TopicSynonyms words, String text) {
        return terms.stream().anyMatch(words::crisis) || danger.signals(text);
    }

    /** Removes a service (retired or deleted); gone from searches within a second. */
    public void remove(String id) throws IOException {
        awaitVisible(writer.deleteDocuments(new Term(ID, id)));
    }

    private void awaitVisible(long generation) {
        try {
            reopener.waitForGeneration(generation, 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void commit() throws IOException {
        writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA_VERSION).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    public SearchResults search(SearchQuery query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            List<String> terms = analyze(query.text());
            TopicSynonyms words = synonyms;
            boolean crisis = signalsDanger(terms, words, query.text());
            // Rewritten once (typos expand to the index's terms here), for the search and the snippets.
            Query typed = searcher.rewrite(textQuery(terms, words, searcher));
            // Danger: crisis help added; the snippets still mark the parent's own words only (cheaper too).
            Query text = crisis ? searcher.rewrite(CrisisHelp.first(typed)) : typed;
            Query filtered = searcher.rewrite(filtered(text, query));
            Query ranked = ranked(filtered, query);
            int wanted = Math.max(1, query.offset() + query.limit());
            Sort byDistance = query.sortByDistance() && query.near() != null
                    ? new Sort(LatLonDocValuesField.newDistanceSort(LOCATION, query.near().latitude(),
                            query.near().longitude()), SortField.FIELD_SCORE)
                    : null;
            ReaderCache cache = readerCache(searcher);
            Counted counted = cache.get(filtered);
            PageKey key = new PageKey(ranked, byDistance != null, query.offset(), query.limit());
            Page page = cache.page(key);
            if (counted == null) {
                // One pass collects the page and all matches (for the facet counts and the total).
                FacetsCollectorManager.FacetsResult collected = byDistance != null
                        ? FacetsCollectorManager.search(searcher, ranked, wanted, byDistance, true, new FacetsCollectorManager())
                        : FacetsCollectorManager.search(searcher, ranked, wanted, new FacetsCollectorManager());
                List<FacetsCollector.MatchingDocs> matches = List.copyOf(collected.facetsCollector().getMatchingDocs());
                counted = new Counted(matches.stream().mapToLong(m -> m.totalHits).sum(),
                        facetCounts(searcher, collected.facetsCollector()), matches);
                cache.put(filtered, counted);
                page = page(searcher, collected.topDocs(), typed, query);
                cache.page(key, page);
            } else if (page == null) {
                // Counted before on this reader (another page, another place in the same town): only
                // the page is searched, and hits that cannot make it may be skipped.
                TopDocs top = byDistance != null
                        ? searcher.search(ranked, new TopFieldCollectorManager(byDistance, wanted, null, wanted, false))
                        : searcher.search(ranked, new TopScoreDocCollectorManager(wanted, null, wanted, false));
                page = page(searcher, top, typed, query);
                cache.page(key, page);
            }
            // "Open now" depends on the time, not on the reader: decided at every search.
            Map<String, Map<String, Integer>> facetCounts = new LinkedHashMap<>(counted.facets());
            facetCounts.put("openNow", Map.of("true", countOpen(counted.matches(), query)));
            List<SearchResults.Hit> hits = new ArrayList<>(page.hits().size());
            for (int i = 0; i < page.hits().size(); i++) {
                SearchResults.Hit h = page.hits().get(i);
                hits.add(new SearchResults.Hit(h.id(), h.name(), h.organization(), h.snippet(), h.distanceKm(),
                        openAt(searcher, page.docs()[i], query), h.everywhere(), h.confidential(), h.categories(),
                        h.score(), h.point()));
            }
            return new SearchResults(counted.total(), hits, facetCounts, crisis);
        } finally {
            searchers.release(searcher);
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

    /** A page of a ranked query: documents and hits (their "open now" decided again at each search). */
    private record Page(int[] docs, List<SearchResults.Hit> hits) {
    }

    private record PageKey(Query ranked, boolean byDistance, int offset, int limit) {
    }

    /** The counts of one filtered query (see {@link #readerCache}). */
    private record Counted(long total, Map<String, Map<String, Integer>> facets, List<FacetsCollector.MatchingDocs> matches) {
    }

    /**
     * What is worth keeping while the reader does not change, least recently used dropped first:
     * counted queries, pages of results and expanded typos. Small: a few megabytes at 100,000
     * services. Searches that repeat a question (the same words near the same place, the next
     * page) find their counts and page here; the ops benchmark reports them apart from first-time
     * questions.
     */
    private static final class ReaderCache {
        private static final int CAPACITY = 256;
        private final IndexReader reader;
        private final Map<Query, Counted> counted = lru(CAPACITY);
        private final Map<Term, Query> typos = lru(CAPACITY);
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
    private Document document(IndexedService s) {
        Document doc = new Document();
        doc.add(new StringField(ID, s.id(), Field.Store.YES));
        doc.add(new TextField(NAME, s.name(), Field.Store.YES));
        doc.add(new Field(DESCRIPTION, s.description(), DESCRIPTION_TYPE));
        doc.add(new TextField(ORGANIZATION, s.organization(), Field.Store.YES));
        doc.add(new TextField(TOPICS, s.topics(), Field.Store.NO));
        s.categories().forEach(c -> facet(doc, "category", c));
        s.audiences().forEach(a -> facet(doc, "audience", a));
        s.formats().forEach(f -> facet(doc, "format", f));
        if (s.providerType() != null) {
            facet(doc, "provider", s.providerType());
        }
        s.municipalities().forEach(m -> facet(doc, "municipality", m));
        s.areaMunicipalities().forEach(m -> doc.add(new StringField(AREA, m, Field.Store.NO)));
        facet(doc, "free", Boolean.toString(s.free()));
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
        return doc;
    }

    private static FieldType descriptionType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static void facet(Document doc, String dimension, String value) {
        doc.add(new StringField(dimension, value, Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(dimension, value));
    }

    // --- queries ---

    /**
     * Each word may match a lemma in the name (weighted most), the organisation, the description or
     * the service's topics, or, when the index does not know it, be a typo of one; a word parents use for a kind of help also finds
     * the services tagged with it (TopicSynonyms).
     */
    private Query textQuery(List<String> terms, TopicSynonyms synonyms, IndexSearcher searcher) throws IOException {
        if (terms.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            BooleanQuery.Builder word = new BooleanQuery.Builder();
            word.add(new BoostQuery(new TermQuery(new Term(NAME, term)), 3f), BooleanClause.Occur.SHOULD);
            word.add(new BoostQuery(new TermQuery(new Term(ORGANIZATION, term)), 1.5f), BooleanClause.Occur.SHOULD);
            word.add(new TermQuery(new Term(DESCRIPTION, term)), BooleanClause.Occur.SHOULD);
            word.add(new BoostQuery(new TermQuery(new Term(TOPICS, term)), 1.5f), BooleanClause.Occur.SHOULD);
            for (TopicSynonym.Topic topic : synonyms.of(term)) {
                // What kind of help weighs more than whom it is for; constant, whatever the term's rarity.
                float weight = "category".equals(topic.dimension()) ? 6f : 2f;
                word.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(topic.dimension(), topic.code()))),
                        weight), BooleanClause.Occur.SHOULD);
            }
            boolean known = searcher.getIndexReader().docFreq(new Term(NAME, term)) > 0
                    || searcher.getIndexReader().docFreq(new Term(DESCRIPTION, term)) > 0;
            if (!known && term.length() >= 4) {
                // A typo (see typo()).
                word.add(new BoostQuery(typo(searcher, new Term(NAME, term)), 1.2f), BooleanClause.Occur.SHOULD);
                word.add(new BoostQuery(typo(searcher, new Term(DESCRIPTION, term)), 0.4f), BooleanClause.Occur.SHOULD);
            }
            all.add(word.build(), BooleanClause.Occur.SHOULD);
        }
        return all.build();
    }

    /**
     * The index's words one edit away from {@code typo} (a letter missing, extra, wrong or two
     * swapped; the first two letters as typed), as a query rewritten against this reader. Building
     * the edit automaton costs more than the search, so a typo is expanded once per reader.
     */
    private Query typo(IndexSearcher searcher, Term typo) throws IOException {
        ReaderCache cache = readerCache(searcher);
        Query expanded = cache.typo(typo);
        if (expanded == null) {
            // Two edits cost ten times more (ops benchmark) for rare gains.
            expanded = searcher.rewrite(new FuzzyQuery(typo, 1, 2, 20, true));
            cache.typo(typo, expanded);
        }
        return expanded;
    }

    private Query filtered(Query text, SearchQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        anyOf(builder, "category", query.categories());
        anyOf(builder, "audience", query.audiences());
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
        return builder.build();
    }

    /** Nearer and more recently verified services rank higher among equally relevant ones. */
    private Query ranked(Query filtered, SearchQuery query) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder().add(filtered, BooleanClause.Occur.MUST);
        if (query.near() != null) {
            builder.add(Closeness.toPoint(LOCATION, 2f, query.near().latitude(), query.near().longitude(), 10_000),
                    BooleanClause.Occur.SHOULD);
            if (query.nearMunicipality() != null) {
                builder.add(new BoostQuery(new TermQuery(new Term(AREA, query.nearMunicipality())), 1.5f),
                        BooleanClause.Occur.SHOULD);
            }
        }
        long today = LocalDate.ofInstant(query.now(), ZoneOffset.UTC).toEpochDay();
        builder.add(Closeness.toNumber(ASSURED, 0.5f, today, 180), BooleanClause.Occur.SHOULD);
        return builder.build();
    }

    private static void anyOf(BooleanQuery.Builder builder, String field, Set<String> values) {
        if (values.isEmpty()) {
            return;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD));
        builder.add(any.build(), BooleanClause.Occur.FILTER);
    }

    private List<String> analyze(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(NAME, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (!terms.contains(term.toString())) {
                    terms.add(term.toString());
                }
            }
            stream.end();
        }
        return terms;
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

    /** The hits of the page, with snippets; "open now" is left false here and decided by the caller. */
    private Page page(IndexSearcher searcher, TopDocs top, Query matched, SearchQuery query) throws IOException {
        ScoreDoc[] page = top.scoreDocs;
        int from = Math.min(query.offset(), page.length);
        int to = Math.min(query.offset() + query.limit(), page.length);
        ScoreDoc[] slice = java.util.Arrays.copyOfRange(page, from, to);
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
                    distance = haversineKm(query.near().latitude(), query.near().longitude(), point.latitude(),
                            point.longitude());
                }
            }
            hits.add(new SearchResults.Hit(doc.get(ID), doc.get(NAME), doc.get(ORGANIZATION),
                    snippets[i] != null ? snippets[i] : escape(abbreviate(doc.get(DESCRIPTION))), distance,
                    false, doc.get(EVERYWHERE) != null, confidential,
                    List.of(doc.getValues("category")), Float.isNaN(slice[i].score) ? 0 : slice[i].score, point));
        }
        return new Page(ids, List.copyOf(hits));
    }

    private static boolean openAt(IndexSearcher searcher, int doc, SearchQuery query) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        return new OpenBySchedule(leaf, query.now()).open(doc - leaf.docBase);
    }

    static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 200 ? text : text.substring(0, 197) + "…";
    }

    @Override
    public void close() throws IOException {
        reopener.close();
        try {
            commit();
        } finally {
            searchers.close();
            writer.close();
            analyzer.close();
        }
    }
}
