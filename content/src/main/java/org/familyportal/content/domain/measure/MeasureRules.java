package org.familyportal.content.domain.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a measure must satisfy to be saved; each broken rule is a bundle key (the page shows it in
 * the editor's language). Texts shown to parents are required in both languages.
 */
public final class MeasureRules {

    public static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");
    private static final Pattern REGION = Pattern.compile("\\d{2}");
    private static final Pattern SERVICE_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private MeasureRules() {
    }

    public static List<String> problems(SupportMeasure m) {
        List<String> problems = new ArrayList<>();
        if (m.getCode() == null || m.getCode().length() > SupportMeasure.CODE_LENGTH || !CODE.matcher(m.getCode()).matches()) {
            problems.add("measures.invalid.code");
        }
        if (blank(m.getTitleRu()) || blank(m.getTitleEn())) {
            problems.add("measures.invalid.title");
        }
        if (blank(m.getGiverRu()) || blank(m.getGiverEn())) {
            problems.add("measures.invalid.giver");
        }
        if (tooLong(m.getTitleRu(), m.getTitleEn(), m.getGiverRu(), m.getGiverEn())) {
            problems.add("measures.invalid.tooLong");
        }
        if (m.getLevel() == MeasureLevel.FEDERAL && (m.getRegionCode() != null || m.getMunicipalityCode() != null)) {
            problems.add("measures.invalid.federalPlace");
        }
        if (m.getLevel() != MeasureLevel.FEDERAL && (m.getRegionCode() == null || !REGION.matcher(m.getRegionCode()).matches())) {
            problems.add("measures.invalid.region");
        }
        if (m.getLevel() == MeasureLevel.MUNICIPAL && (m.getMunicipalityCode() == null
                || !m.getMunicipalityCode().startsWith(m.getRegionCode() + "-"))) {
            problems.add("measures.invalid.municipality");
        }
        if (m.getLegalBasisUrl() != null && !URL.matcher(m.getLegalBasisUrl()).matches()) {
            problems.add("measures.invalid.legalBasisUrl");
        }
        if (m.getAmounts().size() > SupportMeasure.MAX_AMOUNTS) {
            problems.add("measures.invalid.tooManyAmounts");
        }
        if (m.getServiceIds().size() > SupportMeasure.MAX_SERVICES
                || m.getServiceIds().stream().anyMatch(id -> id == null || !SERVICE_ID.matcher(id).matches())) {
            problems.add("measures.invalid.services");
        }
        for (MeasureAmount a : m.getAmounts()) {
            amountProblems(a, problems);
        }
        return problems.stream().distinct().toList();
    }

    private static void amountProblems(MeasureAmount a, List<String> problems) {
        if (blank(a.getLabelRu()) || blank(a.getLabelEn())) {
            problems.add("measures.invalid.amountLabel");
        }
        if (a.getValue() == null || a.getValue().signum() < 0 || a.getUnit() == null) {
            problems.add("measures.invalid.amountValue");
        }
        if (a.getEffectiveFrom() == null) {
            problems.add("measures.invalid.amountFrom");
        } else if (a.getEffectiveTo() != null && a.getEffectiveTo().isBefore(a.getEffectiveFrom())) {
            problems.add("measures.invalid.amountPeriod");
        }
        if (blank(a.getSourceTitle()) || (a.getSourceUrl() != null && !URL.matcher(a.getSourceUrl()).matches())) {
            problems.add("measures.invalid.amountSource");
        }
        if (tooLong(a.getLabelRu(), a.getLabelEn()) || (a.getSourceTitle() != null && a.getSourceTitle().length() > MeasureAmount.SOURCE_LENGTH)
                || (a.getSourceUrl() != null && a.getSourceUrl().length() > MeasureAmount.SOURCE_LENGTH)
                || (a.getNoteRu() != null && a.getNoteRu().length() > MeasureAmount.NOTE_LENGTH)
                || (a.getNoteEn() != null && a.getNoteEn().length() > MeasureAmount.NOTE_LENGTH)) {
            problems.add("measures.invalid.tooLong");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean tooLong(String... titles) {
        for (String t : titles) {
            if (t != null && t.length() > SupportMeasure.TITLE_LENGTH) {
                return true;
            }
        }
        return false;
    }
}
