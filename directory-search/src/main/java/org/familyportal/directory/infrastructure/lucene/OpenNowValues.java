package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.familyportal.directory.domain.search.OpeningRule;

import java.io.IOException;
import java.time.Instant;

/** 1 for a service open at {@code instant} by its schedule (in its region's time), else 0. */
final class OpenNowValues extends DoubleValuesSource {

    private final Instant instant;

    OpenNowValues(Instant instant) {
        this.instant = instant;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
        BinaryDocValues opening = context.reader().getBinaryDocValues(SearchIndex.OPENING);
        java.util.Map<org.apache.lucene.util.BytesRef, Boolean> decided = new java.util.HashMap<>();
        return new DoubleValues() {
            private boolean open;

            @Override
            public double doubleValue() {
                return open ? 1 : 0;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                open = false;
                if (opening != null && opening.advanceExact(doc)) {
                    org.apache.lucene.util.BytesRef value = opening.binaryValue();
                    Boolean known = decided.get(value);
                    if (known == null) {
                        known = OpeningRule.openAt(OpeningCodec.decode(value.utf8ToString()), instant);
                        decided.put(org.apache.lucene.util.BytesRef.deepCopyOf(value), known);
                    }
                    open = known;
                }
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher reader) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return false;
    }

    @Override
    public int hashCode() {
        return instant.hashCode();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof OpenNowValues other && other.instant.equals(instant);
    }

    @Override
    public String toString() {
        return "openAt(" + instant + ")";
    }
}
