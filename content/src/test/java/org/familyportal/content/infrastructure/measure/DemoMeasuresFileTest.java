package org.familyportal.content.infrastructure.measure;

import org.familyportal.content.domain.measure.MeasureAmount;
import org.familyportal.content.domain.measure.MeasureLevel;
import org.familyportal.content.domain.measure.MeasureRules;
import org.familyportal.content.domain.measure.SupportMeasure;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo catalogue's file: every fixed code, each measure valid, marked as demo, each figure with its source. */
class DemoMeasuresFileTest {

    /** The codes the screener's rules refer to (the brief of session 7). */
    static final Set<String> CODES = Set.of("unified-allowance", "maternity-capital", "birth-grant", "childcare-allowance",
            "maternity-benefit", "mortgage-450", "family-mortgage", "family-tax-payment", "child-tax-deduction",
            "social-contract", "disabled-child-carer-payment", "large-family-status", "placement-grant",
            "disabled-child-pension", "survivor-pension", "sick-child-care-benefit", "education-tax-deduction",
            "irk-regional-capital", "irk-guardianship-allowance", "irk-large-family-utilities", "irk-school-uniform",
            "nsk-family-capital", "nsk-young-family-birth-bonus", "nsk-guardianship-allowance", "nsk-large-family-utilities",
            "chel-third-child-300k", "chel-third-child-monthly", "chel-guardianship-allowance", "chel-large-family-utilities",
            "sam-third-child-monthly", "sam-regional-capital", "sam-young-mother-100k", "sam-guardianship-allowance");

    private final List<SupportMeasure> measures = new JsonDemoMeasureSource().measures();

    @Test
    void everyFixedCodeIsThereOnce() {
        assertEquals(new TreeSet<>(CODES), measures.stream().map(SupportMeasure::getCode).collect(Collectors.toCollection(TreeSet::new)));
        assertEquals(CODES.size(), measures.size());
    }

    @Test
    void everyMeasureIsValidDemoAndComplete() {
        for (SupportMeasure m : measures) {
            assertEquals(List.of(), MeasureRules.problems(m), m.getCode());
            assertTrue(m.isDemo(), m.getCode());
            assertFalse(m.getSituations().isEmpty(), m.getCode() + " belongs to a life situation");
            assertFalse(m.getServiceIds().isEmpty(), m.getCode() + " lists services that help apply");
            assertTrue(m.isWithoutApplication() || !m.getChannels().isEmpty(), m.getCode() + " says how to apply");
            for (String text : new String[] {m.getSummaryEn(), m.getEligibilityEn(), m.getDocumentsEn(), m.getHowToApplyEn(), m.getLegalBasisEn()}) {
                assertTrue(text != null && !text.isBlank(), m.getCode() + ": English complete for every field shown");
            }
        }
    }

    @Test
    void regionalMeasuresBelongToTheFourDemoRegions() {
        Map<String, String> prefixes = Map.of("irk-", "38", "nsk-", "54", "chel-", "74", "sam-", "63");
        for (SupportMeasure m : measures) {
            String region = prefixes.entrySet().stream().filter(e -> m.getCode().startsWith(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            assertEquals(region, m.getRegionCode(), m.getCode());
            assertEquals(region == null ? MeasureLevel.FEDERAL : MeasureLevel.REGIONAL, m.getLevel(), m.getCode());
        }
    }

    /**
     * Hosts of official pages: the demo marks a figure confirmed only when one of these states it (the
     * check of 2026-12-02, content/README.md); news pages, even quoting a ministry, leave it unconfirmed.
     */
    static final List<String> OFFICIAL_HOSTS = List.of("kremlin.ru", "gov.ru", "gov74.ru", "eps74.ru", "gosuslugi.ru");

    @Test
    void noFigureClaimsAnOfficialConfirmationThatWasNotMade() {
        List<MeasureAmount> amounts = measures.stream().flatMap(m -> m.getAmounts().stream()).toList();
        assertFalse(amounts.isEmpty());
        for (MeasureAmount a : amounts.stream().filter(MeasureAmount::isConfirmed).toList()) {
            String host = a.getSourceUrl() == null ? "" : URI.create(a.getSourceUrl()).getHost();
            assertTrue(OFFICIAL_HOSTS.stream().anyMatch(h -> host.equals(h) || host.endsWith("." + h)),
                    a.getLabelRu() + ": a confirmed figure links the official page that states it, not " + a.getSourceUrl());
        }
        assertTrue(amounts.stream().anyMatch(a -> !a.isConfirmed()), "figures no official page states stay unconfirmed");
        assertTrue(amounts.stream().allMatch(a -> !a.getSourceTitle().isBlank()), "each figure names the source seen");
        Map<String, SupportMeasure> byCode = measures.stream().collect(Collectors.toMap(SupportMeasure::getCode, Function.identity()));
        assertEquals("728922", byCode.get("maternity-capital").getAmounts().get(0).getValue().stripTrailingZeros().toPlainString());
    }
}
