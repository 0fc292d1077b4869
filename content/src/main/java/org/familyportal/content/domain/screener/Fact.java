package org.familyportal.content.domain.screener;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A fact a check may look at, read (or derived) from a {@link Household} on a date: a {@link Range}
 * (numbers), a {@link Boolean} (flags) or a {@link String} (codes); {@code null} when the questions it
 * comes from are not answered. Counts and ages are ranges: a child of "3 years" is between 3 and 4;
 * a young adult (18 to 22) counts as a child only while studying full-time, so such a child whose study
 * is not answered makes the count a range (a check that the range straddles gives UNKNOWN, and asks
 * about the study).
 */
public enum Fact {
    REGION(Kind.TEXT, Set.of(Question.PLACE), (h, d) -> h.region()),
    MUNICIPALITY(Kind.TEXT, Set.of(Question.PLACE), (h, d) -> h.municipality()),
    /** Children under 18, and young adults under 23 in full-time study (a large family, the unified allowance's family). */
    CHILDREN_COUNT(Kind.NUMBER, Set.of(Question.CHILDREN, Question.FULL_TIME_STUDY),
            (h, d) -> countWhere(h, d, (c, age) -> countsAsChild(c, age, Child.STUDENT_CHILD_BELOW))),
    /** Young adults from 18 up to 24 in full-time study (the tax deduction's students). */
    FULL_TIME_STUDENTS(Kind.NUMBER, Set.of(Question.CHILDREN, Question.FULL_TIME_STUDY),
            (h, d) -> countWhere(h, d, Fact::youngStudent)),
    CHILDREN_UNDER_17(Kind.NUMBER, Set.of(Question.CHILDREN), (h, d) -> count(h, d, 17, 17)),
    SCHOOL_AGE_CHILDREN(Kind.NUMBER, Set.of(Question.CHILDREN), (h, d) -> between(h, d, 6, 18)),
    YOUNGEST_CHILD_AGE(Kind.NUMBER, Set.of(Question.CHILDREN), Fact::youngestAge),
    YOUNGEST_CHILD_BIRTH_YEAR(Kind.NUMBER, Set.of(Question.CHILDREN), Fact::youngestBirthYear),
    CHILD_WITH_DISABILITY(Kind.FLAG, Set.of(Question.CHILDREN), (h, d) -> anyChild(h, Child::disabled)),
    PLACED_CHILD(Kind.FLAG, Set.of(Question.CHILDREN), (h, d) -> anyChild(h, c -> c.relation().placed())),
    GUARDIANSHIP(Kind.FLAG, Set.of(Question.CHILDREN),
            (h, d) -> anyChild(h, c -> c.relation() == Relation.GUARDIANSHIP || c.relation() == Relation.FOSTER)),
    FAMILY_SIZE(Kind.NUMBER, Set.of(Question.CHILDREN, Question.ADULTS), (h, d) -> familySize(h)),
    INCOME_PER_PERSON(Kind.MONEY, Set.of(Question.CHILDREN, Question.ADULTS, Question.INCOME), Fact::incomePerPerson),
    PREGNANT(Kind.FLAG, Set.of(Question.PREGNANCY), (h, d) -> h.pregnant()),
    PREGNANCY_WEEKS(Kind.NUMBER, Set.of(Question.PREGNANCY),
            (h, d) -> Boolean.FALSE.equals(h.pregnant()) ? Range.exactly(0) : number(h.pregnancyWeeks())),
    SINGLE_PARENT(Kind.FLAG, Set.of(Question.SINGLE_PARENT), (h, d) -> h.singleParent()),
    PARENT_AGE(Kind.NUMBER, Set.of(Question.PARENT_AGE), (h, d) -> number(h.parentAge())),
    EMPLOYED(Kind.FLAG, Set.of(Question.EMPLOYED), (h, d) -> h.employed()),
    CARER_NOT_WORKING(Kind.FLAG, Set.of(Question.CARER_NOT_WORKING), (h, d) -> h.carerNotWorking()),
    EXTRA_HOUSING(Kind.FLAG, Set.of(Question.EXTRA_HOUSING), (h, d) -> h.extraHousing()),
    CAR(Kind.FLAG, Set.of(Question.CAR), (h, d) -> h.car()),
    SAVINGS(Kind.FLAG, Set.of(Question.SAVINGS), (h, d) -> h.savings()),
    MORTGAGE(Kind.FLAG, Set.of(Question.MORTGAGE), (h, d) -> h.mortgage()),
    PAYS_FOR_EDUCATION(Kind.FLAG, Set.of(Question.PAYS_FOR_EDUCATION), (h, d) -> h.paysForEducation()),
    LOST_BREADWINNER(Kind.FLAG, Set.of(Question.LOST_BREADWINNER), (h, d) -> h.lostBreadwinner());

