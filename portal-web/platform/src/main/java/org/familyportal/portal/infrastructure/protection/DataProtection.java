package org.familyportal.portal.infrastructure.protection;

import org.familyportal.shared.Hashes;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Encrypts personal data before it reaches the database (AES-256-GCM, a fresh nonce per value) and
 * computes keyed lookup hashes (HMAC-SHA256) for values that must be found again, such as a caller's
 * phone number. The keys come from configuration ({@link DataKey}), so a copy of the database alone
 * reveals nothing.
 * <p>
 * A sealed value reads {@code v2:<key id>:<base64 of nonce + ciphertext + tag>}. The associated data
 * of the cipher names the value's place ({@code table.column}), so a value copied into another column
 * does not open. Values of format 1 ({@code v1:...}, before key ids) still open with the key they were
 * sealed with. Several keys are known during a rotation: the current one seals, every one opens.
 */
public final class DataProtection {

    private static final String V1 = "v1:";
    private static final String V2 = "v2:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DataKey current;
    private final Map<String, DataKey> byId = new LinkedHashMap<>();

    /** @param current the key that seals; {@code previous} keys only open (and find lookup hashes) */
    public DataProtection(DataKey current, List<DataKey> previous) {
        this.current = current;
        byId.put(current.id(), current);
        for (DataKey key : previous) {
            byId.putIfAbsent(key.id(), key);
        }
    }

    /** One key given as 32 bytes in base64, nothing else known (tests and tools). */
    public static DataProtection withKey(String secret) {
        return new DataProtection(DataKey.of(secret, null), List.of());
    }

    /** The id of the key that seals now. */
    public String currentKeyId() {
        return current.id();
    }

    /** The encrypted form of {@code plain} for the column {@code place} ({@code table.column}); null stays null. */
    public String seal(String plain, String place) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, current.sealing(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(current.id(), place));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return V2 + current.id() + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt", e);
        }
    }

    /**
     * The plain text of a value made by {@link #seal} for the same {@code place}.
     *
     * @throws UnreadableValueException when the value was changed, belongs to another column, or was
     *                                  sealed with a key that is not configured
     */
    public String open(String sealed, String place) {
        if (sealed == null) {
            return null;
        }
        if (sealed.startsWith(V2)) {
            int colon = sealed.indexOf(':', V2.length());
            if (colon < 0) {
                throw new UnreadableValueException("Not a sealed value");
            }
            String keyId = sealed.substring(V2.length(), colon);
            DataKey key = byId.get(keyId);
            if (key == null) {
                throw new UnreadableValueException("Sealed with the data key " + keyId + ", which is not configured"
                        + " (PORTAL_DATA_KEY, PORTAL_DATA_KEY_PREVIOUS)");
            }
            return decrypt(key.sealing(), sealed.substring(colon + 1), aad(keyId, place));
        }
        if (sealed.startsWith(V1)) {
            UnreadableValueException failure = null;
            for (DataKey key : byId.values()) {
                try {
                    return decrypt(key.legacySealing(), sealed.substring(V1.length()), null);
                } catch (UnreadableValueException e) {
                    failure = e;
                }
            }
            throw failure;
        }
        throw new UnreadableValueException("Not a sealed value");
    }

    /** Whether {@code value} looks sealed (by any format or key). */
    public static boolean isSealed(String value) {
        return value != null && (value.startsWith(V1) || value.startsWith(V2));
    }

    /** Whether {@code sealed} is sealed with the current key in the current format (nothing to re-encrypt). */
    public boolean isCurrent(String sealed) {
        return sealed != null && sealed.startsWith(V2 + current.id() + ":");
    }

    /** A keyed hash of {@code value} for equality lookups, with the current key; null stays null. */
    public String lookupHash(String value) {
        return value == null ? null : hmac(current.lookup(), value);
    }

    /**
     * Every hash that {@code value} may have been stored under: the current key's first, then earlier
     * keys' and format 1's. Lookups search for all, so nothing stored before a rotation is lost.
     */
    public List<String> lookupHashes(String value) {
        if (value == null) {
            return List.of();
        }
        Set<String> hashes = new LinkedHashSet<>();
        hashes.add(lookupHash(value));
        for (DataKey key : byId.values()) {
            hashes.add(hmac(key.lookup(), value));
            hashes.add(hmac(key.legacyLookup(), value));
        }
        return new ArrayList<>(hashes);
    }

    private static byte[] aad(String keyId, String place) {
        return ("family-portal|v2|" + keyId + "|" + place).getBytes(StandardCharsets.UTF_8);
    }

    private static String decrypt(SecretKeySpec key, String body, byte[] aad) {
        try {
            byte[] in = Base64.getDecoder().decode(body);
            if (in.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new UnreadableValueException("Not a sealed value");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            if (aad != null) {
                cipher.updateAAD(aad);
            }
            return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnreadableValueException("Cannot decrypt: the value was changed, belongs elsewhere, or the data"
                    + " key is not the one it was sealed with");
        }
    }

    private static String hmac(SecretKeySpec key, String value) {
        return Hashes.hmacSha256Hex(key, value);
    }
}
