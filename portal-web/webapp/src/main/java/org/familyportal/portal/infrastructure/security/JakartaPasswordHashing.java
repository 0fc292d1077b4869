package org.familyportal.portal.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.familyportal.portal.domain.account.PasswordHashing;

import java.util.Map;

/**
 * Password hashes by Jakarta Security's {@link Pbkdf2PasswordHash}: PBKDF2-HMAC-SHA512 with 210,000
 * iterations (OWASP 2023), a 16-byte random salt and a 64-byte key, stored as
 * {@code PBKDF2WithHmacSHA512:<iterations>:<salt>:<hash>}.
 * <p>
 * Hashes written by the portal's first, hand-written hasher ({@code pbkdf2-sha512$<iterations>$<salt>$<hash>})
 * are the same algorithm with the same salt and key sizes, so they are verified by the same
 * implementation after rewriting the notation ({@link LegacyPasswordHash}); the identity store
 * replaces them at the next successful sign-in.
 */
@ApplicationScoped
public class JakartaPasswordHashing implements PasswordHashing {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    public static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", ALGORITHM,
                "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    }

    @Override
    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    @Override
    public boolean verify(char[] password, String stored) {
        String jakarta = LegacyPasswordHash.toJakartaNotation(stored);
        if (jakarta == null) {
            return false;
        }
        try {
            return pbkdf2.verify(password, jakarta);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean isCurrent(String stored) {
        return stored != null && stored.startsWith(ALGORITHM + ":" + ITERATIONS + ":");
    }
}
