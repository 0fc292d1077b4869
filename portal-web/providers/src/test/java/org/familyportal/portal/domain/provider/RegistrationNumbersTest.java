package org.familyportal.portal.domain.provider;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ИНН and ОГРН are taken only with their check digits right, so a typo is caught when typed. */
class RegistrationNumbersTest {

    @Test
    void innsWithRightCheckDigitsAreTaken() {
        assertTrue(RegistrationNumbers.isInn("7707083893"), "an organisation's, 10 digits");
        assertTrue(RegistrationNumbers.isInn("3808123457"));
        assertTrue(RegistrationNumbers.isInn("500100732259"), "an entrepreneur's, 12 digits");
    }

    @Test
    void aTypoOrAWrongLengthIsNot() {
        assertFalse(RegistrationNumbers.isInn("7707083894"));
        assertFalse(RegistrationNumbers.isInn("7707038893"), "two digits swapped");
        assertFalse(RegistrationNumbers.isInn("500100732258"));
        assertFalse(RegistrationNumbers.isInn("770708389"));
        assertFalse(RegistrationNumbers.isInn("77070838a3"));
        assertFalse(RegistrationNumbers.isInn(null));
    }

    @Test
    void ogrnsWithTheRightCheckDigitAreTaken() {
        assertTrue(RegistrationNumbers.isOgrn("1027700132195"));
        assertTrue(RegistrationNumbers.isOgrn("1383800000121"));
        assertTrue(RegistrationNumbers.isOgrn("304500116000157"), "an entrepreneur's, 15 digits");
        assertFalse(RegistrationNumbers.isOgrn("1027700132196"));
        assertFalse(RegistrationNumbers.isOgrn("304500116000158"));
        assertFalse(RegistrationNumbers.isOgrn("12345"));
    }

    @Test
    void spacesAndDashesAreLeftOut() {
        assertEquals("7707083893", RegistrationNumbers.digits(" 7707-083 893 "));
        assertEquals("", RegistrationNumbers.digits(null));
    }
}
