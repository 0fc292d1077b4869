package org.familyportal.content.domain.measure;

import java.time.LocalDate;
import java.time.Month;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a measure is due to be checked again: it was never verified, or not within {@code months}
 * months; or an amount's period ended with nothing after it; or an amount indexed every February
 * dates from before the latest 1 February (amounts change then, so the figure shown is likely old).
 */
public record Staleness(int months) {

    public static final int DEFAULT_MONTHS = 6;

    public Staleness {
        if (months < 1) {
            throw new IllegalArgumentException("months must be positive: " + months);
        }
    }

    public Set<StaleReason> reasons(SupportMeasure measure, LocalDate today) {
        Set<StaleReason> reasons = EnumSet.noneOf(StaleReason.class);
        if (measure.getVerifiedOn() == null) {
            reasons.add(StaleReason.NEVER_VERIFIED);
        } else if (measure.getVerifiedOn().isBefore(today.minusMonths(months))) {
            reasons.add(StaleReason.VERIFIED_LONG_AGO);
        }
        LocalDate indexation = latestIndexation(today);
        for (MeasureAmount amount : measure.getAmounts()) {
            if (amount.endedBefore(today) && !followed(measure, amount)) {
                reasons.add(StaleReason.AMOUNT_ENDED);
            }
            if (amount.isIndexedInFebruary() && !amount.endedBefore(today)
                    && amount.getEffectiveFrom().isBefore(indexation)) {
                reasons.add(StaleReason.INDEXATION_PASSED);
            }
        }
        return reasons;
    }

    public boolean isStale(SupportMeasure measure, LocalDate today) {
        return !reasons(measure, today).isEmpty();
    }

    /** The latest 1 February on or before {@code today}: the yearly indexation of family payments. */
    public static LocalDate latestIndexation(LocalDate today) {
        LocalDate thisYear = LocalDate.of(today.getYear(), Month.FEBRUARY, 1);
        return today.isBefore(thisYear) ? thisYear.minusYears(1) : thisYear;
    }

    /** Whether another amount of the same label starts after {@code ended}'s period: the figure was renewed. */
    private static boolean followed(SupportMeasure measure, MeasureAmount ended) {
        return measure.getAmounts().stream().anyMatch(a -> a != ended && a.getLabelRu().equals(ended.getLabelRu())
                && a.getEffectiveFrom().isAfter(ended.getEffectiveTo()));
    }
}
