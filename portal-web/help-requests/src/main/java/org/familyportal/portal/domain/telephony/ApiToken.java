package org.familyportal.portal.domain.telephony;

import java.time.Instant;

/** An issued token as administrators see it: never the token itself. */
public record ApiToken(long id, String name, String createdBy, Instant createdAt, Instant revokedAt, Instant lastUsedAt) {
}
