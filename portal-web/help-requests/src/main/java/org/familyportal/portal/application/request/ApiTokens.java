package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.infrastructure.persistence.InstantConverter;
import org.familyportal.shared.Hashes;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Tokens with which telephony systems log calls through the API. An administrator issues one and
 * sees it once; the database keeps only its SHA-256 (a token is random, so no salt is needed).
 */
@ApplicationScoped
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @jakarta.inject.Inject
    org.familyportal.portal.application.audit.AuditTrail audit;

    @jakarta.inject.Inject
    CurrentCaller caller;

    public record Token(long id, String name, String createdBy, Instant createdAt, Instant revokedAt, Instant lastUsedAt) {
    }

    /** Issues a token named {@code name}; the returned text is shown once and never stored. */
    @Transactional
    public String issue(String name, String by) {
        by = caller.actingAs(by, Role.ADMIN);
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidRequestException("admin.tokens.name.invalid");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "fp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        audit.record(by, AuditAction.CHANGE, null, "telephony token issued: " + name.strip());
        em.createNativeQuery("INSERT INTO api_token (name, token_hash, created_by, created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, name.strip()).setParameter(2, Hashes.sha256Hex(token)).setParameter(3, by)
                .setParameter(4, InstantConverter.utc(Instant.now())).executeUpdate();
        return token;
    }

    @Transactional
    public void revoke(long id, String by) {
        by = caller.actingAs(by, Role.ADMIN);
        audit.record(by, AuditAction.CHANGE, null, "telephony token revoked: " + id);
        em.createNativeQuery("UPDATE api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
                .setParameter(1, InstantConverter.utc(Instant.now())).setParameter(2, id).executeUpdate();
    }

    /** A telephony system as its token identifies it: the token's id (unique) and the name it was issued under. */
    public record Caller(long tokenId, String name) {
    }

    /** The system a valid, unrevoked token belongs to. */
    @Transactional
    public Optional<Caller> authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = Hashes.sha256Hex(token.strip());
        List<?> rows = em.createNativeQuery("SELECT id, name FROM api_token WHERE token_hash = ? AND revoked_at IS NULL")
                .setParameter(1, hash).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        // "Last used" to the minute is enough, and spares a busy telephony system one row lock per call.
        Instant now = Instant.now();
        em.createNativeQuery("UPDATE api_token SET last_used_at = ? WHERE token_hash = ?"
                        + " AND (last_used_at IS NULL OR last_used_at < ?)")
                .setParameter(1, InstantConverter.utc(now)).setParameter(2, hash)
                .setParameter(3, InstantConverter.utc(now.minusSeconds(60))).executeUpdate();
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Caller(((Number) row[0]).longValue(), String.valueOf(row[1])));
    }

    public List<Token> all() {
        caller.require(Role.ADMIN);
        List<?> rows = em.createNativeQuery("SELECT id, name, created_by, created_at, revoked_at, last_used_at"
                + " FROM api_token ORDER BY created_at DESC").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Token(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], instant(r[3]), instant(r[4]), instant(r[5]))).toList();
    }

    private static Instant instant(Object value) {
        return InstantConverter.instant(value);
    }
}
