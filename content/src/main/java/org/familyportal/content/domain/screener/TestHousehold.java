package org.familyportal.content.domain.screener;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * An invented household with the answers the rules must give it on a date: a verdict per measure
 * (measures not listed are not checked) and, where given, the estimated amount.
 */
public record TestHousehold(String name, LocalDate date, Household household, Map<String, Verdict> expected,
                            Map<String, BigDecimal> amounts) {

    public TestHousehold {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(household, "household");
        expected = Map.copyOf(expected);
        amounts = amounts == null ? Map.of() : Map.copyOf(amounts);
    }

    /** What differs from the expectations when screened (empty: the household passes). */
    public java.util.List<Mismatch> run(Screener screener) {
        Screening s = screener.screen(household, date);
        java.util.List<Mismatch> out = new java.util.ArrayList<>();
        for (var e : new java.util.TreeMap<>(expected).entrySet()) {
            MeasureResult r = s.of(e.getKey());
            if (r == null) {
                out.add(new Mismatch(name, e.getKey(), e.getValue().name(), "no rule"));
            } else if (r.verdict() != e.getValue()) {
                out.add(new Mismatch(name, e.getKey(), e.getValue().name(), r.verdict().name()));
            }
        }
        for (var e : new java.util.TreeMap<>(amounts).entrySet()) {
            MeasureResult r = s.of(e.getKey());
            BigDecimal actual = r == null ? null : r.amount();
            if (actual == null || actual.compareTo(e.getValue()) != 0) {
                out.add(new Mismatch(name, e.getKey(), e.getValue().toPlainString(),
                        actual == null ? "no amount" : actual.toPlainString()));
            }
        }
        return out;
    }

    /** One expectation a test household did not meet. */
    public record Mismatch(String household, String code, String expected, String actual) {
        @Override
        public String toString() {
            return household + " / " + code + ": expected " + expected + ", got " + actual;
        }
    }
}
