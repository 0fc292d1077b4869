package org.familyportal.portal.application.request;

import org.familyportal.portal.application.request.ReferralLinkToken.Outcome;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Links of referrals to organisations without members: good, expired, changed, signed with another key. */
class ReferralLinkTokenTest {

    private static final String ORGANISATION = "7b0c1f2e-1111-4222-8333-944455556666";
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofDays(30));

    private final ReferralLinkToken tokens = new ReferralLinkToken(key(1));

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    @Test
    void aLinkReadsBackUntilItExpires() {
        String token = tokens.issue(42, ORGANISATION, EXPIRES);
        ReferralLinkToken.Reading reading = tokens.read(token, NOW);
        assertEquals(Outcome.VALID, reading.outcome());
        assertEquals(42, reading.claims().referralId());
        assertEquals(ORGANISATION, reading.claims().organizationId());
        assertEquals(EXPIRES, reading.claims().expires());
        assertEquals(Outcome.VALID, tokens.read(token, EXPIRES.minusSeconds(1)).outcome());
        assertEquals(Outcome.EXPIRED, tokens.read(token, EXPIRES).outcome(), "expired at its time");
    }

    @Test
    void aChangedLinkIsRefused() {
        String token = tokens.issue(42, ORGANISATION, EXPIRES);
        // Another referral, a later expiry: a new payload with the old signature.
        String signature = token.substring(token.indexOf('.'));
        for (String payload : new String[] {"r1:43:" + ORGANISATION + ":" + EXPIRES.getEpochSecond(),
                "r1:42:" + ORGANISATION + ":" + EXPIRES.plus(Duration.ofDays(365)).getEpochSecond(),
                "r1:42:00000000-0000-4000-8000-000000000000:" + EXPIRES.getEpochSecond()}) {
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + signature;
            assertEquals(Outcome.INVALID, tokens.read(forged, NOW).outcome(), payload);
            assertEquals(Outcome.INVALID, tokens.read(forged, EXPIRES.plusSeconds(1)).outcome(),
                    "a forged link is never reported as merely expired");
        }
        // Any one character changed.
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                continue;
            }
            String changed = token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1);
            assertEquals(Outcome.INVALID, tokens.read(changed, NOW).outcome(), "character " + i);
        }
    }

    @Test
    void aLinkSignedWithAnotherInstallationsSecretIsRefused() {
        String theirs = new ReferralLinkToken(key(2)).issue(42, ORGANISATION, EXPIRES);
        assertEquals(Outcome.INVALID, tokens.read(theirs, NOW).outcome());
    }

    @Test
    void garbageIsRefusedWithoutAnError() {
        for (String garbage : new String[] {null, "", "abc", "a.b", "%%%%%%%%.%%%", "x".repeat(5000),
                tokens.issue(1, ORGANISATION, EXPIRES).replace('.', '!')}) {
            assertEquals(Outcome.INVALID, tokens.read(garbage, NOW).outcome(), String.valueOf(garbage));
        }
        assertThrows(IllegalArgumentException.class, () -> new ReferralLinkToken(new byte[16]), "a short key");
    }
}
