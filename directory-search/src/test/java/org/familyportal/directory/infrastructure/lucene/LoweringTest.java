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

    /** {@code stalePercent} of 3,000 services stale, a tenth shelters; few distinct texts, so many ties. */
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
                if (random.nextInt(10) == 0) {
                    doc.add(new StringField("category", "crisis-shelter", Field.Store.NO));
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
                Query lowered = Freshness.lowered(CrisisHelp.sheltersNotFirst(scored), SearchIndex.ASSURED, STALE_UP_TO);
                int exact = 0;
                for (int n : new int[] {1, 10, 20, 50, 200}) {
                    TopDocs expected = searcher.search(lowered, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, false));
                    int depth = Lowering.depth(n);
                    TopDocs unlowered = searcher.search(scored, new TopScoreDocCollectorManager(depth, null, Integer.MAX_VALUE, false));
                    TopDocs best = Lowering.best(searcher, unlowered, lowered, n);
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
