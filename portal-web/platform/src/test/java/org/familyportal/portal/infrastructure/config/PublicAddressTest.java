package org.familyportal.portal.infrastructure.config;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicAddressTest {

    @Test
    void overHttpsTheBrowserIsToldToKeepToHttpsAndTheCookieIsSecure() {
        PublicAddress address = PublicAddress.of("https://semya.example.ru/");
        assertTrue(address.isHttps());
        assertTrue(address.secureCookies());
        assertEquals("max-age=31536000", address.strictTransportSecurity());
        assertEquals("https://semya.example.ru/openapi", address.resolve("/openapi"));
    }

    @Test
    void overPlainHttpNeither() {
        PublicAddress address = PublicAddress.of("http://localhost:8080");
        assertFalse(address.secureCookies());
        assertNull(address.strictTransportSecurity());
        assertEquals("http://localhost:8080/openapi", address.resolve("openapi"));
        assertTrue(PublicAddress.of("HTTPS://Portal.example").isHttps());
    }

    @Test
    void onlyAnAbsoluteHttpAddressIsAccepted() {
        assertThrows(IllegalArgumentException.class, () -> PublicAddress.of("portal.example"));
        assertThrows(IllegalArgumentException.class, () -> PublicAddress.of("ftp://portal.example"));
    }
}
