package org.familyportal.portal.domain.account;

import java.time.Duration;

/**
 * How repeated wrong passwords slow an attacker down: the first few cost nothing, then every
 * further failure locks the account for longer, up to a ceiling. A correct password resets it.
 *
 * @param freeAttempts failures allowed before the first lock
 * @param firstLock    the lock after the first failure beyond the free ones
 * @param longestLock  the ceiling of the doubling lock
 */
public record SignInPolicy(int freeAttempts, Duration firstLock, Duration longestLock) {

    public static final SignInPolicy STANDARD = new SignInPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(30));

    public SignInPolicy {
        if (freeAttempts < 1 || firstLock.isNegative() || longestLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("inconsistent sign-in policy");
        }
    }

    /** How long to lock the account after its {@code failures}-th failure in a row (zero: no lock). */
    public Duration lockAfter(int failures) {
        int beyond = failures - freeAttempts;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration lock = firstLock;
        for (int i = 1; i < beyond && lock.compareTo(longestLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }
}
