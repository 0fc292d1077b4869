package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page from the best hits by the unlowered score, lowered afterwards, is the page the lowered
 * query collects itself, or none (the caller collects then): same services, same order, same scores.
 */
class LoweringTest {

    private static final long STALE_UP_TO = 20_000;

    /** {@code stalePercent} of 3,000 services stale, a tenth shelters (assigned or inferred); few distinct texts, so many ties. */
    @ParameterizedTest
    @ValueSource(ints = {0, 10, 50, 95})
    void theBestHitsAreThoseTheLoweredQueryCollects(int stalePercent) throws Exception {
        Random random = new Random(stalePercent);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < 3000; i++) {
                Document doc = new Document();
                doc.add(new TextField(SearchIndex.DESCRIPTION, "помощь ".repeat(1 + random.nextInt(3))
                        + (random.nextInt(4) == 0 ? "семья " : "") + "слово ".repeat(random.nextInt(3)), Field.Store.NO));
                doc.add(new LongField(SearchIndex.ASSURED, random.nextInt(100) < stalePercent ? STALE_UP_TO - 5 : STALE_UP_TO + 5,
                        Field.Store.NO));
                int shelter = random.nextInt(20);
                if (shelter <= 1) {
                    // a shelter by its assigned kind of help, or by the one inferred from its text
                    doc.add(new StringField(shelter == 0 ? "category" : SearchIndex.INFERRED_CATEGORY, "crisis-shelter",
                            Field.Store.NO));
                }
                writer.addDocument(doc);
                if (i % 700 == 699) {
                    writer.commit(); // several segments
                }
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query scored = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(SearchIndex.DESCRIPTION, "помощь")), BooleanClause.Occur.SHOULD)
                        .add(new TermQuery(new Term(SearchIndex.DESCRIPTION, "семья")), BooleanClause.Occur.SHOULD)
                        .build();
                Lowering.Factors factors = Lowering.factors(SearchIndex.ASSURED, STALE_UP_TO, true);
                Query lowered = Lowering.lowered(scored, factors);
                int exact = 0;
                for (int n : new int[] {1, 10, 20, 50, 200}) {
                    TopDocs expected = searcher.search(lowered, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, false));
                    int depth = Lowering.depth(n);
                    TopDocs unlowered = searcher.search(scored, new TopScoreDocCollectorManager(depth, null, Integer.MAX_VALUE, false));
                    TopDocs best = Lowering.best(searcher, unlowered, factors, n);
                    if (best != null) {
                        exact++;
                        assertArrayEquals(docs(expected), docs(best), "n = " + n);
                        assertArrayEquals(scores(expected), scores(best), 0f, "n = " + n);
                    }
                }
                if (stalePercent <= 10) {
                    assertTrue(exact == 5, "few lowered: every page from the best hits, " + exact);
                }
            }
        }
    }

    /** A shelter keeps half of its whole score, a stale service 60 %, a stale shelter 30 %; the rest all of it. */
    @org.junit.jupiter.api.Test
    void eachFactorLowersTheWholeScore() throws Exception {
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
            for (int i = 0; i < 4; i++) {
                Document doc = new Document();
                doc.add(new TextField(SearchIndex.DESCRIPTION, "помощь", Field.Store.NO));
                doc.add(new LongField(SearchIndex.ASSURED, i % 2 == 1 ? STALE_UP_TO : STALE_UP_TO + 1, Field.Store.NO));
                if (i >= 2) {
                    doc.add(new StringField(SearchIndex.INFERRED_CATEGORY, "crisis-shelter", Field.Store.NO));
                }
                writer.addDocument(doc);
            }
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query scored = new TermQuery(new Term(SearchIndex.DESCRIPTION, "помощь"));
                TopDocs unlowered = searcher.search(scored, 10);
                float score = unlowered.scoreDocs[0].score;
                TopDocs down = Lowering.best(searcher, unlowered, Lowering.factors(SearchIndex.ASSURED, STALE_UP_TO, true), 4);
                assertArrayEquals(new int[] {0, 1, 2, 3}, docs(down));
                assertArrayEquals(new float[] {score, (float) (score * 0.6), (float) (score * 0.5), (float) (score * 0.3)},
                        scores(down), 1e-6f);
                TopDocs asked = Lowering.best(searcher, unlowered, Lowering.factors(SearchIndex.ASSURED, STALE_UP_TO, false), 4);
                assertArrayEquals(new int[] {0, 2, 1, 3}, docs(asked), "shelters asked for: only the stale ones lower");
            }
        }
    }

    private static int[] docs(TopDocs top) {
        return Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
    }

    private static float[] scores(TopDocs top) {
        float[] scores = new float[top.scoreDocs.length];
        for (int i = 0; i < scores.length; i++) {
            ScoreDoc d = top.scoreDocs[i];
            scores[i] = d.score;
        }
        return scores;
    }
}
