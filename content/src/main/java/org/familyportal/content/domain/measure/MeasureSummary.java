package org.familyportal.content.domain.measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What changed between two versions of a measure, in a line for the change log. */
public final class MeasureSummary {

    private MeasureSummary() {
    }

    public static String difference(SupportMeasure before, SupportMeasure after) {
        List<String> changed = new ArrayList<>();
        field(changed, "level", before.getLevel(), after.getLevel());
        field(changed, "region", before.getRegionCode(), after.getRegionCode());
        field(changed, "municipality", before.getMunicipalityCode(), after.getMunicipalityCode());
        field(changed, "kind", before.getKind(), after.getKind());
        field(changed, "title", before.getTitleRu() + before.getTitleEn(), after.getTitleRu() + after.getTitleEn());
        field(changed, "summary", before.getSummaryRu() + before.getSummaryEn(), after.getSummaryRu() + after.getSummaryEn());
        field(changed, "giver", before.getGiverRu() + before.getGiverEn(), after.getGiverRu() + after.getGiverEn());
        field(changed, "eligibility", before.getEligibilityRu() + before.getEligibilityEn(), after.getEligibilityRu() + after.getEligibilityEn());
        field(changed, "documents", before.getDocumentsRu() + before.getDocumentsEn(), after.getDocumentsRu() + after.getDocumentsEn());
        field(changed, "howToApply", before.getHowToApplyRu() + before.getHowToApplyEn(), after.getHowToApplyRu() + after.getHowToApplyEn());
        field(changed, "withoutApplication", before.isWithoutApplication(), after.isWithoutApplication());
        field(changed, "legalBasis", before.getLegalBasisRu() + before.getLegalBasisEn() + before.getLegalBasisUrl(),
                after.getLegalBasisRu() + after.getLegalBasisEn() + after.getLegalBasisUrl());
        field(changed, "published", before.isPublished(), after.isPublished());
        field(changed, "situations", before.getSituations(), after.getSituations());
        field(changed, "channels", before.getChannels(), after.getChannels());
        field(changed, "services", before.getServiceIds(), after.getServiceIds());
        if (!amounts(before).equals(amounts(after))) {
            changed.add("amounts: " + String.join("; ", amounts(after)));
        }
        return changed.isEmpty() ? "no change" : String.join(", ", changed);
    }

    private static void field(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }

    private static List<String> amounts(SupportMeasure m) {
        return m.getAmounts().stream().map(a -> a.getLabelRu() + " = " + plain(a.getValue()) + " " + a.getUnit()
                + " " + a.getEffectiveFrom() + "…" + (a.getEffectiveTo() == null ? "" : a.getEffectiveTo())
                + (a.isConfirmed() ? "" : " (unconfirmed)") + " [" + a.getSourceUrl() + "]").toList();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "?" : value.stripTrailingZeros().toPlainString();
    }
}
