package org.familyportal.portal.interfaces.web.content.screener;

import org.familyportal.content.application.screener.DemoScreenerRules;
import org.familyportal.content.domain.screener.Amount;
import org.familyportal.content.domain.screener.Check;
import org.familyportal.content.domain.screener.Fact;
import org.familyportal.content.domain.screener.Group;
import org.familyportal.content.domain.screener.Operator;
import org.familyportal.content.domain.screener.Rule;
import org.familyportal.content.domain.screener.RuleJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The structured rule editor's form: read from a rule and back without change, rows moved, mistakes on their rows. */
class RuleFormTest {

    static final Check A = Check.number(Fact.CHILDREN_COUNT, Operator.GE, 3);
    static final Check B = Check.flag(Fact.PREGNANT, true);
    static final Check C = Check.times(Fact.INCOME_PER_PERSON, Operator.LT, "1.5", "subsistence.perPerson");
    static final Check D = Check.codes(Fact.REGION, Operator.IN, "38", "54");

    static Rule rule(org.familyportal.content.domain.screener.Condition when, Amount amount) {
        return new Rule("test-rule", "Мера", "Measure", when, amount, List.of(Rule.Channel.MFC), "source", null, null, null);
    }

    static List<Rule> demoRules() {
        return DemoScreenerRules.read().rules();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoRules")
    void everyDemoRuleComesBackFromTheFormUnchanged(Rule demo) {
        RuleForm form = RuleForm.of(demo);
        Rule back = form.toRule();
        assertFalse(form.hasErrors());
        assertEquals(demo, back);
        assertEquals(RuleJson.write(demo), RuleJson.write(back), "the same notation, written the same way");
    }

    @Test
    void aRuleOfOneCheckOrANotIsShownUnderAllOfAndSavedAsItWas() {
        for (var when : List.of(A, Group.not(B))) {
            RuleForm form = RuleForm.of(rule(when, null));
            assertTrue(form.getRows().get(0).isGroup());
            assertEquals("ALL", form.getRows().get(0).getKind());
            assertEquals(when, form.toRule().condition());
        }
    }

    @Test
    void rowsMoveWithinTheirGroupTogetherWithWhatTheyHold() {
        // all [A, any [B, C], D]: rows 0 all, 1 A, 2 any, 3 B, 4 C, 5 D
        RuleForm form = RuleForm.of(rule(Group.all(A, Group.any(B, C), D), null));
        form.moveDown(1);
        assertEquals(Group.all(Group.any(B, C), A, D), form.toRule().condition());
        form.moveUp(4);  // A back above the group
        assertEquals(Group.all(A, Group.any(B, C), D), form.toRule().condition());
        form.moveUp(3);  // B is first in its group: stays
        form.moveDown(4); // C is last in its group: stays
        assertEquals(Group.all(A, Group.any(B, C), D), form.toRule().condition());
        form.moveDown(3);
        assertEquals(Group.all(A, Group.any(C, B), D), form.toRule().condition());
        form.remove(2);
        assertEquals(Group.all(A, D), form.toRule().condition());
        form.remove(0);  // the outermost group stays
        assertEquals(Group.all(A, D), form.toRule().condition());
    }

    @Test
    void addedRowsGoToTheEndOfTheirGroupAndMustBeFilledIn() {
        RuleForm form = RuleForm.of(rule(Group.all(A, Group.any(B, C)), null));
        form.addCheck(2);   // into "any", after C
        assertEquals(2, form.getRows().get(5).getDepth());
        assertNull(form.toRule());
        assertEquals("screener.form.error.fact", form.getRows().get(5).getError());
        RuleForm.Row added = form.getRows().get(5);
        added.setFact("EMPLOYED");
        added.fitOperator();
        assertEquals("EQ", added.getOperator());
        added.setFlag("true");
        assertEquals(Group.all(A, Group.any(B, C, Check.flag(Fact.EMPLOYED, true))), form.toRule().condition());

        form.addGroup(0);
        assertEquals(8, form.getRows().size());
        assertTrue(form.getRows().get(6).isGroup());
        form.getRows().get(7).setFact("YOUNGEST_CHILD_AGE");
        form.getRows().get(7).fitOperator();
        form.getRows().get(7).setNumber("1,5");
        assertEquals(Group.any(new Check(Fact.YOUNGEST_CHILD_AGE, Operator.LE, new BigDecimal("1.5"), null, null, null)),
                ((Group) form.toRule().condition()).conditions().get(2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", delimiter = '|', value = {
            // what                          | fact              | operator | number | parameter             | flag | codes  | mistake
            "a number with a comma           | CHILDREN_COUNT    | GE       | 3      | -                     | -    | -      | -",
            "a multiplier with a comma       | INCOME_PER_PERSON | LE       | 1,5    | subsistence.perPerson | -    | -      | -",
            "no multiplier: one              | INCOME_PER_PERSON | LE       | -      | subsistence.perPerson | -    | -      | -",
            "a multiplier that is not one    | INCOME_PER_PERSON | LE       | abc    | subsistence.perPerson | -    | -      | screener.form.error.factor",
            "a number missing                | CHILDREN_COUNT    | GE       | -      | -                     | -    | -      | screener.form.error.number",
            "a number that is not one        | CHILDREN_COUNT    | GE       | 3 kids | -                     | -    | -      | screener.form.error.number",
            "a list's operation on a number  | CHILDREN_COUNT    | IN       | 3      | -                     | -    | -      | screener.form.error.operator",
            "yes or no not chosen            | PREGNANT          | EQ       | -      | -                     | -    | -      | screener.form.error.flag",
            "less than on yes or no          | PREGNANT          | LT       | -      | -                     | true | -      | screener.form.error.operator",
            "no code                         | REGION            | IN       | -      | -                     | -    | ' '    | screener.form.error.codes",
            "codes by commas and spaces      | REGION            | IN       | -      | -                     | -    | 38, 54 | -",
            "no fact                         | -                 | GE       | 3      | -                     | -    | -      | screener.form.error.fact",
    })
    void aCheckRowIsReadOrItsMistakeShownOnItWithWhatWasTypedKept(String what, String fact, String operator, String number,
                                                                 String parameter, String flag, String codes, String mistake) {
        RuleForm form = RuleForm.of(rule(Group.all(B, A), null));
        RuleForm.Row row = form.getRows().get(2);
        row.setFact(fact);
        row.setOperator(operator);
        row.setNumber(number);
        row.setParameter(parameter);
        row.setFlag(flag);
        row.setCodes(codes);
        Rule back = form.toRule();
        assertEquals(mistake, row.getError(), what);
        assertNull(form.getRows().get(1).getError(), "the other rows have no mistake");
        assertEquals(mistake == null, back != null);
        assertEquals(number, row.getNumber(), "what was typed is kept");
    }

    @Test
    void groupsNeedTheirConditions() {
        RuleForm form = RuleForm.of(rule(Group.all(A, Group.not(B)), null));
        form.addCheck(2);
        form.getRows().get(4).setFact("CAR");
        form.getRows().get(4).fitOperator();
        form.getRows().get(4).setFlag("true");
        assertNull(form.toRule());
        assertEquals("screener.form.error.notOne", form.getRows().get(2).getError());
        form.remove(3);
        form.remove(3);
        assertNull(form.toRule());
        assertEquals("screener.form.error.groupEmpty", form.getRows().get(2).getError());
    }

    @Test
    void theAmountAndTheRulesFieldsAreCheckedFieldByField() {
        Amount unified = new Amount(Amount.Kind.TOP_UP, null, "subsistence.perChild",
                List.of(new BigDecimal(50), new BigDecimal(75), new BigDecimal(100)), "subsistence.perPerson",
                Fact.CHILDREN_UNDER_17, Amount.Period.MONTH, Amount.Qualifier.ABOUT);
        RuleForm form = RuleForm.of(rule(A, unified));
        assertEquals("50; 75; 100", form.getAmountSteps());
        form.setAmountSteps("50; 75 ; 100,5");
        assertEquals(List.of(new BigDecimal("50"), new BigDecimal("75"), new BigDecimal("100.5")), form.toRule().amount().steps());
        form.setAmountTarget("");
        form.setAmountSteps("fifty");
        form.setTitleRu(" ");
        form.setEffectiveFrom("1 Feb");
        assertNull(form.toRule());
        assertEquals("screener.form.error.parameter", form.error("amountTarget"));
        assertEquals("screener.form.error.steps", form.error("amountSteps"));
        assertEquals("screener.form.error.required", form.error("titleRu"));
        assertEquals("screener.form.error.date", form.error("effectiveFrom"));
        assertEquals("fifty", form.getAmountSteps());

        form = RuleForm.of(rule(A, unified));
        form.setAmountKind("");
        assertNull(form.toRule().amount(), "no amount");
        form.setAmountKind("FIXED");
        form.setAmountParameter("");
        form.setAmountValue("");
        assertNull(form.toRule());
        assertEquals("screener.form.error.amountFixed", form.error("amountValue"));
        form.setAmountValue("28 800,50");
        assertEquals(new BigDecimal("28800.50"), form.toRule().amount().value());
    }
}
