package org.familyportal.portal.domain.provider;

import java.time.Duration;
import java.time.Instant;

/**
 * A link mailed to a representative's address, as the database keeps it: only the token's hash, when
 * it lapses and when it was used. It works once, and only before it lapses.
 */
public record MailLink(long id, long accountId, Purpose purpose, Instant expiresAt, Instant usedAt) {

    /** How long a confirmation link works. */
    public static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);

    /** What the mail was for. */
    public enum Purpose {
        /** A link that confirms the address of a new sign-up. */
        CONFIRM,
        /** A notice to the owner of an address already registered (no link that does anything). */
        NOTICE
    }

    /** Whether the link confirms an address at {@code now}: a confirmation, unused and not lapsed. */
    public boolean confirmsAt(Instant now) {
        return purpose == Purpose.CONFIRM && usedAt == null && now.isBefore(expiresAt);
    }
}
