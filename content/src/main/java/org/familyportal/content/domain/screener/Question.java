package org.familyportal.content.domain.screener;

import java.util.function.Predicate;

/** A question the wizard may ask, on its step; answered when the household's field(s) are filled. */
public enum Question {
    PLACE(Step.PLACE, h -> h.region() != null && h.municipality() != null),
    CHILDREN(Step.FAMILY, h -> h.children() != null),
    ADULTS(Step.FAMILY, h -> h.adults() != null),
    PREGNANCY(Step.FAMILY, h -> h.pregnant() != null && (!h.pregnant() || h.pregnancyWeeks() != null)),
    SINGLE_PARENT(Step.FAMILY, h -> h.singleParent() != null),
    PARENT_AGE(Step.FAMILY, h -> h.parentAge() != null),
    INCOME(Step.MONEY, h -> h.familyIncome() != null),
    EMPLOYED(Step.MONEY, h -> h.employed() != null),
    CARER_NOT_WORKING(Step.MONEY, h -> h.carerNotWorking() != null),
    EXTRA_HOUSING(Step.PROPERTY, h -> h.extraHousing() != null),
    CAR(Step.PROPERTY, h -> h.car() != null),
    SAVINGS(Step.PROPERTY, h -> h.savings() != null),
    MORTGAGE(Step.OTHER, h -> h.mortgage() != null),
    PAYS_FOR_EDUCATION(Step.OTHER, h -> h.paysForEducation() != null),
    LOST_BREADWINNER(Step.OTHER, h -> h.lostBreadwinner() != null);

    private final Step step;
    private final Predicate<Household> answered;

    Question(Step step, Predicate<Household> answered) {
        this.step = step;
        this.answered = answered;
    }

    public Step step() {
        return step;
    }

    public boolean answeredBy(Household household) {
        return answered.test(household);
    }
}
