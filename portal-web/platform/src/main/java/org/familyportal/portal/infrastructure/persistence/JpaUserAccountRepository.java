package org.familyportal.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.domain.account.UserAccountRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<UserAccount> findByEmail(String email) {
        return em.createQuery("select a from UserAccount a where a.email = :email", UserAccount.class)
                .setParameter("email", UserAccount.normalizeEmail(email))
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public List<UserAccount> findAll() {
        return em.createQuery("select a from UserAccount a order by a.email", UserAccount.class).getResultList();
    }

    @Override
    public boolean existsWithRole(Role role) {
        return !em.createQuery("select a.id from UserAccount a join a.roles r where r = :role", Long.class)
                .setParameter("role", role).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(UserAccount account) {
        em.persist(account);
    }

    @Override
    public Failures failures(long accountId, String source, Instant since) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT"
                        + " COALESCE(SUM(CASE WHEN source_hash = ? THEN failures ELSE 0 END), 0),"
                        + " MAX(CASE WHEN source_hash = ? THEN last_failure_at END),"
                        + " COALESCE(SUM(failures), 0)"
                        + " FROM sign_in_failure WHERE user_account_id = ? AND last_failure_at > ?")
                .setParameter(1, source).setParameter(2, source).setParameter(3, accountId)
                .setParameter(4, InstantConverter.utc(since)).getSingleResult();
        return new Failures(((Number) row[0]).intValue(), instant(row[1]), ((Number) row[2]).intValue());
    }

    @Override
    public Failures lockFailures(long accountId, String source, Instant since, Instant now) {
        // The row exists (a count of 0 until an attempt is counted) and is locked; the locking read
        // then sees what a parallel attempt committed, not the transaction's first snapshot.
        em.createNativeQuery("INSERT INTO sign_in_failure (user_account_id, source_hash, failures, last_failure_at)"
                        + " VALUES (?, ?, 0, ?) ON DUPLICATE KEY UPDATE failures = failures")
                .setParameter(1, accountId).setParameter(2, source).setParameter(3, InstantConverter.utc(now)).executeUpdate();
        Object[] own = (Object[]) em.createNativeQuery("SELECT failures, last_failure_at FROM sign_in_failure"
                        + " WHERE user_account_id = ? AND source_hash = ? FOR UPDATE")
                .setParameter(1, accountId).setParameter(2, source).getSingleResult();
        Instant last = instant(own[1]);
        boolean remembered = ((Number) own[0]).intValue() > 0 && last != null && last.isAfter(since);
        int onAccount = failures(accountId, source, since).onAccount();
        return remembered ? new Failures(((Number) own[0]).intValue(), last, onAccount) : new Failures(0, null, onAccount);
    }

    @Override
    public void recordFailure(long accountId, String source, Instant now) {
        em.createNativeQuery("INSERT INTO sign_in_failure (user_account_id, source_hash, failures, last_failure_at)"
                        + " VALUES (?, ?, 1, ?) ON DUPLICATE KEY UPDATE failures = failures + 1, last_failure_at = VALUES(last_failure_at)")
                .setParameter(1, accountId).setParameter(2, source).setParameter(3, InstantConverter.utc(now)).executeUpdate();
    }

    @Override
    public void clearFailures(long accountId, String source, Instant olderThan) {
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE (user_account_id = ? AND source_hash = ?) OR last_failure_at < ?")
                .setParameter(1, accountId).setParameter(2, source).setParameter(3, InstantConverter.utc(olderThan))
                .executeUpdate();
    }

    @Override
    public void addResetToken(long accountId, String tokenHash, Instant createdAt, Instant expiresAt) {
        em.createNativeQuery("INSERT INTO password_reset_token (user_account_id, token_hash, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, accountId).setParameter(2, tokenHash).setParameter(3, InstantConverter.utc(createdAt))
                .setParameter(4, InstantConverter.utc(expiresAt)).executeUpdate();
    }

    @Override
    public Optional<ResetToken> findResetToken(String tokenHash) {
        List<?> rows = em.createNativeQuery("SELECT id, user_account_id, expires_at, used_at FROM password_reset_token"
                + " WHERE token_hash = ?").setParameter(1, tokenHash).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new ResetToken(((Number) r[0]).longValue(),
                ((Number) r[1]).longValue(), instant(r[2]), instant(r[3]))).findFirst();
    }

    @Override
    public long resetTokensSince(long accountId, Instant since) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM password_reset_token WHERE user_account_id = ?"
                        + " AND created_at > ?").setParameter(1, accountId).setParameter(2, InstantConverter.utc(since))
                .getSingleResult()).longValue();
    }

    @Override
    public void useResetTokens(long accountId, Instant now) {
        em.createNativeQuery("UPDATE password_reset_token SET used_at = ? WHERE user_account_id = ? AND used_at IS NULL")
                .setParameter(1, InstantConverter.utc(now)).setParameter(2, accountId).executeUpdate();
    }

    private static Instant instant(Object value) {
        return InstantConverter.instant(value);
    }
}
