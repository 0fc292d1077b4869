package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.SloppyMath;

import java.io.IOException;
import java.util.Objects;

/**
 * A score for being close, {@code weight * pivot / (pivot + distance)}: to a point (meters, from
 * a {@link LatLonDocValuesField}) or to a number such as a day (from a {@link LongField}). The same
 * scores as Lucene's distance feature queries, read from doc values only: those queries skip
 * non-competitive hits by walking the points tree again each time the page's lowest score rises,
 * which costs far more than it saves when thousands of services tie on their words (profiled on
 * the ops benchmark).
 */
final class Closeness extends DoubleValuesSource {

    private final String field;
    private final boolean geo;
    private final double latitude;
    private final double longitude;
    private final long origin;
    private final double pivot;

    private Closeness(String field, boolean geo, double latitude, double longitude, long origin, double pivot) {
        this.field = field;
        this.geo = geo;
        this.latitude = latitude;
        this.longitude = longitude;
        this.origin = origin;
        this.pivot = pivot;
    }

    /** Close to a point: {@code pivotMeters} away scores half the weight. */
    static Query toPoint(String field, float weight, double latitude, double longitude, double pivotMeters) {
        return query(new Closeness(field, true, latitude, longitude, 0, pivotMeters), field, weight);
    }

    /** Close to a number (e.g. today's epoch day): {@code pivot} apart scores half the weight. */
    static Query toNumber(String field, float weight, long origin, long pivot) {
        return query(new Closeness(field, false, 0, 0, origin, pivot), field, weight);
    }

    private static Query query(Closeness closeness, String field, float weight) {
        return new BoostQuery(new FunctionScoreQuery(new FieldExistsQuery(field), closeness), weight);
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
