package org.familyportal.content.domain.screener;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A number the rules refer to by name (a subsistence minimum, a fixed amount), for a region (or all
 * of Russia: {@code region == null}) and optionally a zone inside it, in force from a date (to a date,
 * inclusive, or open), with the source it was taken from.
 */
public record Parameter(String name, String region, String zone, BigDecimal value, LocalDate effectiveFrom,
                        LocalDate effectiveTo, String source) {

    public static final int NAME_LENGTH = 100;
    public static final int SOURCE_LENGTH = 500;

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        region = blankToNull(region);
        zone = blankToNull(zone);
        if (name.isBlank() || name.length() > NAME_LENGTH) {
            throw new IllegalArgumentException("a parameter's name is 1 to " + NAME_LENGTH + " characters");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("a parameter is not negative");
        }
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("a parameter ends after it begins");
        }
        if (source == null || source.isBlank() || source.length() > SOURCE_LENGTH) {
            throw new IllegalArgumentException("a parameter names its source (up to " + SOURCE_LENGTH + " characters)");
        }
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
