package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Closeness added to a query scores exactly as Lucene's distance feature queries would beside it as
 * optional clauses, which it replaces for speed.
 */
class ClosenessTest {

    @Test
    void scoresLikeLucenesDistanceFeatureQueries() throws Exception {
        try (Directory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                double[][] points = {{52.2870, 104.3050}, {52.5400, 103.8900}, {56.1515, 101.6340}, {55.0302, 82.9204}};
                for (int i = 0; i < points.length; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("id", "p" + i, Field.Store.YES));
                    doc.add(new LatLonPoint("location", points[i][0], points[i][1]));
                    doc.add(new LatLonDocValuesField("location", points[i][0], points[i][1]));
                    doc.add(new LongField("assured", 20_400L + 37L * i, Field.Store.NO));
                    writer.addDocument(doc);
                }
                Document nowhere = new Document();
                nowhere.add(new StringField("id", "online", Field.Store.YES));
                writer.addDocument(nowhere);
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query point = LatLonPoint.newDistanceFeatureQuery("location", 2f, 52.29, 104.30, 10_000);
                Query day = LongField.newDistanceFeatureQuery("assured", 0.5f, 20_450L, 180);
                assertSameScores(searcher, beside(point), Closeness.added(new MatchAllDocsQuery(),
                        List.of(Closeness.point("location", 2f, 52.29, 104.30, 10_000))));
                assertSameScores(searcher, beside(day), Closeness.added(new MatchAllDocsQuery(),
                        List.of(Closeness.number("assured", 0.5f, 20_450L, 180))));
                assertSameScores(searcher, beside(point, day), Closeness.added(new MatchAllDocsQuery(),
                        List.of(Closeness.point("location", 2f, 52.29, 104.30, 10_000), Closeness.number("assured", 0.5f, 20_450L, 180))));
            }
        }
    }

    /**
     * A large disjunction scored window by window (its own bulk scorer, the query alone) and match by
     * match (inside another query) gets the same closeness: the same documents, the same scores.
     */
    @Test
    void theSameScoresWindowByWindowAndMatchByMatch() throws Exception {
        try (Directory directory = new ByteBuffersDirectory()) {
            java.util.Random random = new java.util.Random(7);
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
                for (int i = 0; i < 5000; i++) {
                    Document doc = new Document();
                    doc.add(new org.apache.lucene.document.TextField("text",
                            (random.nextBoolean() ? "помощь " : "") + (random.nextInt(3) == 0 ? "семья " : "") + "слово",
                            Field.Store.NO));
                    if (random.nextInt(10) > 0) {
                        doc.add(new LongField("assured", 20_000L + random.nextInt(900), Field.Store.NO));
                    }
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query words = new BooleanQuery.Builder()
                        .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("text", "помощь")),
                                BooleanClause.Occur.SHOULD)
                        .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("text", "семья")),
                                BooleanClause.Occur.SHOULD)
                        .build();
                Query added = Closeness.added(words, List.of(Closeness.number("assured", 0.5f, 20_450L, 180)));
                Query inside = new BooleanQuery.Builder().add(added, BooleanClause.Occur.MUST)
                        .add(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term("text", "нигде")),
                                BooleanClause.Occur.SHOULD)
                        .build();
                Query lucene = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                        .add(LongField.newDistanceFeatureQuery("assured", 0.5f, 20_450L, 180), BooleanClause.Occur.SHOULD)
                        .build();
                Map<Integer, Float> expected = scores(searcher.search(lucene, 5000));
                assertTrue(expected.size() > 2000, "a large disjunction: " + expected.size());
                for (Query query : List.of(added, inside)) {
                    Map<Integer, Float> actual = scores(searcher.search(query, 5000));
                    assertEquals(expected.keySet(), actual.keySet());
                    expected.forEach((doc, score) -> assertEquals(score, actual.get(doc), 1e-5f, "document " + doc));
                }
            }
        }
    }

    /** Every document (scoring 1) with the distance features as optional clauses. */
    private static Query beside(Query... features) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        for (Query feature : features) {
            query.add(feature, BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private static void assertSameScores(IndexSearcher searcher, Query lucene, Query closeness) throws Exception {
        Map<Integer, Float> expected = scores(searcher.search(lucene, 10));
        Map<Integer, Float> actual = scores(searcher.search(closeness, 10));
        assertEquals(5, expected.size(), "every document matches");
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((doc, score) -> assertEquals(score, actual.get(doc), 1e-6f, "document " + doc));
        assertEquals(1f, actual.get(4), 1e-6f, "nothing added without a value");
        assertTrue(expected.values().stream().distinct().count() > 2, "the scores differ by distance");
    }

    private static Map<Integer, Float> scores(TopDocs top) {
        Map<Integer, Float> scores = new HashMap<>();
        for (ScoreDoc d : top.scoreDocs) {
            scores.put(d.doc, d.score);
        }
        return scores;
    }
}
