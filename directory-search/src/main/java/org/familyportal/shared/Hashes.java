package org.familyportal.shared;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * The one hashing helper of the project: SHA-256 for values that are secret by their randomness
 * (API tokens, one-time links, file fingerprints, ETags) and HMAC-SHA256 for values that need a key
 * because they are guessable (a request's private code, a sign-in address). Hex is lowercase, as
 * stored in the database; whoever writes such a hash (the portal, the benchmarks) uses this class,
 * so the two can never disagree.
 */
public final class Hashes {

    private static final String HMAC = "HmacSHA256";

    private Hashes() {
    }

    /** SHA-256 of the UTF-8 bytes of {@code text}, 64 hex digits. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of {@code bytes}, 64 hex digits. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }

    /** A key for {@link #hmacSha256Hex} from raw key bytes. */
    public static SecretKeySpec hmacKey(byte[] key) {
        return new SecretKeySpec(key, HMAC);
    }

    /** HMAC-SHA256 of the UTF-8 bytes of {@code text} under {@code key}, 64 hex digits. */
    public static String hmacSha256Hex(SecretKeySpec key, String text) {
        return HexFormat.of().formatHex(hmacSha256(key, text.getBytes(StandardCharsets.UTF_8)));
    }

    /** HMAC-SHA256 of {@code data} under {@code key}, 32 bytes. */
    public static byte[] hmacSha256(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute HMAC-SHA256", e);
        }
    }
}
