package org.familyportal.content.domain.screener;

/**
 * How one check came out, for the "why": the check, its verdict, the threshold it was compared with
 * (the parameter's value × factor, when it had one), whether it failed only narrowly, and whether it
 * stands under a NOT (so it reads the other way round: "no second flat").
 */
public record CheckResult(Check check, Verdict verdict, Range threshold, boolean near, boolean negated) {

    CheckResult negate() {
        return new CheckResult(check, verdict.not(), threshold, near, !negated);
    }
}
