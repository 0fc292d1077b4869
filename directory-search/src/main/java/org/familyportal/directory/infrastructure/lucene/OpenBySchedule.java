package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.familyportal.directory.domain.search.OpeningRule;

import java.io.IOException;
import java.time.Instant;

/**
 * Whether the services of one index segment are open at an instant. Schedules are sorted doc
 * values: services sharing a schedule share an ordinal, and each schedule is decided only once.
 */
final class OpenBySchedule {

    private final SortedDocValues schedules;
    private final Instant instant;
    private final byte[] decided;

    OpenBySchedule(LeafReaderContext leaf, Instant instant) throws IOException {
        this.schedules = leaf.reader().getSortedDocValues(SearchIndex.OPENING);
        this.instant = instant;
        this.decided = new byte[schedules == null ? 0 : schedules.getValueCount()];
    }

    /** For documents in increasing order (doc values are read forward only). */
    boolean open(int doc) throws IOException {
        if (schedules == null || !schedules.advanceExact(doc)) {
            return false;
        }
        int ord = schedules.ordValue();
        if (decided[ord] == 0) {
            boolean open = OpeningRule.openAt(OpeningCodec.decode(schedules.lookupOrd(ord).utf8ToString()), instant);
            decided[ord] = (byte) (open ? 1 : 2);
        }
        return decided[ord] == 1;
    }
}
