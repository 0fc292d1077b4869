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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closeness scores exactly as Lucene's distance feature queries, which it replaces for speed. */
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
                assertSameScores(searcher, LatLonPoint.newDistanceFeatureQuery("location", 2f, 52.29, 104.30, 10_000),
                        Closeness.toPoint("location", 2f, 52.29, 104.30, 10_000));
                assertSameScores(searcher, LongField.newDistanceFeatureQuery("assured", 0.5f, 20_450L, 180),
                        Closeness.toNumber("assured", 0.5f, 20_450L, 180));
            }
        }
    }

    private static void assertSameScores(IndexSearcher searcher, Query lucene, Query closeness) throws Exception {
        Map<Integer, Float> expected = scores(searcher.search(lucene, 10));
        Map<Integer, Float> actual = scores(searcher.search(closeness, 10));
        assertEquals(4, expected.size(), "only documents with a value match");
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((doc, score) -> assertEquals(score, actual.get(doc), 1e-6f, "document " + doc));
        assertTrue(expected.values().stream().distinct().count() > 1, "the scores differ by distance");
    }

    private static Map<Integer, Float> scores(TopDocs top) {
        Map<Integer, Float> scores = new HashMap<>();
        for (ScoreDoc d : top.scoreDocs) {
            scores.put(d.doc, d.score);
        }
        return scores;
    }
}
