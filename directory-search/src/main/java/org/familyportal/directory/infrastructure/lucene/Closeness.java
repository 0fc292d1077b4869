package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterScorer;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.SloppyMath;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * A score for being close, {@code weight * pivot / (pivot + distance)}: to a point (meters, from
 * a {@link LatLonDocValuesField}) or to a number such as a day (from a {@link LongField}). The same
 * scores as Lucene's distance feature queries, read from doc values only: those queries skip
 * non-competitive hits by walking the points tree again each time the page's lowest score rises,
 * which costs far more than it saves when thousands of services tie on their words (profiled on
 * the ops benchmark).
 *
 * <p>{@link #added} adds them to what a query matches, read for its matches only: as optional
 * clauses of a {@code BooleanQuery} (each a {@code FunctionScoreQuery} over the services with the
 * field), every match advanced a second iterator over the field and went through two more scorers,
 * a sixth of a keyword question's time (ops/README, eleventh sitting).
 */
final class Closeness extends ScorelessValues {

    private final String field;
    private final boolean geo;
    private final double latitude;
    private final double longitude;
    private final long origin;
    private final double pivot;

    private Closeness(String field, boolean geo, double latitude, double longitude, long origin, double pivot) {
        super(field);
        this.field = field;
        this.geo = geo;
        this.latitude = latitude;
        this.longitude = longitude;
        this.origin = origin;
        this.pivot = pivot;
    }

    /** Close to a point, to be {@link #added}: {@code pivotMeters} away scores half the weight. */
    static Weighted point(String field, float weight, double latitude, double longitude, double pivotMeters) {
        return new Weighted(new Closeness(field, true, latitude, longitude, 0, pivotMeters), weight);
    }

    /** Close to a number, to be {@link #added}: {@code pivot} apart scores half the weight. */
    static Weighted number(String field, float weight, long origin, long pivot) {
        return new Weighted(new Closeness(field, false, 0, 0, origin, pivot), weight);
    }

    /** A closeness and what it weighs. */
    record Weighted(Closeness closeness, float weight) {
    }

    /**
     * What {@code query} matches, scored as it scores plus each closeness times its weight (nothing
     * for a service without the field): the score of {@code query} with each closeness as an
     * optional clause beside it (Lucene's distance feature queries, see ClosenessTest).
     */
    static Query added(Query query, List<Weighted> closeness) {
        return closeness.isEmpty() ? query : new Added(query, List.copyOf(closeness));
    }

    private static final class Added extends Query {
        private final Query query;
        private final List<Weighted> closeness;

        Added(Query query, List<Weighted> closeness) {
            this.query = query;
            this.closeness = closeness;
        }

        @Override
        public Query rewrite(IndexSearcher searcher) throws IOException {
            Query rewritten = query.rewrite(searcher);
            return rewritten == query ? this : new Added(rewritten, closeness);
        }

        @Override
        public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
            Weight inner = query.createWeight(searcher, scoreMode, boost);
            if (!scoreMode.needsScores()) {
                return inner;
            }
            return new Weight(this) {
                @Override
                public Scorer scorer(LeafReaderContext context) throws IOException {
                    Scorer scorer = inner.scorer(context);
                    if (scorer == null) {
                        return null;
                    }
                    Sum sum = new Sum(context, boost);
                    return new FilterScorer(scorer) {
                        @Override
                        public float score() throws IOException {
                            return sum.of(in.score(), in.docID());
                        }

                        @Override
                        public float getMaxScore(int upTo) throws IOException {
                            return in.getMaxScore(upTo) + sum.highest;
                        }
                    };
                }

                /**
                 * The query's own bulk scorer (a large disjunction is scored window by window, faster
                 * than one match at a time), its collector given the sums.
                 */
                @Override
                public BulkScorer bulkScorer(LeafReaderContext context) throws IOException {
                    BulkScorer bulk = inner.bulkScorer(context);
                    if (bulk == null) {
                        return null;
                    }
                    Sum sum = new Sum(context, boost);
                    return new BulkScorer() {
                        @Override
                        public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
                            // Lucene's filters leave out setMinCompetitiveScore and the competitive
                            // iterator: the inner query's bounds do not hold for the sums.
                            return bulk.score(new FilterLeafCollector(collector) {
                                @Override
                                public void setScorer(Scorable scorer) throws IOException {
                                    super.setScorer(new FilterScorable(scorer) {
                                        @Override
                                        public float score() throws IOException {
                                            return sum.of(in.score(), in.docID());
                                        }
                                    });
                                }
                            }, acceptDocs, min, max);
                        }

                        @Override
                        public long cost() {
                            return bulk.cost();
                        }
                    };
                }

                @Override
                public Explanation explain(LeafReaderContext context, int doc) throws IOException {
                    Explanation matched = inner.explain(context, doc);
                    if (!matched.isMatch()) {
                        return matched;
                    }
                    Scorer scorer = scorer(context);
                    scorer.iterator().advance(doc);
                    return Explanation.match(scorer.score(), "sum of the query and closeness:", matched);
                }

                @Override
                public Matches matches(LeafReaderContext context, int doc) throws IOException {
                    return inner.matches(context, doc);
                }

                @Override
                public int count(LeafReaderContext context) throws IOException {
                    return inner.count(context);
                }

                @Override
                public boolean isCacheable(LeafReaderContext context) {
                    return inner.isCacheable(context)
                            && closeness.stream().allMatch(c -> c.closeness().isCacheable(context));
                }
            };
        }

        /** A match's score plus its closeness, for one segment; the last one kept (a score may be asked twice). */
        private final class Sum {
            private final DoubleValues[] values;
            private final float[] weights;
            private final float highest;
            private int doc = -1;
            private float last;

            Sum(LeafReaderContext context, float boost) throws IOException {
                values = new DoubleValues[closeness.size()];
                weights = new float[closeness.size()];
                float most = 0;
                for (int i = 0; i < values.length; i++) {
                    values[i] = closeness.get(i).closeness().getValues(context, null);
                    weights[i] = boost * closeness.get(i).weight();
                    most += weights[i];
                }
                highest = most;
            }

            float of(float score, int doc) throws IOException {
                if (doc != this.doc) {
                    double sum = score;
                    for (int i = 0; i < values.length; i++) {
                        if (values[i].advanceExact(doc)) {
                            // As FunctionScoreQuery scores it, boosted by its weight.
                            sum += (float) (values[i].doubleValue() * weights[i]);
                        }
                    }
                    this.doc = doc;
                    last = (float) sum;
                }
                return last;
            }
        }

        @Override
        public void visit(QueryVisitor visitor) {
            query.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
        }

        @Override
        public String toString(String field) {
            return "added(" + query.toString(field) + ", " + closeness + ")";
        }

        @Override
        public boolean equals(Object other) {
            return sameClassAs(other) && query.equals(((Added) other).query) && closeness.equals(((Added) other).closeness);
        }

        @Override
        public int hashCode() {
            return Objects.hash(classHash(), query, closeness);
        }
    }

    @Override
    public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
        SortedNumericDocValues values = DocValues.getSortedNumeric(context.reader(), field);
        return new DoubleValues() {
            private double value;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                if (!values.advanceExact(doc)) {
                    return false;
                }
                double nearest = Double.POSITIVE_INFINITY;
                for (int i = 0; i < values.docValueCount(); i++) {
                    nearest = Math.min(nearest, distance(values.nextValue()));
                }
                value = pivot / (pivot + nearest);
                return true;
            }
        };
    }

    private double distance(long encoded) {
        if (geo) {
            return SloppyMath.haversinMeters(GeoEncodingUtils.decodeLatitude((int) (encoded >> 32)),
                    GeoEncodingUtils.decodeLongitude((int) (encoded & 0xFFFFFFFFL)), latitude, longitude);
        }
        long distance = encoded - origin;
        return distance < 0 ? Math.abs((double) distance) : distance;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Closeness c && c.field.equals(field) && c.geo == geo && c.latitude == latitude
                && c.longitude == longitude && c.origin == origin && c.pivot == pivot;
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, geo, latitude, longitude, origin, pivot);
    }

    @Override
    public String toString() {
        return geo ? "closeness(" + field + ", " + latitude + "," + longitude + ", " + pivot + " m)"
                : "closeness(" + field + ", " + origin + ", " + pivot + ")";
    }
}
