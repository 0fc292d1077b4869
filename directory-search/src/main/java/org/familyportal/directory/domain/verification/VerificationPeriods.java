package org.familyportal.directory.domain.verification;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * How long a listing stays current without being confirmed: its organisation is reminded
 * {@code remindAfter} its last verified date, the reminder is escalated {@code escalateAfter} it was
 * sent without an answer, and {@code staleAfter} the verified date the public sees "information may be
 * out of date" and the service ranks lower.
 * <p>
 * A service's verified date is its HSDS {@code assured_date}. A service never verified is reminded
 * from its last change ({@link #baseline}), but is never publicly marked: nobody can say when it was
 * right, so nothing is claimed either way.
 */
public record VerificationPeriods(Period remindAfter, Period escalateAfter, Period staleAfter) {

    /** Remind after 6 months, escalate 3 weeks later, mark as possibly out of date after 12 months. */
    public static final VerificationPeriods DEFAULT = new VerificationPeriods(Period.ofMonths(6), Period.ofWeeks(3),
            Period.ofMonths(12));

    public VerificationPeriods {
        Objects.requireNonNull(remindAfter);
        Objects.requireNonNull(escalateAfter);
        Objects.requireNonNull(staleAfter);
        if (remindAfter.isNegative() || remindAfter.isZero() || escalateAfter.isNegative() || escalateAfter.isZero()
                || staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("Verification periods must be positive: " + remindAfter + ", "
                    + escalateAfter + ", " + staleAfter);
        }
    }

    /** From ISO-8601 periods ({@code P6M}, {@code P21D}, {@code P12M}). */
    public static VerificationPeriods parse(String remindAfter, String escalateAfter, String staleAfter) {
        return new VerificationPeriods(Period.parse(remindAfter), Period.parse(escalateAfter), Period.parse(staleAfter));
    }

    /** The date reminders count from: the verified date, else (never verified) the day of its last change. */
    public static LocalDate baseline(LocalDate verified, LocalDate lastChanged) {
        return verified != null ? verified : lastChanged;
    }

    /** Listings with a baseline on or before this day are due a reminder {@code today}. */
    public LocalDate remindUpTo(LocalDate today) {
        return today.minus(remindAfter);
    }

    /** Verified on or before this day: possibly out of date {@code today}. */
    public LocalDate staleUpTo(LocalDate today) {
        return today.minus(staleAfter);
    }

    public boolean reminderDue(LocalDate baseline, LocalDate today) {
        return baseline != null && !baseline.isAfter(remindUpTo(today));
    }

    /** A reminder sent on {@code reminded} and not answered is escalated from this day on. */
    public boolean escalationDue(LocalDate reminded, LocalDate today) {
        return reminded != null && !reminded.plus(escalateAfter).isAfter(today);
    }

    /** Publicly "may be out of date": verified (assured) that long ago; never when never verified. */
    public boolean isStale(LocalDate verified, LocalDate today) {
        return verified != null && !verified.isAfter(staleUpTo(today));
    }

    /** What is due for an organisation now, given its baseline and what was sent for that baseline. */
    public Due due(LocalDate baseline, LocalDate reminded, LocalDate escalated, LocalDate today) {
        if (!reminderDue(baseline, today)) {
            return Due.NOTHING;
        }
        if (reminded == null) {
            return Due.REMINDER;
        }
        if (escalated == null && escalationDue(reminded, today)) {
            return Due.ESCALATION;
        }
        return Due.NOTHING;
    }

    /** What the reminder job sends an organisation. */
    public enum Due { NOTHING, REMINDER, ESCALATION }
}
