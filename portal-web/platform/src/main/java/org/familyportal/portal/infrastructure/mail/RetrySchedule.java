package org.familyportal.portal.infrastructure.mail;

import java.time.Duration;
import java.time.Instant;

/**
 * When a mail the SMTP server did not take is tried again: each mail on its own clock, the wait
 * doubling from {@code first} up to {@code longest}, for {@code giveUpAfter} from the moment it was
 * first queued (or handed back by an administrator). After that it is a dead letter: no longer tried
 * by itself, listed for administrators and reported by the readiness check.
 * <p>
 * The give-up time is hours, not minutes, so that an SMTP server down for a night still gets every
 * alert out when it is back; the cap on the wait keeps the delay after its return short.
 */
public record RetrySchedule(Duration first, Duration longest, Duration giveUpAfter) {

    /** The shortest give-up time accepted: an outage of minutes must never cost an alert. */
    public static final Duration SHORTEST_GIVE_UP = Duration.ofHours(1);

    public RetrySchedule {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("Mail retries need 0 < first wait <= longest wait");
        }
        if (giveUpAfter.compareTo(SHORTEST_GIVE_UP) < 0 || giveUpAfter.compareTo(longest) < 0) {
            throw new IllegalArgumentException("Mails are given up after " + SHORTEST_GIVE_UP
                    + " at the earliest and not before the longest wait, not after " + giveUpAfter);
        }
    }

    /** The wait after the {@code failures}-th failed attempt in a row (1 for the first). */
    public Duration waitAfter(int failures) {
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    /** Whether a mail tried since {@code tryingSince} that failed again at {@code now} is given up. */
    public boolean givesUp(Instant tryingSince, Instant now) {
        return !now.isBefore(tryingSince.plus(giveUpAfter));
    }

    /**
     * When to try again after the {@code failures}-th failure at {@code now}: never later than the
     * give-up time, so that the last attempt happens then and not a whole wait after it.
     */
    public Instant nextAttempt(int failures, Instant tryingSince, Instant now) {
        Instant next = now.plus(waitAfter(failures));
        Instant last = tryingSince.plus(giveUpAfter);
        return next.isAfter(last) ? (last.isAfter(now) ? last : now) : next;
    }
}
