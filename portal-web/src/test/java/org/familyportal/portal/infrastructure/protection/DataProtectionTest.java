package org.familyportal.portal.infrastructure.protection;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DataProtectionTest {

    private final DataProtection protection = new DataProtection("a-secret-of-enough-length");

    @Test
    void sealedTextOpensToTheSameTextAndShowsNothingOfIt() {
        String sealed = protection.seal("Анна Смирнова, +7 912 345-67-89");
        assertFalse(sealed.contains("Анна") || sealed.contains("912"));
        assertEquals("Анна Смирнова, +7 912 345-67-89", protection.open(sealed));
        assertNotEquals(sealed, protection.seal("Анна Смирнова, +7 912 345-67-89"), "a fresh nonce every time");
        assertNull(protection.seal(null));
    }

    @Test
    void anotherKeyOrAChangedValueDoesNotOpen() {
        String sealed = protection.seal("текст");
        assertThrows(IllegalStateException.class, () -> new DataProtection("another-secret-of-length").open(sealed));
        String changed = sealed.substring(0, sealed.length() - 3) + (sealed.endsWith("A==") ? "B==" : "A==");
        assertThrows(IllegalStateException.class, () -> protection.open(changed));
    }

    @Test
    void lookupHashesAreStableAndKeyed() {
        assertEquals(protection.lookupHash("9123456789"), protection.lookupHash("9123456789"));
        assertNotEquals(protection.lookupHash("9123456789"), new DataProtection("another-secret-of-length").lookupHash("9123456789"));
    }

    @Test
    void aShortSecretIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DataProtection("short"));
    }
}
