package org.familyportal.content.domain.screener;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** What the screener answered for a household: one result per measure, and the questions still worth asking. */
public record Screening(List<MeasureResult> results, Set<Question> neededQuestions) {

    public Screening {
        results = List.copyOf(results);
        neededQuestions = neededQuestions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(neededQuestions));
    }

    public List<MeasureResult> entitled() {
        return results.stream().filter(r -> r.verdict() == Verdict.PASS).toList();
    }

    public List<MeasureResult> needMoreInformation() {
        return results.stream().filter(r -> r.verdict() == Verdict.UNKNOWN).toList();
    }

    public List<MeasureResult> nearThreshold() {
        return results.stream().filter(r -> r.verdict() == Verdict.FAIL && r.nearThreshold()).toList();
    }

    public List<MeasureResult> notEligible() {
        return results.stream().filter(r -> r.verdict() == Verdict.FAIL && !r.nearThreshold()).toList();
    }

    public MeasureResult of(String code) {
        return results.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
    }

    /** Whether a step still has a question some undecided measure needs. */
    public boolean needs(Step step) {
        return neededQuestions.stream().anyMatch(q -> q.step() == step);
    }

    /** The steps still needed, in order. */
    public List<Step> neededSteps() {
        List<Step> steps = new ArrayList<>();
        for (Step s : Step.values()) {
            if (needs(s)) {
                steps.add(s);
            }
        }
        return steps;
    }

    /** The codes of the results, sorted, for messages. */
    Set<String> codes() {
        Set<String> codes = new TreeSet<>();
        results.forEach(r -> codes.add(r.code()));
        return codes;
    }
}
