package org.familyportal.portal.infrastructure.security;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.util.Arrays;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hashes stored by the portal's first hasher stay valid under Jakarta Security's Pbkdf2PasswordHash:
 * the notation is rewritten, the bytes (and so the derivation) stay the same.
 */
class LegacyPasswordHashTest {

    /** A hash exactly as the first hasher wrote it: unpadded Base64, 16-byte salt, 512-bit key. */
    static String legacyHash(String password, byte[] salt, int iterations) throws Exception {
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 512)).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha512$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    @Test
    void aLegacyHashReadsAsTheSameDerivationInJakartaNotation() throws Exception {
        byte[] salt = new byte[16];
        Arrays.fill(salt, (byte) 7);
        String legacy = legacyHash("правильный-пароль-2026", salt, 1_000);

        String jakarta = LegacyPasswordHash.toJakartaNotation(legacy);
        String[] parts = jakarta.split(":");
        assertEquals(4, parts.length, jakarta);
        assertEquals("PBKDF2WithHmacSHA512", parts[0], "Pbkdf2PasswordHash's algorithm name");
        assertEquals("1000", parts[1]);
        byte[] decodedSalt = Base64.getDecoder().decode(parts[2]);
        assertArrayEquals(salt, decodedSalt);
        // What Pbkdf2PasswordHash.verify does: derive with the stored salt, iterations and hash length.
        byte[] stored = Base64.getDecoder().decode(parts[3]);
        byte[] derived = SecretKeyFactory.getInstance(parts[0]).generateSecret(new PBEKeySpec(
                "правильный-пароль-2026".toCharArray(), decodedSalt, Integer.parseInt(parts[1]), stored.length * 8)).getEncoded();
        assertArrayEquals(stored, derived);
        assertTrue(parts[2].length() % 4 == 0 && parts[3].length() % 4 == 0, "padded as Base64.getEncoder() writes");
    }

    @Test
    void jakartaHashesPassUnchangedAndGarbageIsNoHash() {
        String jakarta = "PBKDF2WithHmacSHA512:210000:AAAAAAAAAAAAAAAAAAAAAA==:AAAA";
        assertEquals(jakarta, LegacyPasswordHash.toJakartaNotation(jakarta));
        assertNull(LegacyPasswordHash.toJakartaNotation(null));
        assertNull(LegacyPasswordHash.toJakartaNotation(" "));
        assertNull(LegacyPasswordHash.toJakartaNotation("pbkdf2-sha512$abc$x$y"));
        assertNull(LegacyPasswordHash.toJakartaNotation("pbkdf2-sha512$1000$x"));
    }
}
