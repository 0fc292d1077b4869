package org.familyportal.directory.infrastructure.lucene;

/**
 * Services whose information may be out of date rank lower: the final score of a service last
 * verified on or before a day (its epoch day in a {@code LongField}) is multiplied by a factor below
 * one. A service never verified (no date, indexed as 0) keeps its score: nothing is known either way.
 * Applied with the other factors that only lower a score (see Lowering).
 */
final class Freshness {

    /** How much a possibly out-of-date service keeps of its score. */
    static final double STALE_FACTOR = 0.6;

    private Freshness() {
    }

    /** The factor for a service verified on epoch day {@code verified} (0: never). */
    static double factor(long verified, long staleUpTo, double factor) {
        return verified > 0 && verified <= staleUpTo ? factor : 1.0;
    }
}
