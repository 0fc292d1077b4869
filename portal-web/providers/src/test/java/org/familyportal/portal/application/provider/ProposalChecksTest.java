package org.familyportal.portal.application.provider;

import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.domain.provider.ProposedOrganisation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A proposed organisation is taken with a name and a right ИНН; its other fields, when given, must be well formed. */
class ProposalChecksTest {

    @Test
    void aProposalIsTakenTidied() {
        ProposedOrganisation checked = OrganisationClaims.checked(new ProposedOrganisation("  АНО «Очаг» ", "3808-123 457",
                " ", "https://ochag.ru", "Info@Ochag.RU"));
        assertEquals(new ProposedOrganisation("АНО «Очаг»", "3808123457", null, "https://ochag.ru", "info@ochag.ru"), checked);
        assertNull(OrganisationClaims.checked(new ProposedOrganisation("Очаг", "3808123457", "", "", "")).website());
    }

    @Test
    void eachWrongFieldIsNamed() {
        assertEquals("providers.propose.name", refusal(new ProposedOrganisation(" ", "3808123457", null, null, null)));
        assertEquals("providers.propose.inn", refusal(new ProposedOrganisation("Очаг", "3808123456", null, null, null)));
        assertEquals("providers.propose.inn", refusal(new ProposedOrganisation("Очаг", null, null, null, null)));
        assertEquals("providers.propose.ogrn", refusal(new ProposedOrganisation("Очаг", "3808123457", "1383800000122", null, null)));
        assertEquals("providers.propose.website", refusal(new ProposedOrganisation("Очаг", "3808123457", null, "javascript:alert(1)", null)));
        assertEquals("providers.propose.website", refusal(new ProposedOrganisation("Очаг", "3808123457", null, "ochag.ru", null)));
        assertEquals("providers.propose.email", refusal(new ProposedOrganisation("Очаг", "3808123457", null, null, "не адрес")));
        assertEquals("providers.propose.name", refusal(new ProposedOrganisation("x".repeat(501), "3808123457", null, null, null)));
    }

    private static String refusal(ProposedOrganisation proposed) {
        return assertThrows(InvalidRequestException.class, () -> OrganisationClaims.checked(proposed)).messageKey();
    }
}
