package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The best hits of a query whose score is another's lowered by factors between 0 and 1 (stale
 * services, shelters ranked down), with the factors computed for the best few only: a query
 * wrapped in those factors (Lucene's {@code FunctionScoreQuery}) computes them for every match,
 * which cost about a fifth of a broad question (ops/README, tenth sitting).
 *
 * <p>The hits are collected by the unlowered score, {@link #depth} of them; the lowered query
 * scores those again (a {@link QueryRescorer}, which visits only them). Lowering never raises a
 * score, so a service outside those scores at most the last one's unlowered score, and loses a
 * tie to it (Lucene keeps the lower document on equal scores): when the {@code n}-th lowered
 * score still beats that, the page is exactly the one the lowered query collects. When it does
 * not (many of the best are lowered), {@link #best} gives {@code null} and the caller collects
 * the lowered query itself. {@code lowered} {@code null}: nothing lowers the score.
 */
final class Lowering {

    private static final Comparator<ScoreDoc> BY_SCORE = (a, b) -> a.score != b.score
            ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc);

    private Lowering() {
    }

    /** How many hits to collect by the unlowered score for a page of the best {@code n}. */
    static int depth(int n) {
        return Math.max(4 * n, 100);
    }

    /**
     * The best {@code n} hits by {@code lowered}, from {@code unlowered}: the best {@code depth(n)}
     * hits of the query {@code lowered} lowers; {@code null} when they cannot be shown to hold them.
     */
    static TopDocs best(IndexSearcher searcher, TopDocs unlowered, Query lowered, int n) throws IOException {
        ScoreDoc[] collected = unlowered.scoreDocs;
        if (lowered == null) {
            // Nothing lowers the score (a crisis): the best are the best.
            return new TopDocs(unlowered.totalHits, Arrays.copyOf(collected, Math.min(n, collected.length)));
        }
        boolean all = unlowered.totalHits.relation == TotalHits.Relation.EQUAL_TO
                && unlowered.totalHits.value <= collected.length;
        float last = collected.length == 0 ? 0 : collected[collected.length - 1].score;
        int lastTie = -1;
        for (ScoreDoc d : collected) {
            if (d.score == last) {
                lastTie = Math.max(lastTie, d.doc);
            }
        }
        // The rescorer writes the new scores into the same ScoreDocs: read the old ones above first.
        TopDocs rescored = new QueryRescorer(lowered) {
            @Override
            protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
                return secondPassMatches ? secondPassScore : 0f;
            }
        }.rescore(searcher, unlowered, collected.length);
        ScoreDoc[] hits = rescored.scoreDocs.clone();
        Arrays.sort(hits, BY_SCORE);
        ScoreDoc[] page = Arrays.copyOf(hits, Math.min(n, hits.length));
        if (!all) {
            if (page.length < n) {
                return null;
            }
            ScoreDoc nth = page[n - 1];
            if (!(nth.score > last || nth.score == last && nth.doc <= lastTie)) {
                return null;
            }
        }
        return new TopDocs(unlowered.totalHits, page);
    }
}
