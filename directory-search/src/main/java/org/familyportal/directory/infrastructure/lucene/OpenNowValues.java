package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;

import java.io.IOException;
import java.time.Instant;

/** 1 for a service open at {@code instant} by its schedule (in its region's time), else 0. */
final class OpenNowValues extends ScorelessValues {

    private final Instant instant;

    OpenNowValues(Instant instant) {
        super(null);
        this.instant = instant;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
        OpenBySchedule schedules = new OpenBySchedule(context, instant);
        return new DoubleValues() {
            private boolean open;

            @Override
            public double doubleValue() {
                return open ? 1 : 0;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                open = schedules.open(doc);
                return true;
            }
        };
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
