package org.familyportal.portal.infrastructure.protection;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Encrypts personal data before it reaches the database (AES-256-GCM, a fresh nonce per value) and
 * computes keyed lookup hashes (HMAC-SHA256) for values that must be found again, such as a caller's
 * phone number. Both keys are derived from one configured secret, so a copy of the database alone
 * reveals nothing.
 * <p>
 * A sealed value reads {@code v1:<base64 of nonce + ciphertext + tag>}; the version prefix leaves room
 * for a later key rotation.
 */
public final class DataProtection {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec sealingKey;
    private final SecretKeySpec indexKey;

    /** @param secret at least 16 characters of secret material from configuration */
    public DataProtection(String secret) {
        if (secret == null || secret.strip().length() < 16) {
            throw new IllegalArgumentException("The data protection secret must be at least 16 characters long");
        }
        byte[] material = secret.strip().getBytes(StandardCharsets.UTF_8);
        this.sealingKey = new SecretKeySpec(derive(material, "family-portal/sealing/v1"), "AES");
        this.indexKey = new SecretKeySpec(derive(material, "family-portal/lookup/v1"), "HmacSHA256");
    }

    /** The encrypted form of {@code plain}; null stays null. */
    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt", e);
        }
    }

    /** The plain text of a value made by {@link #seal}; fails on a value changed or sealed with another key. */
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("Not a sealed value");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot decrypt: the value was changed or the data key is not the one it was sealed with", e);
        }
    }

    /** A keyed hash of {@code value} for equality lookups; null stays null. */
    public String lookupHash(String value) {
        if (value == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(indexKey);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot hash", e);
        }
    }

    private static byte[] derive(byte[] material, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(material, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
