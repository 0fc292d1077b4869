package org.familyportal.content.domain.measure;

/** What a family gets. */
public enum MeasureKind {
    PAYMENT, MONTHLY_ALLOWANCE, LUMP_SUM, BENEFIT, TAX_DEDUCTION, IN_KIND, SOCIAL_CONTRACT, HOUSING_PROGRAMME, STATUS
}
