package org.familyportal.content.application.screener;

import org.familyportal.content.domain.screener.TestHousehold;

import java.util.List;

/** How many test households ran, and what they did not get as expected. */
public record TestReport(int households, List<TestHousehold.Mismatch> mismatches) {

    public TestReport {
        mismatches = List.copyOf(mismatches);
    }

    public boolean passed() {
        return mismatches.isEmpty();
    }
}
