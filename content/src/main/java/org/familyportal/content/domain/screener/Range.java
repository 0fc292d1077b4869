package org.familyportal.content.domain.screener;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A number known exactly ({@code lo == hi}) or only within bounds (both inclusive): a child's age
 * given in full years, a count of children some of whom may or may not count, a threshold whose zone
 * is not known yet. Comparisons over a range are three-valued.
 */
public record Range(BigDecimal lo, BigDecimal hi) {

    public Range {
        Objects.requireNonNull(lo);
        Objects.requireNonNull(hi);
        if (lo.compareTo(hi) > 0) {
            throw new IllegalArgumentException("lo > hi: " + lo + " > " + hi);
        }
    }

    public static Range exactly(BigDecimal value) {
        return new Range(value, value);
    }

    public static Range exactly(long value) {
        return exactly(BigDecimal.valueOf(value));
    }

    public boolean exact() {
        return lo.compareTo(hi) == 0;
    }

    public Range times(BigDecimal factor) {
        BigDecimal a = lo.multiply(factor);
        BigDecimal b = hi.multiply(factor);
        return a.compareTo(b) <= 0 ? new Range(a, b) : new Range(b, a);
    }

    /** The smallest range holding both. */
    public Range span(Range other) {
        return new Range(lo.min(other.lo), hi.max(other.hi));
    }
}
