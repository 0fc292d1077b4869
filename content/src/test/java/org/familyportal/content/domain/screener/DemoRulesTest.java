package org.familyportal.content.domain.screener;

import org.familyportal.content.application.screener.DemoScreenerRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo rules (the resource the portal loads) meet every test household they carry, and cover every measure. */
class DemoRulesTest {

    static final Set<String> CODES = Set.of("unified-allowance", "maternity-capital", "birth-grant", "childcare-allowance",
            "maternity-benefit", "mortgage-450", "family-mortgage", "family-tax-payment", "child-tax-deduction",
            "social-contract", "disabled-child-carer-payment", "large-family-status", "placement-grant",
            "disabled-child-pension", "survivor-pension", "sick-child-care-benefit", "education-tax-deduction",
            "irk-regional-capital", "irk-guardianship-allowance", "irk-large-family-utilities", "irk-school-uniform",
            "nsk-family-capital", "nsk-young-family-birth-bonus", "nsk-guardianship-allowance", "nsk-large-family-utilities",
            "chel-third-child-300k", "chel-third-child-monthly", "chel-guardianship-allowance", "chel-large-family-utilities",
            "sam-third-child-monthly", "sam-regional-capital", "sam-young-mother-100k", "sam-guardianship-allowance");

    /** The resource as the portal reads it on start. */
    static RuleSet demo() {
        return DemoScreenerRules.read();
    }

    static List<TestHousehold> households() {
        return demo().households();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("households")
    void theRulesGiveTheTestHouseholdItsExpectedAnswers(TestHousehold household) {
        RuleSet demo = demo();
        List<TestHousehold.Mismatch> mismatches = household.run(demo.screener(null));
        assertTrue(mismatches.isEmpty(), () -> mismatches.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void everyMeasureHasExactlyOneRuleAndEveryRuleSurvivesWritingAndReadingBack() {
        RuleSet demo = demo();
        Set<String> codes = demo.rules().stream().map(Rule::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(CODES), codes);
        assertEquals(CODES.size(), demo.rules().size());
        for (Rule r : demo.rules()) {
            assertEquals(r, RuleJson.readRule(RuleJson.write(r)), r.code());
        }
        for (TestHousehold h : demo.households()) {
            assertEquals(h, RuleJson.readTestHousehold(RuleJson.write(h)), h.name());
        }
    }
}
