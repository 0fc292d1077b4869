package org.familyportal.portal.domain.account;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String hash = hasher.hash("пароль-для-теста".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha512$1000$"));
        assertTrue(hasher.verify("пароль-для-теста".toCharArray(), hash));
        assertFalse(hasher.verify("пароль-для-теста!".toCharArray(), hash));
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }

    @Test
    void hashesKeepTheirIterationCountWhenTheDefaultChanges() {
        String old = hasher.hash("secret".toCharArray());
        assertTrue(new PasswordHasher().verify("secret".toCharArray(), old));
    }

    @Test
    void malformedStoredValuesNeverMatch() {
        for (String stored : new String[] {null, "", "plain", "pbkdf2-sha512$x$y$z", "md5$1$a$b", "pbkdf2-sha512$10$!!$??"}) {
            assertFalse(hasher.verify("secret".toCharArray(), stored), String.valueOf(stored));
        }
    }
}
