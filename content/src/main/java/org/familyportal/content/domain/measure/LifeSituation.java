package org.familyportal.content.domain.measure;

/** The life situations a parent looks for measures by. */
public enum LifeSituation {
    BIRTH, PREGNANCY, LARGE_FAMILY, CHILD_WITH_DISABILITY, GUARDIANSHIP, LOW_INCOME, SINGLE_PARENT, HOUSING,
    LOSS_OF_BREADWINNER, SCHOOL
}
