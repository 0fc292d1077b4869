package org.familyportal.portal.domain.telephony;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The issued tokens, by the SHA-256 of the token. */
public interface ApiTokenRepository {

    void add(String name, String tokenHash, String createdBy, Instant createdAt);

    void revoke(long id, Instant at);

    /** The unrevoked token with this hash. */
    Optional<ApiToken> findValid(String tokenHash);

    /** Notes the use, unless it was noted after {@code notedBefore} (to the minute is enough). */
    void markUsed(String tokenHash, Instant at, Instant notedBefore);

    /** Newest first. */
    List<ApiToken> all();
}
