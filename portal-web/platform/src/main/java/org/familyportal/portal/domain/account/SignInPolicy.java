package org.familyportal.portal.domain.account;

import java.time.Duration;
import java.time.Instant;

/**
 * How repeated wrong passwords slow an attacker down without locking the owner out.
 * <p>
 * Failures are counted per account <em>and source</em> (the client address): after
 * {@code freeAttempts} failures from one source, that source must wait before its next try, a delay
 * that doubles with each further failure up to {@code longestDelay}. Nobody else is affected, so the
 * real owner signs in from another address whatever an attacker does. All sources together count
 * towards a much higher per-account figure ({@code accountFreeAttempts}); beyond it every check on
 * the account is slowed (never refused) by a pause that doubles with each further
 * {@code accountFreeAttempts} failures, up to {@code longestSlowdown}. Failures older than
 * {@link #memory()} are forgotten; a correct password clears its source's count.
 *
 * @param freeAttempts        failures from one source before it has to wait
 * @param firstDelay          the wait after the first failure beyond the free ones
 * @param longestDelay        the ceiling of the doubling wait
 * @param accountFreeAttempts failures from all sources before checks on the account are slowed
 * @param firstSlowdown       the pause of each check beyond that
 * @param longestSlowdown     the ceiling of that pause
 * @param memory              how long failures are remembered
 */
public record SignInPolicy(int freeAttempts, Duration firstDelay, Duration longestDelay,
                           int accountFreeAttempts, Duration firstSlowdown, Duration longestSlowdown,
                           Duration memory) {

    public static final SignInPolicy STANDARD = new SignInPolicy(5, Duration.ofSeconds(5), Duration.ofMinutes(15),
            100, Duration.ofMillis(500), Duration.ofSeconds(3), Duration.ofHours(24));

    public SignInPolicy {
        if (freeAttempts < 1 || accountFreeAttempts < freeAttempts || firstDelay.isNegative()
                || longestDelay.compareTo(firstDelay) < 0 || firstSlowdown.isNegative()
                || longestSlowdown.compareTo(firstSlowdown) < 0 || memory.isNegative() || memory.isZero()) {
            throw new IllegalArgumentException("inconsistent sign-in policy");
        }
    }

    /** How long one source must wait after its {@code failures}-th failure in a row on an account (zero: none). */
    public Duration delayAfter(int failures) {
        return doubling(failures - freeAttempts, firstDelay, longestDelay);
    }

    /**
     * When the source may try again, given its failures on the account and the time of the last one
     * (null: never failed, or forgotten).
     */
    public Instant nextAttemptAt(int failures, Instant lastFailure) {
        return lastFailure == null ? Instant.MIN : lastFailure.plus(delayAfter(failures));
    }

    /** Whether a source with these failures may have its password checked at {@code now}. */
    public boolean mayTry(int failures, Instant lastFailure, Instant now) {
        return lastFailure == null || forgotten(lastFailure, now) || !now.isBefore(nextAttemptAt(failures, lastFailure));
    }

    /**
     * How long a source must wait before its password is checked (zero: at once): its own delay
     * ({@link #delayAfter}), and, once it has failed on an account that drew very many failures from
     * all sources, the account's slowdown ({@link #slowdownFor}) since its own last attempt. A source
     * without failures of its own never waits, so the owner always gets a try from a new place.
     */
    public Duration waitBefore(int sourceFailures, Instant lastFromSource, int accountFailures, Instant now) {
        if (sourceFailures <= 0 || lastFromSource == null || forgotten(lastFromSource, now)) {
            return Duration.ZERO;
        }
        Instant until = nextAttemptAt(sourceFailures, lastFromSource);
        Instant slowed = lastFromSource.plus(slowdownFor(accountFailures));
        Duration wait = Duration.between(now, until.isAfter(slowed) ? until : slowed);
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** The pause before checking a password for an account with {@code accountFailures} recent failures from all sources. */
    public Duration slowdownFor(int accountFailures) {
        int beyond = accountFailures - accountFreeAttempts;
        return beyond <= 0 ? Duration.ZERO : doubling(1 + (beyond - 1) / accountFreeAttempts, firstSlowdown, longestSlowdown);
    }

    /** Whether a failure at {@code lastFailure} no longer counts at {@code now}. */
    public boolean forgotten(Instant lastFailure, Instant now) {
        return !lastFailure.plus(memory).isAfter(now);
    }

    /** Failures since this instant count. */
    public Instant rememberedSince(Instant now) {
        return now.minus(memory);
    }

    /** Zero for {@code step <= 0}, {@code first} for step 1, doubling with each step up to {@code ceiling}. */
    private static Duration doubling(int step, Duration first, Duration ceiling) {
        if (step <= 0) {
            return Duration.ZERO;
        }
        Duration value = first;
        for (int i = 1; i < step && value.compareTo(ceiling) < 0; i++) {
            value = value.multipliedBy(2);
        }
        return value.compareTo(ceiling) > 0 ? ceiling : value;
    }
}
