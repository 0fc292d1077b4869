package org.familyportal.content.domain.screener;

import java.time.LocalDate;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A question the wizard may ask, on its step; answered when the household's field(s) are filled (for
 * full-time study: for every child who may be 18 to 23 on the day).
 */
public enum Question {
    PLACE(Step.PLACE, h -> h.region() != null && h.municipality() != null),
    CHILDREN(Step.FAMILY, h -> h.children() != null),
    ADULTS(Step.FAMILY, h -> h.adults() != null),
    PREGNANCY(Step.FAMILY, h -> h.pregnant() != null && (!h.pregnant() || h.pregnancyWeeks() != null)),
    SINGLE_PARENT(Step.FAMILY, h -> h.singleParent() != null),
    PARENT_AGE(Step.FAMILY, h -> h.parentAge() != null),
    FULL_TIME_STUDY(Step.STUDY, (h, d) -> h.children() != null
            && h.children().stream().allMatch(c -> c.fullTimeStudy() != null || !c.mayBeYoungAdult(d))),
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
    private final BiPredicate<Household, LocalDate> answered;

    Question(Step step, Predicate<Household> answered) {
        this(step, (h, d) -> answered.test(h));
    }

    Question(Step step, BiPredicate<Household, LocalDate> answered) {
        this.step = step;
        this.answered = answered;
    }

    public Step step() {
        return step;
    }

    /** Whether the household answered it, as it stands on {@code date} (ages change with the date). */
    public boolean answeredBy(Household household, LocalDate date) {
        return answered.test(household, date);
    }
}
