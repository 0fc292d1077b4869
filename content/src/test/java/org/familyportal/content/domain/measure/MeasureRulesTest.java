package org.familyportal.content.domain.measure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class MeasureRulesTest {

    @Test
    void aCompleteMeasureHasNoProblems() {
        assertEquals(List.of(), MeasureRules.problems(Measures.federal("birth-grant")));
    }

    static Stream<Arguments> brokenMeasures() {
        return Stream.of(
                broken("code with capitals", "measures.invalid.code", m -> { }, "Birth"),
                broken("code with spaces", "measures.invalid.code", m -> { }, "birth grant"),
                broken("no English title", "measures.invalid.title", m -> m.setTitleEn(" ")),
                broken("no giver", "measures.invalid.giver", m -> m.setGiverRu(null)),
                broken("a federal measure with a region", "measures.invalid.federalPlace", m -> m.setRegionCode("38")),
                broken("a regional measure without a region", "measures.invalid.region", m -> m.setLevel(MeasureLevel.REGIONAL)),
                broken("a municipality of another region", "measures.invalid.municipality", m -> {
                    m.setLevel(MeasureLevel.MUNICIPAL);
                    m.setRegionCode("38");
                    m.setMunicipalityCode("54-berdsk");
                }),
                broken("a legal basis link that is no web address", "measures.invalid.legalBasisUrl", m -> m.setLegalBasisUrl("javascript:alert(1)")),
                broken("a service id that is no id", "measures.invalid.services", m -> m.getServiceIds().add("x")),
                broken("an amount without a label", "measures.invalid.amountLabel", m -> m.getAmounts().get(0).setLabelEn("")),
                broken("a negative amount", "measures.invalid.amountValue", m -> m.getAmounts().get(0).setValue(new BigDecimal("-1"))),
                broken("an amount without a start", "measures.invalid.amountFrom", m -> m.getAmounts().get(0).setEffectiveFrom(null)),
                broken("an amount ending before it starts", "measures.invalid.amountPeriod",
                        m -> m.getAmounts().get(0).setEffectiveTo(LocalDate.of(2026, 1, 31))),
                broken("an amount without a source", "measures.invalid.amountSource", m -> m.getAmounts().get(0).setSourceTitle("")),
                broken("a source link that is no web address", "measures.invalid.amountSource", m -> m.getAmounts().get(0).setSourceUrl("ftp://x")),
                broken("a title too long", "measures.invalid.tooLong", m -> m.setTitleRu("я".repeat(201))));
    }

    private static Arguments broken(String what, String key, Consumer<SupportMeasure> change) {
        return broken(what, key, change, "birth-grant");
    }

    private static Arguments broken(String what, String key, Consumer<SupportMeasure> change, String code) {
        SupportMeasure m = Measures.federal(code);
        change.accept(m);
        return arguments(what, key, m);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenMeasures")
    void aBrokenRuleIsNamedByItsKey(String what, String key, SupportMeasure measure) {
        assertEquals(List.of(key), MeasureRules.problems(measure));
    }

    @Test
    void aSourceWithoutALinkIsAllowedWhenItsTitleSaysWhatWasSeen() {
        SupportMeasure m = Measures.federal("a");
        m.getAmounts().get(0).setSourceUrl(" ");
        assertEquals(List.of(), MeasureRules.problems(m));
    }
}
