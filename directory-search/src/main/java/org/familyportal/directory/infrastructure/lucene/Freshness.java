package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

import java.io.IOException;
import java.util.Objects;

/**
 * Services whose information may be out of date rank lower: the final score of a service last
 * verified on or before a day (its epoch day in a {@code LongField}) is multiplied by a factor below
 * one. A service never verified (no date, indexed as 0) keeps its score: nothing is known either way.
 */
final class Freshness extends DoubleValuesSource {

    /** How much a possibly out-of-date service keeps of its score. */
    static final double STALE_FACTOR = 0.6;

    private final String field;
    private final long staleUpTo;
    private final double factor;

    private Freshness(String field, long staleUpTo, double factor) {
        this.field = field;
        this.staleUpTo = staleUpTo;
        this.factor = factor;
    }

    /** {@code ranked}, with the score of services verified on or before epoch day {@code staleUpTo} lowered. */
    static Query lowered(Query ranked, String field, long staleUpTo) {
        return FunctionScoreQuery.boostByValue(ranked, new Freshness(field, staleUpTo, STALE_FACTOR));
    }

    /** The factor for a service verified on epoch day {@code verified} (0: never). */
    static double factor(long verified, long staleUpTo, double factor) {
        return verified > 0 && verified <= staleUpTo ? factor : 1.0;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
        SortedNumericDocValues values = DocValues.getSortedNumeric(context.reader(), field);
        return new DoubleValues() {
            private double value = 1.0;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = values.advanceExact(doc) && values.docValueCount() > 0
                        ? factor(values.nextValue(), staleUpTo, factor) : 1.0;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext context) {
        return DocValues.isCacheable(context, field);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Freshness f && f.field.equals(field) && f.staleUpTo == staleUpTo && f.factor == factor;
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, staleUpTo, factor);
    }

    @Override
    public String toString() {
        return "freshness(" + field + " <= " + staleUpTo + " x" + factor + ")";
    }
}
