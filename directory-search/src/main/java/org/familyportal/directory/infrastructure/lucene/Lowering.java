package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The factors between 0 and 1 that only lower a service's score (possibly out-of-date services,
 * shelters for a need that does not ask for one), and the best hits of a question with them,
 * computed for the best few hits only.
 *
 * <p>Wrapping the question in the factors (Lucene's {@code FunctionScoreQuery}) computes them for
 * every match, about a fifth of a broad question (ops/README, tenth sitting); scoring the best
 * hits again by the wrapped question (a {@code QueryRescorer}) costs a new weight of the whole
 * question, about half of that (same place). So the hits are collected by the unlowered score,
 * {@link #depth} of them, and each one's factor is read from the index (the verified day's doc
 * value, whether it is a shelter) and multiplied in: no query runs again. Lowering never raises a
 * score, so a service outside those scores at most the last one's unlowered score, and loses a tie
 * to it (Lucene keeps the lower document): when the {@code n}-th lowered score still beats that,
 * the page is exactly the one the lowered query ({@link #lowered}) collects. When it does not (many
 * of the best are lowered), {@link #best} gives {@code null} and the caller collects the lowered
 * query itself.
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
     * The factors of a question asked on a day: services verified on or before epoch day
     * {@code staleUpTo} (in {@code assured}) keep {@link Freshness#STALE_FACTOR} of their score,
     * and, when {@code sheltersDown}, shelters keep {@link CrisisHelp#SHELTER_UNASKED}.
     */
    static Factors factors(String assured, long staleUpTo, boolean sheltersDown) {
        return new Factors(assured, staleUpTo, sheltersDown);
    }

    /** {@code scored} with its score multiplied by {@code factors}: what {@link #best} gives the best of. */
    static Query lowered(Query scored, Factors factors) {
        return FunctionScoreQuery.boostByValue(scored, factors);
    }

    /**
     * The best {@code n} hits of {@code lowered(q, factors)} from the best {@code depth(n)} hits of
     * {@code q} ({@code unlowered}); {@code null} when they cannot be shown to hold them.
     * {@code factors} {@code null}: nothing lowers the score (a crisis), the best are the best.
     */
    static TopDocs best(IndexSearcher searcher, TopDocs unlowered, Factors factors, int n) throws IOException {
        ScoreDoc[] collected = unlowered.scoreDocs;
        if (factors == null) {
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
        ScoreDoc[] hits = lower(searcher, collected, factors);
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

    /**
     * The hits with their scores lowered as {@code FunctionScoreQuery} lowers them (to the bit: the
     * float score times the factor, in double, back to float), in the order of their documents.
     */
    private static ScoreDoc[] lower(IndexSearcher searcher, ScoreDoc[] collected, Factors factors) throws IOException {
        ScoreDoc[] byDoc = collected.clone();
        Arrays.sort(byDoc, Comparator.comparingInt(d -> d.doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        ScoreDoc[] lowered = new ScoreDoc[byDoc.length];
        LeafReaderContext leaf = null;
        DoubleValues values = null;
        for (int i = 0; i < byDoc.length; i++) {
            ScoreDoc d = byDoc[i];
            if (leaf == null || d.doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(d.doc, leaves));
                values = factors.getValues(leaf, null);
            }
            values.advanceExact(d.doc - leaf.docBase);
            lowered[i] = new ScoreDoc(d.doc, (float) (d.score * values.doubleValue()), d.shardIndex);
        }
        return lowered;
    }

    /** The factors of each service for one question (see {@link #factors}). */
    static final class Factors extends ScorelessValues {
        private final String assured;
        private final long staleUpTo;
        private final boolean sheltersDown;

        private Factors(String assured, long staleUpTo, boolean sheltersDown) {
            super(assured);
            this.assured = assured;
            this.staleUpTo = staleUpTo;
            this.sheltersDown = sheltersDown;
        }

        @Override
        public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
            SortedNumericDocValues verified = DocValues.getSortedNumeric(context.reader(), assured);
            List<PostingsEnum> shelters = new java.util.ArrayList<>(2);
            if (sheltersDown) {
                for (Term term : CrisisHelp.SHELTER) {
                    PostingsEnum postings = context.reader().postings(term, PostingsEnum.NONE);
                    if (postings != null) {
                        shelters.add(postings);
                    }
                }
            }
            return new DoubleValues() {
                private double value = 1.0;

                @Override
                public double doubleValue() {
                    return value;
                }

                @Override
                public boolean advanceExact(int doc) throws IOException {
                    value = verified.advanceExact(doc) && verified.docValueCount() > 0
                            ? Freshness.factor(verified.nextValue(), staleUpTo, Freshness.STALE_FACTOR) : 1.0;
                    for (PostingsEnum p : shelters) {
                        if (p.docID() < doc) {
                            p.advance(doc);
                        }
                        if (p.docID() == doc) {
                            value *= CrisisHelp.SHELTER_UNASKED;
                            break;
                        }
                    }
                    return true;
                }
            };
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Factors f && f.assured.equals(assured) && f.staleUpTo == staleUpTo
                    && f.sheltersDown == sheltersDown;
        }

        @Override
        public int hashCode() {
            return Objects.hash(assured, staleUpTo, sheltersDown);
        }

        @Override
        public String toString() {
            return "lowered(" + assured + " <= " + staleUpTo + " x" + Freshness.STALE_FACTOR
                    + (sheltersDown ? ", shelters x" + CrisisHelp.SHELTER_UNASKED : "") + ")";
        }
    }
}
