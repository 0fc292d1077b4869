package org.familyportal.content.domain.screener;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates the rules for a household on a date, in three-valued logic: a check over an unanswered fact
 * is UNKNOWN; ALL fails when one part fails and passes when all pass; ANY passes when one part passes
 * and fails when all fail; NOT swaps PASS and FAIL. A money check that fails by at most the near
 * margin (10 % by default) of its threshold marks the measure "just above the threshold" when passing
 * it would have changed the answer. Only questions that an undecided (UNKNOWN) part of an undecided
 * rule waits for are still needed: that is how the wizard skips questions.
 */
public final class Screener {

    public static final BigDecimal DEFAULT_NEAR_MARGIN = new BigDecimal("0.10");

    private final List<Rule> rules;
    private final ParameterBook book;
    private final BigDecimal nearMargin;

    public Screener(List<Rule> rules, ParameterBook book, BigDecimal nearMargin) {
        this.rules = List.copyOf(rules);
        this.book = book;
        this.nearMargin = nearMargin == null ? DEFAULT_NEAR_MARGIN : nearMargin;
    }

    public List<Rule> rules() {
        return rules;
    }

    public ParameterBook book() {
        return book;
    }

    public Screening screen(Household household, LocalDate date) {
        List<MeasureResult> results = new ArrayList<>();
        Set<Question> needed = EnumSet.noneOf(Question.class);
        for (Rule rule : rules) {
            MeasureResult r = evaluate(rule, household, date);
            results.add(r);
            needed.addAll(r.questions());
        }
        return new Screening(results, needed);
    }

    public MeasureResult evaluate(Rule rule, Household household, LocalDate date) {
        Outcome strict = evaluate(rule.condition(), household, date, false);
        boolean near = false;
        if (strict.verdict == Verdict.FAIL) {
            near = evaluate(rule.condition(), household, date, true).verdict != Verdict.FAIL;
        }
        Set<Question> questions = EnumSet.noneOf(Question.class);
        if (strict.verdict == Verdict.UNKNOWN) {
            for (Fact f : strict.unknownFacts) {
                for (Question q : f.questions()) {
                    if (!q.answeredBy(household, date)) {
                        questions.add(q);
                    }
                }
            }
        }
        List<CheckResult> reasons = strict.verdict == Verdict.FAIL ? strict.failed : strict.passed;
        BigDecimal amount = strict.verdict != Verdict.FAIL && rule.amount() != null
                ? rule.amount().estimate(household, book, date) : null;
        return new MeasureResult(rule, strict.verdict, near, List.copyOf(reasons), questions,
                strict.verdict == Verdict.UNKNOWN ? strict.missingParameters : Set.of(), amount);
    }

    /** A condition's verdict, with the checks behind it; {@code lenient} lets near misses pass. */
    private static final class Outcome {
        Verdict verdict;
        final List<CheckResult> passed = new ArrayList<>();
        final List<CheckResult> failed = new ArrayList<>();
        final Set<Fact> unknownFacts = EnumSet.noneOf(Fact.class);
        final Set<String> missingParameters = new TreeSet<>();
    }

    private Outcome evaluate(Condition condition, Household household, LocalDate date, boolean lenient) {
        if (condition instanceof Check check) {
            return evaluate(check, household, date, lenient);
        }
        Group group = (Group) condition;
        List<Outcome> parts = new ArrayList<>();
        for (Condition c : group.conditions()) {
            parts.add(evaluate(c, household, date, lenient));
        }
        Outcome o = new Outcome();
        switch (group.kind()) {
            case NOT -> {
                Outcome inner = parts.get(0);
                o.verdict = inner.verdict.not();
                inner.failed.forEach(r -> o.passed.add(r.negate()));
                inner.passed.forEach(r -> o.failed.add(r.negate()));
                o.unknownFacts.addAll(inner.unknownFacts);
                o.missingParameters.addAll(inner.missingParameters);
                return o;
            }
            case ALL -> o.verdict = parts.stream().anyMatch(p -> p.verdict == Verdict.FAIL) ? Verdict.FAIL
                    : parts.stream().allMatch(p -> p.verdict == Verdict.PASS) ? Verdict.PASS : Verdict.UNKNOWN;
            case ANY -> o.verdict = parts.stream().anyMatch(p -> p.verdict == Verdict.PASS) ? Verdict.PASS
                    : parts.stream().allMatch(p -> p.verdict == Verdict.FAIL) ? Verdict.FAIL : Verdict.UNKNOWN;
        }
        for (Outcome p : parts) {
            if (p.verdict == Verdict.PASS && (group.kind() == Group.Kind.ALL || o.passed.isEmpty())) {
                o.passed.addAll(p.passed);
            }
            if (p.verdict == Verdict.FAIL) {
                o.failed.addAll(p.failed);
            }
            if (o.verdict == Verdict.UNKNOWN && p.verdict == Verdict.UNKNOWN) {
                o.unknownFacts.addAll(p.unknownFacts);
                o.missingParameters.addAll(p.missingParameters);
            }
        }
        return o;
    }

