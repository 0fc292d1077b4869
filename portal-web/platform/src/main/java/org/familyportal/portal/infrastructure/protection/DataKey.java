package org.familyportal.portal.infrastructure.protection;

import org.familyportal.shared.Hashes;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * One configured data key and what is derived from it.
 * <ul>
 * <li>The master key: 32 random bytes given in base64 (what {@code openssl rand -base64 32} prints), or,
 * for any other secret of at least 16 characters, PBKDF2-HMAC-SHA256 of it with the installation's
 * stored salt and {@value #PBKDF2_ITERATIONS} iterations.</li>
 * <li>Sub-keys per purpose by HKDF-SHA256 (RFC 5869): one encrypts, one makes lookup hashes.</li>
 * <li>A key id (8 hex digits, from HKDF too) written into every sealed value, so the key that
 * sealed a value is known and several keys can be read side by side during a rotation.</li>
 * <li>The keys of format 1 (one HMAC of the secret text per purpose), only to read values sealed
 * before format 2 and to find lookup hashes made then.</li>
 * </ul>
 */
public final class DataKey {

    /** The work factor for a passphrase (OWASP's 2023 figure for PBKDF2-HMAC-SHA256). */
    public static final int PBKDF2_ITERATIONS = 600_000;
    static final int MIN_SECRET = 16;

    private final String id;
    private final SecretKeySpec sealing;
    private final SecretKeySpec lookup;
    private final SecretKeySpec legacySealing;
    private final SecretKeySpec legacyLookup;

    private DataKey(byte[] master, byte[] secretText) {
        byte[] prk = hkdfExtract("family-portal/data-key".getBytes(StandardCharsets.UTF_8), master);
        this.id = HexFormat.of().formatHex(hkdfExpand(prk, "key-id", 4));
        this.sealing = new SecretKeySpec(hkdfExpand(prk, "sealing/v2", 32), "AES");
        this.lookup = new SecretKeySpec(hkdfExpand(prk, "lookup/v2", 32), "HmacSHA256");
        this.legacySealing = new SecretKeySpec(hmac(secretText, "family-portal/sealing/v1"), "AES");
        this.legacyLookup = new SecretKeySpec(hmac(secretText, "family-portal/lookup/v1"), "HmacSHA256");
        Arrays.fill(prk, (byte) 0);
    }

    /**
     * The key configured as {@code secret}.
     *
     * @param salt the installation's salt, used only when {@code secret} is a passphrase rather than
     *             32 bytes in base64
     * @throws IllegalArgumentException for a secret that is neither
     */
    public static DataKey of(String secret, byte[] salt) {
        if (secret == null || secret.strip().length() < MIN_SECRET) {
            throw new IllegalArgumentException("The data key must be 32 random bytes in base64"
                    + " (openssl rand -base64 32) or a passphrase of at least " + MIN_SECRET + " characters");
        }
        String text = secret.strip();
        byte[] raw = randomBytes(text);
        byte[] master = raw != null ? raw : pbkdf2(text, salt);
        return new DataKey(master, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code secret} is 32 bytes in base64 (no salt is needed then). */
    public static boolean isRandomKey(String secret) {
        return secret != null && randomBytes(secret.strip()) != null;
    }

    public String id() {
        return id;
    }

    SecretKeySpec sealing() {
        return sealing;
    }

    SecretKeySpec lookup() {
        return lookup;
    }

    SecretKeySpec legacySealing() {
        return legacySealing;
    }

    SecretKeySpec legacyLookup() {
        return legacyLookup;
    }

    private static byte[] randomBytes(String text) {
        for (Base64.Decoder decoder : new Base64.Decoder[] {Base64.getDecoder(), Base64.getUrlDecoder()}) {
            try {
                byte[] bytes = decoder.decode(text);
                if (bytes.length == 32) {
                    return bytes;
                }
            } catch (IllegalArgumentException e) {
                // not this alphabet
            }
        }
        return null;
    }

    private static byte[] pbkdf2(String passphrase, byte[] salt) {
        if (salt == null || salt.length < 16) {
            throw new IllegalArgumentException("A passphrase needs the installation's salt (16 bytes or more)");
        }
        try {
            PBEKeySpec spec = new PBEKeySpec(passphrase.toCharArray(), salt, PBKDF2_ITERATIONS, 256);
            try {
                return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            } finally {
                spec.clearPassword();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hkdfExtract(byte[] salt, byte[] inputKey) {
        return hmac(salt, inputKey);
    }

    private static byte[] hkdfExpand(byte[] prk, String info, int length) {
        byte[] out = new byte[length];
        byte[] block = new byte[0];
        int done = 0;
        for (int counter = 1; done < length; counter++) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(prk, "HmacSHA256"));
                mac.update(block);
                mac.update(("family-portal/" + info).getBytes(StandardCharsets.UTF_8));
                mac.update((byte) counter);
                block = mac.doFinal();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            int n = Math.min(block.length, length - done);
            System.arraycopy(block, 0, out, done, n);
            done += n;
        }
        return out;
    }

    private static byte[] hmac(byte[] key, String data) {
        return hmac(key, data.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        return Hashes.hmacSha256(Hashes.hmacKey(key), data);
    }
}
