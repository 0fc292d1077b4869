package org.familyportal.portal.domain.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The user accounts, looked up by sign-in name or id; with what the sign-in remembers of failed
 * attempts per account and source, and the single-use tokens of mailed password resets.
 */
public interface UserAccountRepository {

    Optional<UserAccount> findByEmail(String email);

    Optional<UserAccount> findById(long id);

    List<UserAccount> findAll();

    boolean existsWithRole(Role role);

    void add(UserAccount account);

    /** Failures of one source on one account, and of all sources on it, since {@code since}. */
    record Failures(int fromSource, Instant lastFromSource, int onAccount) {
    }

    Failures failures(long accountId, String source, Instant since);

    /**
     * {@link #failures}, with the source's count on the account locked until the transaction ends:
     * parallel attempts of one source wait for each other, each sees the count the one before left.
     */
    Failures lockFailures(long accountId, String source, Instant since, Instant now);

    /** Counts one more attempt (a failure until {@link #clearFailures} says otherwise). */
    void recordFailure(long accountId, String source, Instant now);

    /** Forgets the failures of {@code source} on the account (after a correct password), and all that are too old. */
    void clearFailures(long accountId, String source, Instant olderThan);

    /** A password-reset token (only its hash is kept). */
    record ResetToken(long id, long accountId, Instant expiresAt, Instant usedAt) {
    }

    void addResetToken(long accountId, String tokenHash, Instant createdAt, Instant expiresAt);

    Optional<ResetToken> findResetToken(String tokenHash);

    /** How many tokens the account got since {@code since} (to limit the mails one can trigger). */
    long resetTokensSince(long accountId, Instant since);

    /** Marks every unused token of the account used: a link works once, and none survives a new password. */
    void useResetTokens(long accountId, Instant now);
}