    private Outcome evaluate(Check check, Household household, LocalDate date, boolean lenient) {
        Outcome o = new Outcome();
        Object value = check.fact().valueFor(household, date);
        Range threshold = null;
        boolean near = false;
        if (check.parameter() != null) {
            threshold = book.lookup(check.parameter(), household, date);
            if (threshold == null) {
                if (value == null) {
                    o.unknownFacts.add(check.fact());
                }
                o.missingParameters.add(check.parameter());
                if (household.region() == null) {
                    o.unknownFacts.add(Fact.REGION);
                }
                o.verdict = Verdict.UNKNOWN;
                return o;
            }
            threshold = threshold.times(check.factor());
        } else if (check.number() != null) {
            threshold = Range.exactly(check.number());
        }
        if (value == null) {
            o.unknownFacts.add(check.fact());
            o.verdict = Verdict.UNKNOWN;
            return o;
        }
        Verdict v;
        switch (check.fact().kind()) {
            case FLAG -> v = Verdict.of(value.equals(check.flag()) == (check.operator() == Operator.EQ));
            case TEXT -> {
                boolean in = check.codes().contains((String) value);
                v = Verdict.of(in == (check.operator() == Operator.EQ || check.operator() == Operator.IN));
            }
            default -> {
                Range x = (Range) value;
                v = compare(x, check.operator(), threshold);
                if (v == Verdict.UNKNOWN) {
                    // A range that straddles the threshold (a young adult who may be studying, an age in
                    // full years): the fact's questions still unanswered, if any, are worth asking.
                    o.unknownFacts.add(check.fact());
                }
                if (v == Verdict.FAIL && check.fact().kind() == Fact.Kind.MONEY) {
                    near = nearMiss(x, check.operator(), threshold);
                    if (near && lenient) {
                        v = Verdict.PASS;
                    }
                }
            }
        }
        o.verdict = v;
        CheckResult r = new CheckResult(check, v, threshold, near, false);
        if (v == Verdict.PASS) {
            o.passed.add(r);
        } else if (v == Verdict.FAIL) {
            o.failed.add(r);
        }
        return o;
    }

    static Verdict compare(Range x, Operator op, Range t) {
        return switch (op) {
            case LT -> x.hi().compareTo(t.lo()) < 0 ? Verdict.PASS : x.lo().compareTo(t.hi()) >= 0 ? Verdict.FAIL : Verdict.UNKNOWN;
            case LE -> x.hi().compareTo(t.lo()) <= 0 ? Verdict.PASS : x.lo().compareTo(t.hi()) > 0 ? Verdict.FAIL : Verdict.UNKNOWN;
            case GT -> x.lo().compareTo(t.hi()) > 0 ? Verdict.PASS : x.hi().compareTo(t.lo()) <= 0 ? Verdict.FAIL : Verdict.UNKNOWN;
            case GE -> x.lo().compareTo(t.hi()) >= 0 ? Verdict.PASS : x.hi().compareTo(t.lo()) < 0 ? Verdict.FAIL : Verdict.UNKNOWN;
            case EQ -> x.hi().compareTo(t.lo()) < 0 || x.lo().compareTo(t.hi()) > 0 ? Verdict.FAIL
                    : x.exact() && t.exact() ? Verdict.PASS : Verdict.UNKNOWN;
            case NE -> compare(x, Operator.EQ, t).not();
            default -> throw new IllegalArgumentException(op + " does not compare numbers");
        };
    }

    /** Whether a failed comparison missed by at most the margin of the threshold. */
    private boolean nearMiss(Range x, Operator op, Range t) {
        BigDecimal up = BigDecimal.ONE.add(nearMargin);
        BigDecimal down = BigDecimal.ONE.subtract(nearMargin);
        return switch (op) {
            case LT, LE -> x.lo().compareTo(t.hi().multiply(up)) <= 0;
            case GT, GE -> x.hi().compareTo(t.lo().multiply(down)) >= 0;
            default -> false;
        };
    }
}
