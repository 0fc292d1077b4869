package org.familyportal.directory.infrastructure.lucene;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.familyportal.directory.domain.search.Opening;
import org.familyportal.directory.domain.search.OpeningRule;

import java.io.IOException;
import java.time.Instant;

/**
 * Whether the services of one index segment are open at an instant. Schedules are sorted doc
 * values: services sharing a schedule share an ordinal, and each schedule is decided only once.
 */
final class OpenBySchedule {

    private static final Opening[] OPENINGS = Opening.values();
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
        return at(doc).open();
    }

    /** What the service's schedule says at the instant; a service without one: not given. */
    Opening at(int doc) throws IOException {
        if (schedules == null || !schedules.advanceExact(doc)) {
            return Opening.NOT_GIVEN;
        }
        int ord = schedules.ordValue();
        if (decided[ord] == 0) {
            Opening opening = OpeningRule.at(OpeningCodec.decode(schedules.lookupOrd(ord).utf8ToString()), instant);
            decided[ord] = (byte) (opening.ordinal() + 1);
        }
        return OPENINGS[decided[ord] - 1];
    }
}