    /** What kind of value the fact has; MONEY is a number whose failed comparisons may be "near the threshold". */
    public enum Kind { NUMBER, MONEY, FLAG, TEXT }

    /** The youngest child's age when there is no child: no "child under n" check passes. */
    static final BigDecimal NO_CHILD_AGE = BigDecimal.valueOf(999);

    private final Kind kind;
    private final Set<Question> questions;
    private final BiFunction<Household, LocalDate, Object> reader;

    Fact(Kind kind, Set<Question> questions, BiFunction<Household, LocalDate, Object> reader) {
        this.kind = kind;
        this.questions = questions;
        this.reader = reader;
    }

    public Kind kind() {
        return kind;
    }

    public boolean numeric() {
        return kind == Kind.NUMBER || kind == Kind.MONEY;
    }

    /** The questions this fact is read from. */
    public Set<Question> questions() {
        return questions;
    }

    /** The fact's value for the household on the date, or {@code null} when not answered. */
    public Object valueFor(Household household, LocalDate date) {
        return reader.apply(household, date);
    }

    private static Range number(Integer n) {
        return n == null ? null : Range.exactly(n);
    }

    /** Children certainly under {@code certainBelow}, plus those who may count (up to {@code maybeBelow}, or of unknown age). */
    private static Range count(Household h, LocalDate d, int certainBelow, int maybeBelow) {
        return tally(h, d, 0, certainBelow, maybeBelow);
    }

    private static Range between(Household h, LocalDate d, int from, int below) {
        return tally(h, d, from, below, below);
    }

    /**
     * The children whose age is surely in [{@code from}, {@code certainBelow}), and as many again as
     * there are children who may be in [{@code from}, {@code maybeBelow}) (an age in full years that
     * straddles a bound, an age not given).
     */
    private static Range tally(Household h, LocalDate d, int from, int certainBelow, int maybeBelow) {
        if (h.children() == null) {
            return null;
        }
        BigDecimal lo = BigDecimal.valueOf(from);
        BigDecimal below = BigDecimal.valueOf(certainBelow);
        BigDecimal maybe = BigDecimal.valueOf(maybeBelow);
        long sure = 0;
        long perhaps = 0;
        for (Child c : h.children()) {
            Range age = c.ageOn(d);
            if (age == null) {
                perhaps++;
            } else if (age.lo().compareTo(lo) >= 0 && age.hi().compareTo(below) < 0) {
                sure++;
            } else if (age.hi().compareTo(lo) >= 0 && age.lo().compareTo(maybe) < 0) {
                perhaps++;
            }
        }
        return new Range(BigDecimal.valueOf(sure), BigDecimal.valueOf(sure + perhaps));
    }

    /**
     * How many children meet a test that says of each child (with its age on the day, {@code null} when not
     * given) PASS, FAIL or UNKNOWN: from the sure ones to the sure and the unknown ones.
     */
    private static Range countWhere(Household h, LocalDate d, BiFunction<Child, Range, Verdict> test) {
        if (h.children() == null) {
            return null;
        }
        long sure = 0;
        long perhaps = 0;
        for (Child c : h.children()) {
            Verdict v = test.apply(c, c.ageOn(d));
            if (v == Verdict.PASS) {
                sure++;
            } else if (v == Verdict.UNKNOWN) {
                perhaps++;
            }
        }
        return new Range(BigDecimal.valueOf(sure), BigDecimal.valueOf(sure + perhaps));
    }

