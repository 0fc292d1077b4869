package org.familyportal.portal.domain.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sign-in throttle: per account and source it slows down, per account it only slows, nothing locks. */
class SignInPolicyTest {

    private final SignInPolicy policy = SignInPolicy.STANDARD;
    private final Instant lastFailure = Instant.parse("2026-11-22T10:00:00Z");

    @ParameterizedTest(name = "{0} failures from one source: wait {1}")
    @CsvSource({
            "0, PT0S",
            "1, PT0S",
            "5, PT0S",        // the free attempts (typos) cost nothing
            "6, PT5S",
            "7, PT10S",
            "8, PT20S",
            "12, PT5M20S",
            "13, PT10M40S",
            "14, PT15M",      // the ceiling
            "1000, PT15M",
            "2147483647, PT15M"
    })
    void aSourceWaitsLongerAfterEachFailureBeyondTheFreeOnes(int failures, Duration wait) {
        assertEquals(wait, policy.delayAfter(failures));
    }

    @ParameterizedTest(name = "{0} failures, next try {1} s after the last: allowed {2}")
    @CsvSource({
            "5, 0, true",
            "6, 0, false",
            "6, 4, false",
            "6, 5, true",
            "10, 79, false",
            "10, 80, true",
            "50, 899, false",
            "50, 900, true",
            "50, 86400, true"   // forgotten after a day
    })
    void aSourceMayTryAgainOnceItsDelayIsOver(int failures, long secondsLater, boolean allowed) {
        assertEquals(allowed, policy.mayTry(failures, lastFailure, lastFailure.plusSeconds(secondsLater)));
    }

    @Test
    void aSourceThatNeverFailedMayAlwaysTry() {
        assertTrue(policy.mayTry(0, null, lastFailure));
    }

    @ParameterizedTest(name = "{0} failures on the account from all sources: every check slowed by {1}")
    @CsvSource({
            "0, PT0S",
            "100, PT0S",      // far more than one source is allowed before it waits
            "101, PT0.5S",
            "200, PT0.5S",
            "201, PT1S",
            "301, PT2S",
            "401, PT3S",      // the ceiling: slower, never refused
            "1000000, PT3S"
    })
    void theWholeAccountIsOnlySlowedAndOnlyFarBeyondOneSourcesAllowance(int failures, Duration slowdown) {
        assertEquals(slowdown, policy.slowdownFor(failures));
    }

    @Test
    void anAttackersFailuresDoNotDelayTheOwnerFromAnotherSource() {
        // The attacker's source is made to wait, the owner's source has no failures of its own;
        // the account as a whole is at most slowed, by seconds.
        Instant now = lastFailure.plusSeconds(1);
        assertFalse(policy.mayTry(30, lastFailure, now), "the attacker's source waits");
        assertTrue(policy.mayTry(0, null, now), "the owner's source is not affected");
        assertTrue(policy.slowdownFor(30).isZero(), "30 failures do not even slow the account");
        assertTrue(policy.slowdownFor(Integer.MAX_VALUE).compareTo(Duration.ofSeconds(3)) <= 0);
    }

    @Test
    void failuresAreForgottenAfterTheMemory() {
        assertFalse(policy.forgotten(lastFailure, lastFailure.plus(Duration.ofHours(23))));
        assertTrue(policy.forgotten(lastFailure, lastFailure.plus(Duration.ofHours(24))));
        assertEquals(lastFailure.minus(Duration.ofHours(24)), policy.rememberedSince(lastFailure));
    }

    @Test
    void inconsistentPoliciesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SignInPolicy(0, Duration.ofSeconds(1),
                Duration.ofMinutes(1), 10, Duration.ZERO, Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new SignInPolicy(5, Duration.ofSeconds(1),
                Duration.ofMinutes(1), 4, Duration.ZERO, Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new SignInPolicy(5, Duration.ofMinutes(2),
                Duration.ofMinutes(1), 10, Duration.ZERO, Duration.ZERO, Duration.ofHours(1)));
    }

    @Test
    void accountsNormaliseTheirSignInNameAndEndSessionsOnEveryChangeOfAccess() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        UserAccount account = new UserAccount(" Mother@Example.ORG ", "Анна", "hash", java.util.Set.of(), now);
        assertEquals("mother@example.org", account.getEmail(), "sign-in names are normalised");
        long generation = account.getSessionGeneration();
        account.disable();
        assertFalse(account.isEnabled());
        assertTrue(account.getSessionGeneration() > generation, "disabling ends the sessions");
        generation = account.getSessionGeneration();
        account.changeRoles(java.util.EnumSet.of(Role.EDITOR));
        assertTrue(account.getSessionGeneration() > generation, "new roles end the sessions");
        generation = account.getSessionGeneration();
        account.changePassword("new-hash", true);
        assertTrue(account.getSessionGeneration() > generation, "a new password ends the sessions");
        assertTrue(account.isPasswordChangeRequired(), "a temporary password must be changed");
        generation = account.getSessionGeneration();
        account.rehashPassword("stronger-hash");
        assertEquals(generation, account.getSessionGeneration(), "a rehash of the same password does not");
    }

    @Test
    void aSourceThatMustWaitIsToldHowLongAndASourceWithoutFailuresNeverWaits() {
        Instant now = lastFailure.plusSeconds(2);
        assertEquals(Duration.ZERO, policy.waitBefore(5, lastFailure, 5, now), "the free attempts");
        assertEquals(Duration.ofSeconds(3), policy.waitBefore(6, lastFailure, 6, now), "5 s after the sixth failure");
        assertEquals(Duration.ZERO, policy.waitBefore(6, lastFailure, 6, lastFailure.plusSeconds(5)));
        assertEquals(Duration.ZERO, policy.waitBefore(0, null, 100_000, now),
                "a new source tries at once, however much the account is attacked: the owner is never locked out");
        assertEquals(Duration.ZERO, policy.waitBefore(40, lastFailure, 40, lastFailure.plus(Duration.ofHours(24))),
                "forgotten after a day");
    }

    @Test
    void anAccountUnderAttackFromManySourcesMakesEachFailingSourceWaitInsteadOfHoldingAThread() {
        // 250 failures on the account: every check slowed by 1 s; a source that failed waits that long after its try.
        Instant now = lastFailure.plusMillis(200);
        assertEquals(Duration.ofMillis(800), policy.waitBefore(1, lastFailure, 250, now));
        assertEquals(Duration.ZERO, policy.waitBefore(1, lastFailure, 250, lastFailure.plusSeconds(1)));
        assertEquals(Duration.ZERO, policy.waitBefore(1, lastFailure, 20, now), "a few failures: no slowdown");
    }
}
