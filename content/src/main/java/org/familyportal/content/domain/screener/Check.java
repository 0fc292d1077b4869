package org.familyportal.content.domain.screener;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One comparison of a fact: with a number ({@code value}), or with {@code value} × a parameter
 * ({@code parameter}, e.g. income ≤ 1.5 × the subsistence minimum per person), with a flag, or with a
 * list of codes ({@code IN}, {@code NOT_IN}).
 *
 * @param number    the number compared with, or the factor of the parameter (1 when absent)
 * @param parameter a parameter's name, or {@code null}
 * @param flag      the flag compared with (flags only)
 * @param codes     the codes for {@code IN}, {@code NOT_IN}, {@code EQ}, {@code NE} over text facts
 */
public record Check(Fact fact, Operator operator, BigDecimal number, String parameter, Boolean flag,
                    List<String> codes) implements Condition {

    public Check {
        Objects.requireNonNull(fact, "fact");
        Objects.requireNonNull(operator, "operator");
        codes = codes == null ? List.of() : List.copyOf(codes);
        switch (fact.kind()) {
            case FLAG -> {
                if (flag == null || (operator != Operator.EQ && operator != Operator.NE)) {
                    throw new IllegalArgumentException(fact + ": a yes/no fact is compared with = or ≠ and true or false");
                }
            }
            case TEXT -> {
                if (codes.isEmpty() || operator.numeric()) {
                    throw new IllegalArgumentException(fact + ": a code is compared with =, ≠, in or not in a list of codes");
                }
            }
            default -> {
                if (operator == Operator.IN || operator == Operator.NOT_IN) {
                    throw new IllegalArgumentException(fact + ": a number is compared with =, ≠, <, ≤, >, ≥");
                }
                if (number == null && parameter == null) {
                    throw new IllegalArgumentException(fact + ": a number or a parameter is needed");
                }
            }
        }
    }

    public static Check number(Fact fact, Operator op, long n) {
        return new Check(fact, op, BigDecimal.valueOf(n), null, null, null);
    }

    public static Check times(Fact fact, Operator op, String factor, String parameter) {
        return new Check(fact, op, new BigDecimal(factor), parameter, null, null);
    }

    public static Check flag(Fact fact, boolean value) {
        return new Check(fact, Operator.EQ, null, null, value, null);
    }

    public static Check codes(Fact fact, Operator op, String... codes) {
        return new Check(fact, op, null, null, null, List.of(codes));
    }

    /** The factor of the parameter (1 when none is written). */
    public BigDecimal factor() {
        return number == null ? BigDecimal.ONE : number;
    }
}
