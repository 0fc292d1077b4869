package org.familyportal.portal.interfaces.web.content.screener;

import org.familyportal.content.domain.screener.Amount;
import org.familyportal.content.domain.screener.Check;
import org.familyportal.content.domain.screener.CheckResult;
import org.familyportal.content.domain.screener.Child;
import org.familyportal.content.domain.screener.Fact;
import org.familyportal.content.domain.screener.Household;
import org.familyportal.content.domain.screener.Operator;
import org.familyportal.content.domain.screener.Question;
import org.familyportal.content.domain.screener.Range;
import org.familyportal.content.domain.screener.Relation;
import org.familyportal.content.domain.screener.Rule;
import org.familyportal.content.domain.screener.Screening;
import org.familyportal.content.domain.screener.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every fact, operator, question, channel and amount of the screener has its words in both languages. */
class ScreenerWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void everyPieceOfTheRulesHasItsWords(String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language));
        List<String> keys = new ArrayList<>();
        for (Fact f : Fact.values()) {
            switch (f.kind()) {
                case FLAG -> {
                    keys.add("screener.why." + f + ".true");
                    keys.add("screener.why." + f + ".false");
                }
                case TEXT -> {
                    keys.add("screener.why." + f);
                    keys.add("screener.why." + f + ".not");
                }
                default -> keys.add("screener.why." + f);
            }
        }
        for (Operator op : Operator.values()) keys.add("screener.op." + op);
        for (Question q : Question.values()) keys.add("screener.question." + q);
        for (Rule.Channel c : Rule.Channel.values()) keys.add("screener.channel." + c);
        for (Relation r : Relation.values()) keys.add("Relation." + r);
        for (Amount.Qualifier q : Amount.Qualifier.values()) {
            for (Amount.Period p : Amount.Period.values()) keys.add("screener.amount." + q + "." + p);
        }
        List<String> missing = keys.stream().filter(k -> !bundle.containsKey(k)).toList();
        assertTrue(missing.isEmpty(), "missing in " + language + ": " + missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void aCheckUnderANotReadsTheOtherWayRound(String language) {
        ScreenerWords words = new ScreenerWords(Locale.forLanguageTag(language), LocalDate.of(2026, 3, 1));
        CheckResult noCar = new CheckResult(Check.flag(Fact.CAR, true), Verdict.PASS, null, false, true);
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.forLanguageTag(language));
        assertEquals(bundle.getString("screener.why.CAR.false"), words.reason(noCar));
        CheckResult income = new CheckResult(Check.times(Fact.INCOME_PER_PERSON, Operator.LT, "1.5", "subsistence.perPerson"),
                Verdict.PASS, Range.exactly(new BigDecimal("28155")), false, false);
        String factor = "ru".equals(language) ? "1,5 ×" : "1.5 ×";
        assertTrue(words.reason(income).contains(factor), words.reason(income));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void agesAndFactorsAreWrittenTheReadersWayWithoutTrailingZeros(String language) {
        ScreenerWords words = new ScreenerWords(Locale.forLanguageTag(language), LocalDate.of(2026, 3, 1));
        boolean ru = "ru".equals(language);
        CheckResult half = new CheckResult(new Check(Fact.YOUNGEST_CHILD_AGE, Operator.LT, new BigDecimal("0.50"), null, null, null),
                Verdict.PASS, Range.exactly(new BigDecimal("0.50")), false, false);
        String reason = words.reason(half);
        assertTrue(reason.contains(ru ? "0,5" : "0.5") && !reason.contains("0,50") && !reason.contains("0.50"), reason);
        CheckResult three = new CheckResult(Check.number(Fact.CHILDREN_COUNT, Operator.GE, 3), Verdict.PASS,
                Range.exactly(new BigDecimal("3.00")), false, false);
        assertTrue(words.reason(three).endsWith(" 3"), words.reason(three));
        assertEquals(ru ? "1,5" : "1.5", words.decimal(new BigDecimal("1.50")));
        assertEquals(ru ? "728\u00a0921,90" : "728,921.90", words.money(new BigDecimal("728921.9")).replace('\u202f', '\u00a0'),
                "money keeps its kopecks");
    }

    @org.junit.jupiter.api.Test
    void theSummaryForAHelpRequestIsBounded() {
        ScreenerWords words = new ScreenerWords(Locale.forLanguageTag("ru"), LocalDate.of(2026, 3, 1));
        List<Child> children = new ArrayList<>();
        for (int i = 0; i < Household.MAX_CHILDREN; i++) children.add(new Child(null, i, Relation.FOSTER, true));
        Household h = new Household("38", "38-irkutsk", 2, children, false, null, true, 30, new BigDecimal("12345"), true,
                true, false, false, false, false, false, false);
        String summary = words.summary(h, new Screening(List.of(), Set.of()));
        assertTrue(summary.length() <= ScreenerWords.SUMMARY_LIMIT);
        assertTrue(summary.contains("12"), summary);
    }
}
