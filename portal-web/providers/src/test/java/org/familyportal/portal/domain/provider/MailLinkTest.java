package org.familyportal.portal.domain.provider;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A confirmation link works once and only until it lapses; a notice confirms nothing. */
class MailLinkTest {

    private static final Instant SENT = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant LAPSES = SENT.plus(MailLink.CONFIRMATION_VALIDITY);

    @Test
    void aConfirmationLinkWorksUntilItLapses() {
        MailLink link = new MailLink(1, 7, MailLink.Purpose.CONFIRM, LAPSES, null);
        assertTrue(link.confirmsAt(SENT));
        assertTrue(link.confirmsAt(LAPSES.minusMillis(1)));
        assertFalse(link.confirmsAt(LAPSES), "lapsed at its time");
        assertFalse(link.confirmsAt(LAPSES.plusSeconds(3600)));
        assertEquals(48, MailLink.CONFIRMATION_VALIDITY.toHours());
    }

    @Test
    void aUsedLinkOrANoticeConfirmsNothing() {
        assertFalse(new MailLink(1, 7, MailLink.Purpose.CONFIRM, LAPSES, SENT.plusSeconds(5)).confirmsAt(SENT.plusSeconds(6)));
        assertFalse(new MailLink(2, 7, MailLink.Purpose.NOTICE, LAPSES, null).confirmsAt(SENT));
    }

    @Test
    void anAddressIsConfirmedOnce() {
        Representative person = new Representative(7, "Директор", "+7 3952 00-00-01", Locale.ENGLISH, SENT);
        assertFalse(person.isEmailConfirmed());
        assertEquals("en", person.getLanguage().getLanguage());
        assertTrue(person.confirmEmail(SENT.plusSeconds(10)));
        assertFalse(person.confirmEmail(SENT.plusSeconds(20)), "a second confirmation changes nothing");
        assertEquals(SENT.plusSeconds(10), person.getEmailConfirmedAt());
        assertEquals("ru", new Representative(8, "p", "1", Locale.GERMAN, SENT).getLanguage().getLanguage(),
                "mails in Russian unless the person used English");
    }
}
