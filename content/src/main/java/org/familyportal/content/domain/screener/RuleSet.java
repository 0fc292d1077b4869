package org.familyportal.content.domain.screener;

import java.util.ArrayList;
import java.util.List;

/** Everything the screener runs on, as one piece (the demo resource, or the database's contents). */
public record RuleSet(List<Parameter> parameters, List<Zone> zones, List<Rule> rules, List<TestHousehold> households) {

    public RuleSet {
        parameters = List.copyOf(parameters);
        zones = List.copyOf(zones);
        rules = List.copyOf(rules);
        households = List.copyOf(households);
    }

    public Screener screener(java.math.BigDecimal nearMargin) {
        return new Screener(rules, new ParameterBook(parameters, zones), nearMargin);
    }

    /** Every test household's mismatches against these rules. */
    public List<TestHousehold.Mismatch> runTests(java.math.BigDecimal nearMargin) {
        Screener screener = screener(nearMargin);
        List<TestHousehold.Mismatch> all = new ArrayList<>();
        households.forEach(h -> all.addAll(h.run(screener)));
        return all;
    }
}
