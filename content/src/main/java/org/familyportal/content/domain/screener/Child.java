package org.familyportal.content.domain.screener;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * A child of the household: a birth date, or else an age in full years (either may be missing), how
 * the child is in the family, and whether the child has a disability ({@code null}: not answered).
 */
public record Child(LocalDate birthDate, Integer age, Relation relation, Boolean disabled) {

    public static final int MAX_AGE = 30;

    public Child {
        if (age != null && (age < 0 || age > MAX_AGE)) {
            throw new IllegalArgumentException("age out of range: " + age);
        }
        if (relation == null) {
            relation = Relation.OWN;
        }
    }

    /** The age in years on {@code date} (fractional with a birth date), or {@code null} when neither is given. */
    Range ageOn(LocalDate date) {
        if (birthDate != null) {
            long months = ChronoUnit.MONTHS.between(birthDate, date);
            BigDecimal years = BigDecimal.valueOf(Math.max(0, months)).divide(BigDecimal.valueOf(12), 3, RoundingMode.DOWN);
            return Range.exactly(years);
        }
        if (age != null) {
            return new Range(BigDecimal.valueOf(age), new BigDecimal(age + "." + "999"));
        }
        return null;
    }

    /** The year of birth, exactly from a birth date, or the two years an age in full years allows. */
    Range birthYear(LocalDate date) {
        if (birthDate != null) {
            return Range.exactly(birthDate.getYear());
        }
        if (age != null) {
            LocalDate latest = date.minus(Period.ofYears(age));
            LocalDate earliest = date.minus(Period.ofYears(age + 1)).plusDays(1);
            return new Range(BigDecimal.valueOf(earliest.getYear()), BigDecimal.valueOf(latest.getYear()));
        }
        return null;
    }
}
