package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.telephony.ApiToken;
import org.familyportal.portal.domain.telephony.ApiTokenRepository;
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

    @Inject
    ApiTokenRepository tokens;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

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
        tokens.add(name.strip(), Hashes.sha256Hex(token), by, Instant.now());
        return token;
    }

    @Transactional
    public void revoke(long id, String by) {
        by = caller.actingAs(by, Role.ADMIN);
        audit.record(by, AuditAction.CHANGE, null, "telephony token revoked: " + id);
        tokens.revoke(id, Instant.now());
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
        Optional<ApiToken> valid = tokens.findValid(hash);
        if (valid.isEmpty()) {
            return Optional.empty();
        }
        // "Last used" to the minute is enough, and spares a busy telephony system one row lock per call.
        Instant now = Instant.now();
        tokens.markUsed(hash, now, now.minusSeconds(60));
        return Optional.of(new Caller(valid.get().id(), valid.get().name()));
    }

    public List<ApiToken> all() {
        caller.require(Role.ADMIN);
        return tokens.all();
    }
}
