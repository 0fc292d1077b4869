package org.familyportal.portal.application.contact;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PortalContactsTest {

    @Test
    void telLinksKeepOnlyDigitsAndTheLeadingPlus() {
        assertEquals("tel:88002000122", PortalContacts.tel("8-800-2000-122"));
        assertEquals("tel:+73512000000", PortalContacts.tel("+7 (351) 200-00-00"));
        assertEquals("tel:112", PortalContacts.tel("112"));
    }
}
