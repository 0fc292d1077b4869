package org.familyportal.portal.infrastructure.security;

/**
 * Reads the notation of the portal's first password hashes, {@code pbkdf2-sha512$<iterations>$<salt>$<hash>}
 * (unpadded Base64), as Jakarta Security's {@code PBKDF2WithHmacSHA512:<iterations>:<salt>:<hash>}:
 * the same PBKDF2-HMAC-SHA512 derivation, so nobody's stored password breaks.
 */
public final class LegacyPasswordHash {

    private static final String PREFIX = "pbkdf2-sha512";

    private LegacyPasswordHash() {
    }

    /** {@code stored} in Jakarta notation (unchanged when it is already); null when it is no hash at all. */
    public static String toJakartaNotation(String stored) {
        if (stored == null || stored.isBlank()) {
            return null;
        }
        if (!stored.startsWith(PREFIX + "$")) {
            return stored;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[1].chars().allMatch(Character::isDigit) || parts[1].isEmpty()) {
            return null;
        }
        return JakartaPasswordHashing.ALGORITHM + ":" + parts[1] + ":" + padded(parts[2]) + ":" + padded(parts[3]);
    }

    private static String padded(String base64) {
        return base64 + "=".repeat((4 - base64.length() % 4) % 4);
    }
}
