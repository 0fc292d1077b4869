package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.Objects;

/**
 * What {@code in} matches, its score multiplied by a factor between 0 and 1 read per document
 * ({@code factor}; a document without a value scores 0). The scores are those of Lucene's
 * {@code FunctionScoreQuery} with such a factor, but the bounds are kept: a lowered score is never
 * above the score of {@code in}, so {@code in}'s maximum scores are this query's, and a hit that
 * cannot be competitive for {@code in} cannot be for this one. {@code FunctionScoreQuery} knows no
 * bound on its factor and reports an infinite maximum, which keeps the collector of the best hits
 * from skipping any (ops/README, the ninth sitting).
 */
final class Lowered extends Query {

    private final Query in;
    private final DoubleValuesSource factor;

    private Lowered(Query in, DoubleValuesSource factor) {
        this.in = in;
        this.factor = factor;
    }

    /** {@code in}'s score times {@code factor}, whose values must lie between 0 and 1. */
    static Query by(Query in, DoubleValuesSource factor) {
        if (factor.needsScores()) {
            throw new IllegalArgumentException("the factor must not depend on scores: " + factor);
        }
        return new Lowered(in, factor);
    }

    /** {@code in}'s score, times {@code lowered} where {@code lowering} matches too (0 ≤ lowered ≤ 1). */
    static Query where(Query in, Query lowering, double lowered) {
        if (lowered < 0 || lowered > 1) {
            throw new IllegalArgumentException("a factor between 0 and 1: " + lowered);
        }
        return new Lowered(in, new WhereMatches(DoubleValuesSource.fromQuery(lowering), lowering, lowered));
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new Lowered(rewritten, factor);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) {
            // Matches only: the factor changes none.
            return inner;
        }
        DoubleValuesSource values = factor.rewrite(searcher);
        return new Weight(this) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                Scorer scorer = inner.scorer(context);
                return scorer == null ? null : new LoweredScorer(this, scorer, values.getValues(context, null));
            }

            @Override
            public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                Explanation explained = inner.explain(context, doc);
                if (!explained.isMatch()) {
                    return explained;
                }
                DoubleValues value = values.getValues(context, null);
                double f = value.advanceExact(doc) ? value.doubleValue() : 0;
                return Explanation.match((float) (explained.getValue().floatValue() * f), "lowered by " + values,
                        explained, Explanation.match(f, "factor"));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return inner.isCacheable(context) && values.isCacheable(context);
            }
        };
    }

    private static final class LoweredScorer extends Scorer {
        private final Scorer in;
        private final DoubleValues factor;

        LoweredScorer(Weight weight, Scorer in, DoubleValues factor) {
            super(weight);
            this.in = in;
            this.factor = factor;
        }

        @Override
        public float score() throws IOException {
            float score = in.score();
            return factor.advanceExact(in.docID()) ? (float) (score * factor.doubleValue()) : 0f;
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return in.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return in.twoPhaseIterator();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            // A factor of at most 1 (rounding to a float never goes above a float it multiplies by ≤ 1).
            return in.getMaxScore(upTo);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            // Below minScore for in means below it here too.
            in.setMinCompetitiveScore(minScore);
        }
    }

    /** {@code lowered} where {@code lowering} matches, 1 elsewhere. */
    private static final class WhereMatches extends DoubleValuesSource {
        private final DoubleValuesSource matches;
        private final Query lowering;
        private final double lowered;

        WhereMatches(DoubleValuesSource matches, Query lowering, double lowered) {
            this.matches = matches;
            this.lowering = lowering;
            this.lowered = lowered;
        }

        @Override
        public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
            DoubleValues matching = matches.getValues(context, null);
            return new DoubleValues() {
                private double value;

                @Override
                public double doubleValue() {
                    return value;
                }

                @Override
                public boolean advanceExact(int doc) throws IOException {
                    value = matching.advanceExact(doc) ? lowered : 1;
                    return true;
                }
            };
        }

        @Override
        public boolean needsScores() {
            return false;
        }

        @Override
        public DoubleValuesSource rewrite(IndexSearcher searcher) throws IOException {
            return new WhereMatches(matches.rewrite(searcher), lowering, lowered);
        }

        @Override
        public boolean isCacheable(LeafReaderContext context) {
            return matches.isCacheable(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WhereMatches w && w.lowering.equals(lowering) && w.lowered == lowered;
        }

        @Override
        public int hashCode() {
            return Objects.hash(lowering, lowered);
        }

        @Override
        public String toString() {
            return "where(" + lowering + ") x" + lowered;
        }
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public String toString(String field) {
        return "lowered(" + in.toString(field) + ", " + factor + ")";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && ((Lowered) other).in.equals(in) && ((Lowered) other).factor.equals(factor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), in, factor);
    }
}
