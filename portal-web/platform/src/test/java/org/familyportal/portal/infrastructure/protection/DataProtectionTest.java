package org.familyportal.portal.infrastructure.protection;

import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataProtectionTest {

    private static final String NAME = "help_request.name_sealed";
    private static final byte[] SALT = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");

    private final String key = randomKey();
    private final DataProtection protection = DataProtection.withKey(key);

    static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void sealedValuesOpenAgainAndNameTheirKey() {
        String sealed = protection.seal("Анна Смирнова, +7 912 345-67-89", NAME);
        assertFalse(sealed.contains("Анна"));
        assertTrue(sealed.startsWith("v2:" + protection.currentKeyId() + ":"), sealed);
        assertEquals("Анна Смирнова, +7 912 345-67-89", protection.open(sealed, NAME));
        assertNotEquals(sealed, protection.seal("Анна Смирнова, +7 912 345-67-89", NAME), "a fresh nonce every time");
        assertNull(protection.seal(null, NAME));
        assertTrue(protection.isCurrent(sealed));
    }

    @Test
    void aValueMovedToAnotherColumnDoesNotOpen() {
        String sealed = protection.seal("Пётр", NAME);
        UnreadableValueException moved = assertThrows(UnreadableValueException.class,
                () -> protection.open(sealed, "help_request.description_sealed"));
        assertTrue(moved.getMessage().startsWith("Cannot decrypt"), moved.getMessage());
    }

    @Test
    void aChangedValueOrAnotherKeyDoesNotOpen() {
        String sealed = protection.seal("текст", NAME);
        char last = sealed.charAt(sealed.length() - 3);
        String changed = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 2);
        assertThrows(UnreadableValueException.class, () -> protection.open(changed, NAME));
        // The key id is part of the associated data: a value relabelled with another id fails too.
        DataProtection other = DataProtection.withKey(randomKey());
        assertThrows(UnreadableValueException.class, () -> other.open(sealed, NAME));
        String relabelled = sealed.replace(protection.currentKeyId(), other.currentKeyId());
        assertThrows(UnreadableValueException.class, () -> other.open(relabelled, NAME));
    }

    @Test
    void anUnknownKeyIdIsNamedInTheMessage() {
        String sealed = DataProtection.withKey(randomKey()).seal("текст", NAME);
        String keyId = sealed.split(":")[1];
        UnreadableValueException unknown = assertThrows(UnreadableValueException.class, () -> protection.open(sealed, NAME));
        assertTrue(unknown.getMessage().contains(keyId) && unknown.getMessage().contains("PORTAL_DATA_KEY_PREVIOUS"),
                unknown.getMessage());
    }

    @Test
    void duringARotationOldValuesOpenAndLookupsFindOldHashes() {
        String newKey = randomKey();
        DataProtection rotated = new DataProtection(DataKey.of(newKey, null), List.of(DataKey.of(key, null)));
        String old = protection.seal("Ольга", NAME);
        assertEquals("Ольга", rotated.open(old, NAME), "the previous key still opens what it sealed");
        assertFalse(rotated.isCurrent(old), "and the value is due for re-encryption");
        String fresh = rotated.seal("Ольга", NAME);
        assertTrue(rotated.isCurrent(fresh));
        assertThrows(UnreadableValueException.class, () -> protection.open(fresh, NAME), "the old key cannot read new values");

        assertEquals(rotated.lookupHash("9123456789"), rotated.lookupHashes("9123456789").get(0), "the current hash first");
        assertTrue(rotated.lookupHashes("9123456789").contains(protection.lookupHash("9123456789")),
                "a phone hashed before the rotation is still found");
        assertNotEquals(rotated.lookupHash("9123456789"), protection.lookupHash("9123456789"));
    }

    @Test
    void valuesOfTheFirstFormatStillOpen() throws Exception {
        String passphrase = "a-passphrase-of-enough-length";
        // What DataProtection wrote before key ids: one HMAC of the secret text as the key, no associated data.
        byte[] legacyKey = hmac(passphrase.getBytes(StandardCharsets.UTF_8), "family-portal/sealing/v1");
        byte[] nonce = new byte[12];
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(legacyKey, "AES"), new GCMParameterSpec(128, nonce));
        byte[] body = cipher.doFinal("старое обращение".getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[12 + body.length];
        System.arraycopy(body, 0, out, 12, body.length);
        String v1 = "v1:" + Base64.getEncoder().encodeToString(out);
        String legacyLookup = HexFormat.of().formatHex(
                hmacOf(hmac(passphrase.getBytes(StandardCharsets.UTF_8), "family-portal/lookup/v1"), "9123456789"));

        DataProtection same = new DataProtection(DataKey.of(passphrase, SALT), List.of());
        assertEquals("старое обращение", same.open(v1, NAME));
        assertFalse(same.isCurrent(v1));
        assertTrue(same.lookupHashes("9123456789").contains(legacyLookup), "phones hashed before are found");
        assertThrows(UnreadableValueException.class, () -> protection.open(v1, NAME));
    }

    @Test
    void aPassphraseIsStretchedWithTheInstallationsSalt() {
        String passphrase = "a-passphrase-of-enough-length";
        assertThrows(IllegalArgumentException.class, () -> DataKey.of(passphrase, null), "no salt, no passphrase");
        DataKey one = DataKey.of(passphrase, SALT);
        assertEquals(one.id(), DataKey.of(passphrase, SALT).id(), "the same passphrase and salt give the same key");
        assertNotEquals(one.id(), DataKey.of(passphrase, HexFormat.of().parseHex("ffeeddccbbaa99887766554433221100")).id(),
                "another installation's salt gives another key");
        assertFalse(DataKey.isRandomKey(passphrase));
        assertTrue(DataKey.isRandomKey(key));
        assertEquals(DataKey.of(key, null).id(), DataKey.of(key, SALT).id(), "a random key needs no salt");
    }

    @Test
    void lookupHashesAreStableAndKeyed() {
        assertEquals(protection.lookupHash("9123456789"), protection.lookupHash("9123456789"));
        assertNotEquals(protection.lookupHash("9123456789"), DataProtection.withKey(randomKey()).lookupHash("9123456789"));
        assertNotEquals(protection.lookupHash("9123456789"), hexHmac(Base64.getDecoder().decode(key), "9123456789"),
                "the lookup key is a sub-key, not the master key");
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DataKey.of("short", SALT));
        assertThrows(IllegalArgumentException.class, () -> DataKey.of(null, SALT));
    }

    private static byte[] hmac(byte[] key, String data) throws Exception {
        return hmacOf(key, data);
    }

    private static byte[] hmacOf(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String hexHmac(byte[] key, String data) {
        return HexFormat.of().formatHex(hmacOf(key, data));
    }
}