    /** A minor counts; a young adult below {@code below} counts while studying full-time; older ones do not. */
    private static Verdict countsAsChild(Child c, Range age, int below) {
        if (age == null) {
            return Verdict.UNKNOWN;
        }
        BigDecimal adult = BigDecimal.valueOf(Child.ADULT_AGE);
        BigDecimal limit = BigDecimal.valueOf(below);
        boolean young = age.hi().compareTo(adult) >= 0 && age.lo().compareTo(limit) < 0;
        boolean mayCount = age.lo().compareTo(adult) < 0 || (young && !Boolean.FALSE.equals(c.fullTimeStudy()));
        boolean mayNot = age.hi().compareTo(limit) >= 0 || (young && !Boolean.TRUE.equals(c.fullTimeStudy()));
        return mayCount ? (mayNot ? Verdict.UNKNOWN : Verdict.PASS) : Verdict.FAIL;
    }

    private static Verdict youngStudent(Child c, Range age) {
        BigDecimal adult = BigDecimal.valueOf(Child.ADULT_AGE);
        BigDecimal limit = BigDecimal.valueOf(Child.STUDENT_BELOW);
        boolean young = age == null || (age.hi().compareTo(adult) >= 0 && age.lo().compareTo(limit) < 0);
        boolean other = age == null || age.lo().compareTo(adult) < 0 || age.hi().compareTo(limit) >= 0;
        boolean mayCount = young && !Boolean.FALSE.equals(c.fullTimeStudy());
        boolean mayNot = other || !Boolean.TRUE.equals(c.fullTimeStudy());
        return mayCount ? (mayNot ? Verdict.UNKNOWN : Verdict.PASS) : Verdict.FAIL;
    }

    private static Range youngestAge(Household h, LocalDate d) {
        if (h.children() == null) {
            return null;
        }
        if (h.children().isEmpty()) {
            return Range.exactly(NO_CHILD_AGE);
        }
        BigDecimal lo = NO_CHILD_AGE;
        BigDecimal hi = NO_CHILD_AGE;
        for (Child c : h.children()) {
            Range age = c.ageOn(d);
            if (age == null) {
                lo = BigDecimal.ZERO;
            } else {
                lo = lo.min(age.lo());
                hi = hi.min(age.hi());
            }
        }
        return new Range(lo.min(hi), hi);
    }

    private static Range youngestBirthYear(Household h, LocalDate d) {
        if (h.children() == null) {
            return null;
        }
        if (h.children().isEmpty()) {
            return Range.exactly(0);
        }
        BigDecimal lo = BigDecimal.ZERO;
        BigDecimal hi = BigDecimal.ZERO;
        for (Child c : h.children()) {
            Range year = c.birthYear(d);
            if (year == null) {
                hi = BigDecimal.valueOf(d.getYear());
            } else {
                lo = lo.max(year.lo());
                hi = hi.max(year.hi());
            }
        }
        return new Range(lo.min(hi), hi);
    }

    private static Boolean anyChild(Household h, Function<Child, Boolean> test) {
        if (h.children() == null) {
            return null;
        }
        boolean unknown = false;
        for (Child c : h.children()) {
            Boolean b = test.apply(c);
            if (Boolean.TRUE.equals(b)) {
                return true;
            }
            unknown |= b == null;
        }
        return unknown ? null : false;
    }

    private static Range familySize(Household h) {
        if (h.children() == null || h.adults() == null) {
            return null;
        }
        return Range.exactly(h.adults() + h.children().size());
    }

    private static Range incomePerPerson(Household h, LocalDate d) {
        Range size = familySize(h);
        if (size == null || h.familyIncome() == null) {
            return null;
        }
        return Range.exactly(h.familyIncome().divide(size.lo(), 2, RoundingMode.HALF_UP));
    }
}
