package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lowered scores as FunctionScoreQuery does with the same factor, but keeps the bounds, so the best
 * hits can be collected while non-competitive ones are skipped, with the same result.
 */
class LoweredTest {

    private static final String[] WORDS = {"психолог", "помощь", "семья", "юрист", "кружок", "приют"};

    @Test
    void scoresAsFunctionScoreQueryAndKeepsTheBounds() throws Exception {
        try (Directory directory = index(3_000)) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query words = words("помощь", "семья");
                Query shelters = new TermQuery(new Term("category", "crisis-shelter"));
                // Freshness, as the search uses it: stale services keep 0.6 of their score.
                Query fresh = Freshness.lowered(words, "assured", 20_000L);
                // (0.6f as a float differs from 0.6 in the last digits: the scores compare within 1e-6.)
                assertSameScores(searcher, FunctionScoreQuery.boostByQuery(words,
                        LongField.newRangeQuery("assured", 1, 20_000L), (float) Freshness.STALE_FACTOR), fresh, 1e-6f);
                // Shelters ranked down: the very same scores.
                assertSameScores(searcher, FunctionScoreQuery.boostByQuery(words, shelters, 0.5f),
                        Lowered.where(words, shelters, 0.5), 0f);
                // A lowered score is never above the score it lowers: the maximum is passed on.
                Weight weight = searcher.createWeight(searcher.rewrite(fresh), ScoreMode.TOP_SCORES, 1f);
                Scorer scorer = weight.scorer(reader.leaves().get(0));
                Scorer plain = searcher.createWeight(searcher.rewrite(words), ScoreMode.TOP_SCORES, 1f)
                        .scorer(reader.leaves().get(0));
                assertEquals(plain.getMaxScore(Integer.MAX_VALUE), scorer.getMaxScore(Integer.MAX_VALUE));
                assertTrue(Float.isFinite(scorer.getMaxScore(Integer.MAX_VALUE)));
            }
        }
    }

    @Test
    void theBestHitsAreTheSameWhenNonCompetitiveOnesAreSkipped() throws Exception {
        try (Directory directory = index(5_000)) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query ranked = Freshness.lowered(new BooleanQuery.Builder()
                        .add(Lowered.where(words("психолог", "семья", "юрист"),
                                new TermQuery(new Term("category", "crisis-shelter")), 0.5), BooleanClause.Occur.MUST)
                        .add(Closeness.toNumber("assured", 0.5f, 20_100L, 180), BooleanClause.Occur.SHOULD)
                        .build(), "assured", 20_000L);
                TopDocs all = searcher.search(ranked, new TopScoreDocCollectorManager(20, null, Integer.MAX_VALUE, false));
                TopDocs pruned = searcher.search(ranked, new TopScoreDocCollectorManager(20, null, 20, false));
                assertArrayEquals(docs(all), docs(pruned));
                assertTrue(pruned.totalHits.value < all.totalHits.value, "hits that could not make it were skipped: "
                        + pruned.totalHits + " of " + all.totalHits);
            }
        }
    }

    @Test
    void aFactorAboveOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Lowered.where(words("семья"), words("приют"), 1.5));
    }

    private static Query words(String... words) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String word : words) {
            any.add(new BoostQuery(new TermQuery(new Term("name", word)), 3f), BooleanClause.Occur.SHOULD);
            any.add(new TermQuery(new Term("description", word)), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    private static void assertSameScores(IndexSearcher searcher, Query expected, Query actual, float delta) throws Exception {
        Map<Integer, Float> a = scores(searcher.search(expected, 10_000));
        Map<Integer, Float> b = scores(searcher.search(actual, 10_000));
        assertTrue(a.size() > 100);
        assertEquals(a.keySet(), b.keySet());
        a.forEach((doc, score) -> assertEquals(score, b.get(doc), delta, "document " + doc));
        assertTrue(a.values().stream().distinct().count() > 10, "the scores differ");
    }

    private static Map<Integer, Float> scores(TopDocs top) {
        Map<Integer, Float> scores = new HashMap<>();
        for (ScoreDoc d : top.scoreDocs) {
            scores.put(d.doc, d.score);
        }
        return scores;
    }

    private static int[] docs(TopDocs top) {
        return java.util.Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
    }

    private static Directory index(int documents) throws Exception {
        Directory directory = new ByteBuffersDirectory();
        Random random = new Random(7);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < documents; i++) {
                Document doc = new Document();
                doc.add(new TextField("name", text(random, 1 + random.nextInt(3)), Field.Store.NO));
                doc.add(new TextField("description", text(random, 5 + random.nextInt(30)), Field.Store.NO));
                if (random.nextInt(10) == 0) {
                    doc.add(new StringField("category", "crisis-shelter", Field.Store.NO));
                }
                doc.add(new LongField("assured", 19_800L + random.nextInt(400), Field.Store.NO));
                writer.addDocument(doc);
            }
        }
        return directory;
    }

    private static String text(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(random.nextInt(4) == 0 ? WORDS[random.nextInt(WORDS.length)] : "слово" + random.nextInt(500)).append(' ');
        }
        return text.toString();
    }
}
