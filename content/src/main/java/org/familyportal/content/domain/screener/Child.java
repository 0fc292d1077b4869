package org.familyportal.content.domain.screener;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * A child of the household: a birth date, or else an age in full years (either may be missing), how
 * the child is in the family, whether the child has a disability, and, for a young adult (18 to 23),
 * whether they study full-time ("очно": school, college or university); {@code null}: not answered.
 */
public record Child(LocalDate birthDate, Integer age, Relation relation, Boolean disabled, Boolean fullTimeStudy) {

    public static final int MAX_AGE = 30;
    /** From this age a son or daughter counts as a child only while studying full-time … */
    public static final int ADULT_AGE = 18;
    /** … up to this age (below it), as most measures say ("до 23 лет, если обучается очно") … */
    public static final int STUDENT_CHILD_BELOW = 23;
    /** … and the tax deduction up to this one ("до 24 лет"): the study question is asked for ages 18 to 23. */
    public static final int STUDENT_BELOW = 24;

    public Child {
        if (age != null && (age < 0 || age > MAX_AGE)) {
            throw new IllegalArgumentException("age out of range: " + age);
        }
        if (relation == null) {
            relation = Relation.OWN;
        }
    }

    /** A child as before full-time study was asked about. */
    public Child(LocalDate birthDate, Integer age, Relation relation, Boolean disabled) {
        this(birthDate, age, relation, disabled, null);
    }

    /**
     * Whether the child's age on {@code date} may be from 18 up to (below) 24, where full-time study
     * decides whether the child counts: so too when the age is not given.
     */
    public boolean mayBeYoungAdult(LocalDate date) {
        Range a = ageOn(date);
        return a == null || (a.hi().compareTo(BigDecimal.valueOf(ADULT_AGE)) >= 0
                && a.lo().compareTo(BigDecimal.valueOf(STUDENT_BELOW)) < 0);
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
