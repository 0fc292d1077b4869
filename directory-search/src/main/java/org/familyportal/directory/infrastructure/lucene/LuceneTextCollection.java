package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.familyportal.directory.domain.search.TextCollection;
import org.familyportal.directory.domain.search.TextLanguage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link TextCollection} on a Lucene index in memory. A text's title and body are each indexed three
 * ways: Russian lemmas (the directory's {@link RussianLemmaAnalyzer}), English stems, and the Russian
 * word families ({@link Derivation}); a question's words ({@link Lemmas#words}) are looked for in all
 * of them, the title weighing most, the family least, a near spelling (one edit, words of five letters
 * or more) less still. Every word must match, unless no text holds them all: then most of them.
 */
public final class LuceneTextCollection implements TextCollection, AutoCloseable {

    private static final String KEY = "key";
    private static final String KIND = "kind";
    private static final String LANGUAGE = "language";
    private static final String[] PARTS = {"title", "text"};
    private static final float[] PART_WEIGHT = {3f, 1f};
    private static final float FAMILY = 0.5f;
    private static final float NEAR_SPELLING = 0.3f;
    private static final int MOST_WORDS = 12;

    private final Analyzer russian = new RussianLemmaAnalyzer();
    private final Analyzer english = new EnglishAnalyzer();
    private final Lemmas lemmas = new Lemmas();
    private final IndexWriter writer;
    private final SearcherManager searchers;

    public LuceneTextCollection() {
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(russian));
            writer.commit();
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void replaceAll(Collection<TextCollection.Text> texts) {
        try {
            writer.deleteAll();
            for (TextCollection.Text d : texts) {
                writer.addDocument(toLucene(d));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Document toLucene(TextCollection.Text d) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(KEY, d.key(), Field.Store.YES));
        doc.add(new StringField(KIND, d.kind(), Field.Store.NO));
        doc.add(new StringField(LANGUAGE, d.language() == null ? "" : d.language(), Field.Store.NO));
        String[] texts = {nonNull(d.title()), nonNull(d.text())};
        for (int i = 0; i < PARTS.length; i++) {
            AnalyzedText lemmaText = new AnalyzedText(russian, PARTS[i], texts[i]);
            doc.add(new TextField(PARTS[i] + "_families", AnalyzedText.families(lemmaText)));
            doc.add(new TextField(PARTS[i] + "_ru", lemmaText));
            if (TextLanguage.hasLatin(texts[i])) {
                doc.add(new TextField(PARTS[i] + "_en", new AnalyzedText(english, PARTS[i], texts[i])));
            }
        }
        doc.add(new StoredField("title", nonNull(d.title())));
        return doc;
    }

    @Override
    public Results search(String question, String kind, String language, int offset, int limit) {
        String q = question == null ? "" : question.strip();
        if (q.length() > MAX_QUESTION) {
            q = q.substring(0, MAX_QUESTION);
        }
        int from = Math.max(0, Math.min(offset, 10_000));
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        List<Query> words = words(q);
        if (words.isEmpty()) {
            return new Results(Map.of(), List.of());
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query all = combine(words, words.size());
                if (searcher.count(all) == 0 && words.size() > 1) {
                    all = combine(words, (words.size() + 1) / 2);
                }
                Map<String, Integer> totals = new HashMap<>();
                for (String k : kinds(searcher)) {
                    totals.put(k, searcher.count(filtered(all, k, language)));
                }
                TopDocs top = searcher.search(filtered(all, kind, language), from + size);
                List<String> keys = new ArrayList<>();
                ScoreDoc[] hits = top.scoreDocs;
                for (int i = from; i < hits.length; i++) {
                    keys.add(searcher.storedFields().document(hits[i].doc, Set.of(KEY)).get(KEY));
                }
                return new Results(totals, keys);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One clause per word of the question (stop words aside): its forms in every field. */
    private List<Query> words(String question) {
        List<Query> words = new ArrayList<>();
        for (Lemmas.Word word : lemmas.words(question)) {
            if (word.stop() || words.size() == MOST_WORDS) {
                continue;
            }
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (String form : word.forms()) {
                for (int i = 0; i < PARTS.length; i++) {
                    any.add(new BoostQuery(new TermQuery(new Term(PARTS[i] + "_ru", form)), PART_WEIGHT[i]), Occur.SHOULD);
                    any.add(new BoostQuery(new TermQuery(new Term(PARTS[i] + "_en", form)), PART_WEIGHT[i]), Occur.SHOULD);
                    any.add(new BoostQuery(new TermQuery(new Term(PARTS[i] + "_families", Derivation.stem(form))),
                            PART_WEIGHT[i] * FAMILY), Occur.SHOULD);
                    if (form.length() >= 5) {
                        any.add(new BoostQuery(new FuzzyQuery(new Term(PARTS[i] + "_ru", form), 1, 1, 20, true),
                                PART_WEIGHT[i] * NEAR_SPELLING), Occur.SHOULD);
                    }
                }
            }
            words.add(any.build());
        }
        return words;
    }

    private static Query combine(List<Query> words, int atLeast) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        words.forEach(w -> q.add(w, Occur.SHOULD));
        q.setMinimumNumberShouldMatch(atLeast);
        return q.build();
    }

    private static Query filtered(Query q, String kind, String language) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(q, Occur.MUST);
        if (kind != null) {
            b.add(new TermQuery(new Term(KIND, kind)), Occur.FILTER);
        }
        if (language != null) {
            b.add(new TermQuery(new Term(LANGUAGE, language)), Occur.FILTER);
        }
        return b.build();
    }

    /** The kinds the collection holds (a handful). */
    private static Set<String> kinds(IndexSearcher searcher) throws IOException {
        Set<String> kinds = new java.util.TreeSet<>();
        for (var leaf : searcher.getIndexReader().leaves()) {
            var terms = leaf.reader().terms(KIND);
            if (terms != null) {
                var e = terms.iterator();
                for (var t = e.next(); t != null; t = e.next()) {
                    kinds.add(t.utf8ToString());
                }
            }
        }
        return kinds;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        lemmas.close();
        russian.close();
        english.close();
    }
}
