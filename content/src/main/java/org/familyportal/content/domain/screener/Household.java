package org.familyportal.content.domain.screener;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a family told the screener. Every field may be {@code null}: not answered (yet), which makes
 * the checks over it UNKNOWN. Nothing here names anyone: the screener stores none of it.
 *
 * @param region          the region's code (the directory's gazetteer: 38, 54, 63, 74)
 * @param municipality    the municipality's code (e.g. {@code 38-irkutsk}); it decides the zone
 * @param adults          the adults living with the children and sharing the income (1 or 2 most often)
 * @param children        the children (an empty list: none)
 * @param pregnant        someone in the family is pregnant
 * @param pregnancyWeeks  the weeks of pregnancy
 * @param singleParent    one parent brings the children up alone
 * @param parentAge       the mother's age (or the younger parent's), in full years
 * @param familyIncome    the whole family's income over the last 12 months, before tax, divided by 12 (₽ a month)
 * @param employed        a parent works officially (so is insured)
 * @param carerNotWorking the parent who cares for a child with a disability does not work
 * @param extraHousing    the family owns more than one flat or house
 * @param car             the family owns a car younger than 5 years, or more than one car
 * @param savings         the family's savings exceed the means test's limit (a year's subsistence minimums)
 * @param mortgage        the family has or is taking a mortgage
 * @param paysForEducation a parent pays for a child's studies (school, college, university, clubs with a licence)
 * @param lostBreadwinner a parent of the children has died
 */
public record Household(String region, String municipality, Integer adults, List<Child> children,
                        Boolean pregnant, Integer pregnancyWeeks, Boolean singleParent, Integer parentAge,
                        BigDecimal familyIncome, Boolean employed, Boolean carerNotWorking,
                        Boolean extraHousing, Boolean car, Boolean savings, Boolean mortgage,
                        Boolean paysForEducation, Boolean lostBreadwinner) {

    public static final int MAX_ADULTS = 10;
    public static final int MAX_CHILDREN = 15;
    public static final int MAX_PARENT_AGE = 80;
    public static final int MAX_PREGNANCY_WEEKS = 42;
    public static final BigDecimal MAX_INCOME = new BigDecimal("100000000");

    public Household {
        if (adults != null && (adults < 1 || adults > MAX_ADULTS)) {
            throw new IllegalArgumentException("adults out of range: " + adults);
        }
        if (children != null) {
            if (children.size() > MAX_CHILDREN) {
                throw new IllegalArgumentException("too many children: " + children.size());
            }
            children = List.copyOf(children);
        }
        if (pregnancyWeeks != null && (pregnancyWeeks < 1 || pregnancyWeeks > MAX_PREGNANCY_WEEKS)) {
            throw new IllegalArgumentException("pregnancy weeks out of range: " + pregnancyWeeks);
        }
        if (parentAge != null && (parentAge < 12 || parentAge > MAX_PARENT_AGE)) {
            throw new IllegalArgumentException("parent's age out of range: " + parentAge);
        }
        if (familyIncome != null && (familyIncome.signum() < 0 || familyIncome.compareTo(MAX_INCOME) > 0)) {
            throw new IllegalArgumentException("income out of range: " + familyIncome);
        }
    }

    /** A household that answered nothing yet. */
    public static Household empty() {
        return new Household(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }
}
