package org.familyportal.content.domain.screener;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The screener's logic as tables: unknown vs ineligible, near the threshold, zones, dates, pruned questions. */
class ScreenerTest {

    static final LocalDate SPRING_2025 = LocalDate.of(2025, 4, 1);
    static final LocalDate SPRING_2026 = LocalDate.of(2026, 4, 1);

    /** Low income: income per person below the region's subsistence minimum. */
    static final Rule LOW_INCOME = new Rule("low-income", "Низкий доход", "Low income", Group.all(
            Check.number(Fact.CHILDREN_COUNT, Operator.GE, 1),
            Check.times(Fact.INCOME_PER_PERSON, Operator.LT, "1", "pm"),
            Group.not(Check.flag(Fact.CAR, true))), null, List.of(Rule.Channel.GOSUSLUGI), "test", null, null, null);

    static final ParameterBook BOOK = new ParameterBook(List.of(
            new Parameter("pm", "38", "far-north", new BigDecimal("24000"), LocalDate.of(2026, 1, 1), null, "t"),
            new Parameter("pm", "38", "south", new BigDecimal("18000"), LocalDate.of(2026, 1, 1), null, "t"),
            new Parameter("pm", "74", null, new BigDecimal("16000"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "t"),
            new Parameter("pm", "74", null, new BigDecimal("17000"), LocalDate.of(2026, 1, 1), null, "t")),
            List.of(new Zone("38-north", "38", "far-north"), new Zone("38-south", "38", "south")));

    static final Screener SCREENER = new Screener(List.of(LOW_INCOME), BOOK, null);

    static Household family(String region, String municipality, Integer income, Boolean car) {
        return new Household(region, municipality, 2, List.of(new Child(null, 5, Relation.OWN, false), new Child(null, 8, null, false)),
                null, null, null, null, income == null ? null : BigDecimal.valueOf(income), null, null, null, car, null, null, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            // case,                                    region, municipality, income (family of 4), car, date,       verdict, near
            "below the minimum,                          74,     74-x,   60000, false, 2026-04-01, PASS,    false",
            "income not answered: unknown not refused,  74,     74-x,       -, false, 2026-04-01, UNKNOWN, false",
            "car not answered: unknown,                  74,     74-x,   60000,     -, 2026-04-01, UNKNOWN, false",
            "a new car: not eligible,                    74,     74-x,   60000,  true, 2026-04-01, FAIL,    false",
            "unknown car but far above: not eligible,    74,     74-x,  200000,     -, 2026-04-01, FAIL,    false",
            "5 % above the minimum: near,                74,     74-x,   71400, false, 2026-04-01, FAIL,    true",
            "11 % above the minimum: not near,           74,     74-x,   75480, false, 2026-04-01, FAIL,    false",
            "same family in 2025: minimum was lower,     74,     74-x,   66000, false, 2025-04-01, FAIL,    true",
            "same family in 2026: below the minimum,     74,     74-x,   66000, false, 2026-04-01, PASS,    false",
            "Far North zone: 20 000 below 24 000,        38,     38-north, 80000, false, 2026-04-01, PASS,  false",
            "southern zone: 20 000 above 18 000,         38,     38-south, 80000, false, 2026-04-01, FAIL,  false",
            "zone not known: 20 000 between the zones,   38,     -,      80000, false, 2026-04-01, UNKNOWN, false",
            "zone not known: 17 000 below every zone,    38,     -,      68000, false, 2026-04-01, PASS,    false",
            "region not known,                           -,      -,      60000, false, 2026-04-01, UNKNOWN, false",
            "no minimum in force before 2025,            74,     74-x,   60000, false, 2024-04-01, UNKNOWN, false",
    })
    void theVerdictFollowsTheFactsTheZoneAndTheDate(String name, String region, String municipality, Integer income,
                                                   Boolean car, LocalDate date, Verdict verdict, boolean near) {
        MeasureResult r = SCREENER.evaluate(LOW_INCOME, family(region, municipality, income, car), date);
        assertEquals(verdict, r.verdict(), name);
        assertEquals(near, r.nearThreshold(), name);
    }

    @Test
    void anUnansweredQuestionIsWhatAnUnknownWaitsFor() {
        MeasureResult r = SCREENER.evaluate(LOW_INCOME, family("74", "74-x", null, false), SPRING_2026);
        assertEquals(Set.of(Question.INCOME), r.questions());
    }

    @Test
    void aPassSaysWhichChecksPassedAndANotReadsTheOtherWay() {
        MeasureResult r = SCREENER.evaluate(LOW_INCOME, family("74", "74-x", 60000, false), SPRING_2026);
        assertEquals(3, r.reasons().size());
        CheckResult car = r.reasons().get(2);
        assertEquals(Fact.CAR, car.check().fact());
        assertTrue(car.negated());
        assertEquals(new BigDecimal("17000"), r.reasons().get(1).threshold().lo());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            // case,                              birth date,  age, on,         youngest under 1.5?
            "born 10 months ago,                  2025-06-01,    -, 2026-04-01, PASS",
            "born 2 years ago,                    2024-03-01,    -, 2026-04-01, FAIL",
            "'0 years': surely under 1.5,         -,             0, 2026-04-01, PASS",
            "'1 year': 1 to 2 so not known,      -,             1, 2026-04-01, UNKNOWN",
            "'2 years': surely not,               -,             2, 2026-04-01, FAIL",
            "neither date nor age,                -,             -, 2026-04-01, UNKNOWN",
    })
    void anAgeInFullYearsIsARangeAndABirthDateIsExact(String name, LocalDate born, Integer age, LocalDate on, Verdict verdict) {
        Rule young = new Rule("young", "Малыш", null, new Check(Fact.YOUNGEST_CHILD_AGE, Operator.LT, new BigDecimal("1.5"),
                null, null, null), null, null, "test", null, null, null);
        Household h = new Household(null, null, null, List.of(new Child(born, age, Relation.OWN, null)),
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(verdict, new Screener(List.of(young), BOOK, null).evaluate(young, h, on).verdict(), name);
    }

    @Test
    void questionsNoUndecidedMeasureNeedsAreNotAsked() {
        Rule irkutskGuardians = new Rule("irk-g", "Опека", null, Group.all(Check.codes(Fact.REGION, Operator.IN, "38"),
                Check.flag(Fact.GUARDIANSHIP, true)), null, null, "t", null, null, null);
        Rule mortgage = new Rule("mortgage", "Ипотека", null, Group.all(Check.number(Fact.CHILDREN_COUNT, Operator.GE, 3),
                Check.flag(Fact.MORTGAGE, true)), null, null, "t", null, null, null);
        Screener s = new Screener(List.of(irkutskGuardians, mortgage, LOW_INCOME), BOOK, null);

        Screening nothingYet = s.screen(Household.empty(), SPRING_2026);
        assertTrue(nothingYet.neededQuestions().containsAll(Set.of(Question.PLACE, Question.CHILDREN, Question.MORTGAGE, Question.INCOME)));

        // In Chelyabinsk with two children and a low income: the Irkutsk measure and the mortgage are decided (FAIL),
        // so the mortgage is not asked; the car still is (for the low-income measure).
        Household twoChildren = family("74", "74-x", 60000, null);
        Screening s2 = s.screen(twoChildren, SPRING_2026);
        assertEquals(Verdict.FAIL, s2.of("irk-g").verdict());
        assertEquals(Verdict.FAIL, s2.of("mortgage").verdict());
        assertEquals(Set.of(Question.CAR), s2.neededQuestions());
        assertEquals(List.of(Step.PROPERTY), s2.neededSteps());
        assertFalse(s2.needs(Step.OTHER));
    }

    @Test
    void theUnifiedAllowanceStepsUpFromHalfToTheWholeChildMinimum() {
        Amount unified = new Amount(Amount.Kind.TOP_UP, null, "child", List.of(new BigDecimal(50), new BigDecimal(75), new BigDecimal(100)),
                "pm", Fact.CHILDREN_UNDER_17, Amount.Period.MONTH, null);
        ParameterBook book = new ParameterBook(List.of(
                new Parameter("pm", "74", null, new BigDecimal("17000"), LocalDate.of(2026, 1, 1), null, "t"),
                new Parameter("child", "74", null, new BigDecimal("16000"), LocalDate.of(2026, 1, 1), null, "t")), List.of());
        // family of 4, 2 children: 50 % = 8 000 each; income per person with it = (income + 16 000) / 4
        assertEquals(new BigDecimal("16000.00"), unified.estimate(family("74", "74-x", 60000, false), book, SPRING_2026));
        assertEquals(new BigDecimal("24000.00"), unified.estimate(family("74", "74-x", 48000, false), book, SPRING_2026));
        assertEquals(new BigDecimal("32000.00"), unified.estimate(family("74", "74-x", 10000, false), book, SPRING_2026));
    }

    @Test
    void theNearMarginIsConfigurable() {
        Screener strict = new Screener(List.of(LOW_INCOME), BOOK, new BigDecimal("0.02"));
        assertFalse(strict.evaluate(LOW_INCOME, family("74", "74-x", 71400, false), SPRING_2026).nearThreshold());
        assertTrue(SCREENER.evaluate(LOW_INCOME, family("74", "74-x", 66000, false), SPRING_2025).nearThreshold());
    }

    static final Rule LARGE_FAMILY = new Rule("large", "Многодетные", null, Check.number(Fact.CHILDREN_COUNT, Operator.GE, 3),
            null, null, "t", null, null, null);
    static final Rule STUDENT_DEDUCTION = new Rule("students", "Вычет", null, Check.number(Fact.FULL_TIME_STUDENTS, Operator.GE, 1),
            null, null, "t", null, null, null);

    /** Two school children and an eldest one, of the birth date (or age) and full-time study given. */
    static Household withEldest(LocalDate born, Integer age, Boolean study) {
        return new Household("63", "63-samara", 2, List.of(new Child(born, age, Relation.OWN, false, study),
                new Child(null, 12, Relation.OWN, false), new Child(null, 7, Relation.OWN, false)),
                null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", value = {
            // case,                                   eldest born, age, studies, children, students, 3+ children?, a student?
            "20 and study not answered: may count,        2005-10-01,    -,      -, 2-3, 0-1, UNKNOWN, UNKNOWN",
            "20 and studies full-time: counts,          2005-10-01,    -,   true, 3-3, 1-1, PASS,    PASS",
            "20 and does not study: does not count,       2005-10-01,    -,  false, 2-2, 0-0, FAIL,    FAIL",
            "'19 years' and studies,                    -,            19,   true, 3-3, 1-1, PASS,    PASS",
            "17: a minor counts whatever the answer,   2008-06-01,    -,  false, 3-3, 0-0, PASS,    FAIL",
            "23 and studies: too old to count (under 23), 2002-06-01,    -,   true, 2-2, 1-1, FAIL,    PASS",
            "24 and studies: too old for both,           2001-06-01,    -,   true, 2-2, 0-0, FAIL,    FAIL",
            "age not given and study not answered,        -,             -,      -, 2-3, 0-1, UNKNOWN, UNKNOWN",
            "age not given and does not study,           -,             -,  false, 2-3, 0-0, UNKNOWN, FAIL",
    })
    void aYoungAdultCountsAsAChildOnlyWhileStudyingFullTime(String name, LocalDate born, Integer age, Boolean study,
                                                          String children, String students, Verdict large, Verdict student) {
        Household h = withEldest(born, age, study);
        assertEquals(children, range(Fact.CHILDREN_COUNT.valueFor(h, SPRING_2026)), name);
        assertEquals(students, range(Fact.FULL_TIME_STUDENTS.valueFor(h, SPRING_2026)), name);
        Screener s = new Screener(List.of(LARGE_FAMILY, STUDENT_DEDUCTION), BOOK, null);
        assertEquals(large, s.evaluate(LARGE_FAMILY, h, SPRING_2026).verdict(), name);
        assertEquals(student, s.evaluate(STUDENT_DEDUCTION, h, SPRING_2026).verdict(), name);
    }

    private static String range(Object value) {
        Range r = (Range) value;
        return r.lo().toPlainString() + "-" + r.hi().toPlainString();
    }

    @Test
    void studyIsAskedOnlyAboutAYoungAdultAndOnlyWhenAMeasureWaitsForIt() {
        Screener large = new Screener(List.of(LARGE_FAMILY), BOOK, null);
        Household unanswered = withEldest(LocalDate.of(2005, 10, 1), null, null);
        Screening s = large.screen(unanswered, SPRING_2026);
        assertEquals(Set.of(Question.FULL_TIME_STUDY), s.neededQuestions());
        assertEquals(List.of(Step.STUDY), s.neededSteps());
        assertEquals(Set.of(Question.FULL_TIME_STUDY), s.of("large").questions(), "'need more information': whether the eldest studies");

        assertFalse(large.screen(withEldest(LocalDate.of(2005, 10, 1), null, false), SPRING_2026).needs(Step.STUDY), "answered");
        assertFalse(large.screen(withEldest(LocalDate.of(2012, 10, 1), null, null), SPRING_2026).needs(Step.STUDY), "no young adult");
        assertFalse(large.screen(withEldest(LocalDate.of(1998, 10, 1), null, null), SPRING_2026).needs(Step.STUDY), "older than 23");

        Household fourChildren = new Household("63", "63-samara", 2, List.of(new Child(LocalDate.of(2005, 10, 1), null, Relation.OWN, false),
                new Child(null, 12, Relation.OWN, false), new Child(null, 9, Relation.OWN, false), new Child(null, 7, Relation.OWN, false)),
                null, null, null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(Verdict.PASS, large.evaluate(LARGE_FAMILY, fourChildren, SPRING_2026).verdict());
        assertFalse(large.screen(fourChildren, SPRING_2026).needs(Step.STUDY), "decided without the eldest");

        Rule pregnancy = new Rule("pregnancy", "Беременность", null, Check.flag(Fact.PREGNANT, true), null, null, "t", null, null, null);
        assertFalse(new Screener(List.of(pregnancy), BOOK, null).screen(unanswered, SPRING_2026).neededQuestions()
                .contains(Question.FULL_TIME_STUDY), "no measure counts the children");
    }
}
