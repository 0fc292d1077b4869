package org.familyportal.portal.domain.provider;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A work e-mail in the domain of the organisation's site is evidence; shared mail services never are. */
class DomainEvidenceTest {

    @Test
    void anAddressAtTheSitesDomainIsEvidence() {
        assertEquals(Optional.of("fond-nadezhda.ru"), DomainEvidence.sharedDomain("anna@fond-nadezhda.ru", "https://fond-nadezhda.ru"));
        assertEquals(Optional.of("fond-nadezhda.ru"), DomainEvidence.sharedDomain("Anna@FOND-nadezhda.RU", "http://www.fond-nadezhda.ru/about"));
        assertEquals(Optional.of("fond-nadezhda.ru"), DomainEvidence.sharedDomain("anna@mail.fond-nadezhda.ru", "fond-nadezhda.ru"));
        assertEquals(Optional.of("family-portal.local"),
                DomainEvidence.sharedDomain("applicant@family-portal.local", "https://ochag.family-portal.local"));
        assertEquals(Optional.of("срц-ангарск.рф"), DomainEvidence.sharedDomain("info@срц-ангарск.рф", "http://срц-ангарск.рф"));
    }

    @Test
    void anotherDomainOrALookAlikeIsNot() {
        assertEquals(Optional.empty(), DomainEvidence.sharedDomain("anna@fond-nadezhda.com", "https://fond-nadezhda.ru"));
        assertEquals(Optional.empty(), DomainEvidence.sharedDomain("anna@evil-fond-nadezhda.ru", "https://fond-nadezhda.ru"));
        assertEquals(Optional.empty(), DomainEvidence.sharedDomain("anna@fond-nadezhda.ru.evil.com", "https://fond-nadezhda.ru"));
    }

    @Test
    void sharedMailServicesAndSocialPagesProveNothing() {
        assertEquals(Optional.empty(), DomainEvidence.sharedDomain("fond@mail.ru", "https://mail.ru"));
        assertEquals(Optional.empty(), DomainEvidence.sharedDomain("fond@vk.com", "https://vk.com/fond_nadezhda"));
        assertEquals(Optional.empty(), DomainEvidence.sharedDomain("fond@yandex.ru", "https://fond.narod.ru"));
    }

    @Test
    void missingOrMalformedInputIsNoEvidence() {
        assertEquals(Optional.empty(), DomainEvidence.sharedDomain(null, "https://fond.ru"));
        assertEquals(Optional.empty(), DomainEvidence.sharedDomain("anna@fond.ru", null));
        assertEquals(Optional.empty(), DomainEvidence.sharedDomain("anna@fond.ru", " "));
        assertEquals(Optional.empty(), DomainEvidence.sharedDomain("not-an-address", "https://fond.ru"));
        assertEquals(Optional.empty(), DomainEvidence.sharedDomain("anna@localhost", "http://localhost"));
        assertEquals(Optional.empty(), DomainEvidence.sharedDomain("anna@fond.ru", "https://fond ru/ bad"));
    }
}
