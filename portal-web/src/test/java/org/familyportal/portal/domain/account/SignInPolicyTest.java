package org.familyportal.portal.domain.account;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInPolicyTest {

    private final SignInPolicy policy = new SignInPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(30));

    @Test
    void theFirstFailuresCostNothing() {
        for (int failures = 1; failures <= 5; failures++) {
            assertEquals(Duration.ZERO, policy.lockAfter(failures));
        }
    }

    @Test
    void furtherFailuresLockForDoublingTimesUpToTheCeiling() {
        assertEquals(Duration.ofMinutes(1), policy.lockAfter(6));
        assertEquals(Duration.ofMinutes(2), policy.lockAfter(7));
        assertEquals(Duration.ofMinutes(16), policy.lockAfter(10));
        assertEquals(Duration.ofMinutes(30), policy.lockAfter(11));
        assertEquals(Duration.ofMinutes(30), policy.lockAfter(1000));
    }

    @Test
    void anAccountIsLockedAfterTooManyFailuresAndFreedBySuccess() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        UserAccount account = new UserAccount(" Mother@Example.ORG ", "Анна", "hash", java.util.Set.of(), now);
        assertEquals("mother@example.org", account.getEmail(), "sign-in names are normalised");
        for (int i = 0; i < 6; i++) {
            account.recordFailedSignIn(policy, now);
        }
        assertTrue(account.isLockedAt(now.plusSeconds(30)));
        assertFalse(account.isLockedAt(now.plusSeconds(61)));
        account.recordSuccessfulSignIn(now.plusSeconds(61));
        assertEquals(0, account.getFailedSignIns());
        assertFalse(account.isLockedAt(now.plusSeconds(61)));
    }
}
