package org.familyportal.content.domain.screener;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How a rule estimates the amount, when it gives one.
 * <ul>
 *   <li>{@code FIXED}: a number, or a parameter (so that editors change it with an effective date);</li>
 *   <li>{@code PERCENT}: a percentage of a parameter (e.g. 100 % of the child subsistence minimum);</li>
 *   <li>{@code TOP_UP}: the unified allowance's steps: the first of {@code steps} (percentages of
 *       {@code parameter}) with which the income per person reaches {@code target}, else the last.</li>
 * </ul>
 * With {@code per}, the amount is for each unit of that fact (e.g. each child under 17).
 */
public record Amount(Kind kind, BigDecimal value, String parameter, List<BigDecimal> steps, String target,
                     Fact per, Period period, Qualifier qualifier) {

    public enum Kind { FIXED, PERCENT, TOP_UP }

    public enum Period { ONCE, MONTH, YEAR }

    /** Whether the estimate is the amount, its lower bound, its upper bound or an approximation. */
    public enum Qualifier { EXACT, FROM, UP_TO, ABOUT }

    public Amount {
        Objects.requireNonNull(kind, "kind");
        steps = steps == null ? List.of() : List.copyOf(steps);
        period = period == null ? Period.ONCE : period;
        qualifier = qualifier == null ? Qualifier.EXACT : qualifier;
        switch (kind) {
            case FIXED -> {
                if (value == null && parameter == null) {
                    throw new IllegalArgumentException("a fixed amount needs a value or a parameter");
                }
            }
            case PERCENT -> {
                if (value == null || parameter == null) {
                    throw new IllegalArgumentException("a percentage needs a value (percent) and a parameter");
                }
            }
            case TOP_UP -> {
                if (steps.isEmpty() || parameter == null || target == null) {
                    throw new IllegalArgumentException("a top-up needs steps, a parameter and a target");
                }
            }
        }
        if (per != null && !per.numeric()) {
            throw new IllegalArgumentException("an amount is multiplied by a number");
        }
    }

    /** The estimate for the household on the date, or {@code null} when it cannot be computed (yet). */
    public BigDecimal estimate(Household household, ParameterBook book, LocalDate date) {
        BigDecimal units = BigDecimal.ONE;
        if (per != null) {
            Range r = (Range) per.valueFor(household, date);
            if (r == null || !r.exact()) {
                return null;
            }
            units = r.lo();
        }
        BigDecimal one = switch (kind) {
            case FIXED -> value != null && parameter == null ? value : exact(book.lookup(parameter, household, date));
            case PERCENT -> percentOf(value, exact(book.lookup(parameter, household, date)));
            case TOP_UP -> topUp(household, book, date, units);
        };
        return one == null ? null : one.multiply(units).setScale(2, RoundingMode.HALF_UP);
    }

    private BigDecimal topUp(Household household, ParameterBook book, LocalDate date, BigDecimal units) {
        BigDecimal base = exact(book.lookup(parameter, household, date));
        BigDecimal goal = exact(book.lookup(target, household, date));
        Range income = (Range) Fact.INCOME_PER_PERSON.valueFor(household, date);
        Range size = (Range) Fact.FAMILY_SIZE.valueFor(household, date);
        if (base == null || goal == null || income == null || size == null) {
            return null;
        }
        for (int i = 0; i < steps.size(); i++) {
            BigDecimal payment = percentOf(steps.get(i), base);
            if (i == steps.size() - 1) {
                return payment;
            }
            BigDecimal withPayment = income.lo().multiply(size.lo()).add(payment.multiply(units))
                    .divide(size.lo(), 2, RoundingMode.HALF_UP);
            if (withPayment.compareTo(goal) >= 0) {
                return payment;
            }
        }
        return null;
    }

    private static BigDecimal exact(Range r) {
        return r == null || !r.exact() ? null : r.lo();
    }

    private static BigDecimal percentOf(BigDecimal percent, BigDecimal base) {
        return base == null ? null : base.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }
}
