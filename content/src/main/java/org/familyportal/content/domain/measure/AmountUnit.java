package org.familyportal.content.domain.measure;

/** What an amount's or a threshold's number counts. */
public enum AmountUnit {
    RUB, RUB_PER_MONTH, RUB_PER_YEAR, PERCENT, DAYS, MONTHS, YEARS
}
