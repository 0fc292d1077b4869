package org.familyportal.portal.application.request;

import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.domain.request.CallOutcome;
import org.familyportal.portal.domain.request.CallerType;
import org.familyportal.portal.domain.request.TriageLevel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a hotline call's record needs before it is stored: a silent or prank call needs only its outcome. */
class HotlineCallCheckTest {

    private static HelpRequestIntake.HotlineCall call(String municipality, TriageLevel triage, CallOutcome outcome) {
        return new HelpRequestIntake.HotlineCall(CallerType.PARENT, null, null, municipality, List.of(), triage, null,
                List.of(), List.of(), outcome, 40);
    }

    private static String refusal(HelpRequestIntake.HotlineCall call) {
        return assertThrows(InvalidRequestException.class, () -> HelpRequestIntake.check(call)).messageKey();
    }

    @Test
    void aSilentOrPrankCallNeedsNoDistrictNorTriage() {
        assertDoesNotThrow(() -> HelpRequestIntake.check(call(null, null, CallOutcome.SILENT)));
        assertDoesNotThrow(() -> HelpRequestIntake.check(call(" ", null, CallOutcome.PRANK)));
    }

    @Test
    void everyCallNeedsItsOutcomeFirst() {
        assertEquals("request.outcome.required", refusal(call(null, null, null)));
    }

    @Test
    void aCallWithAConversationNeedsItsDistrictAndTriage() {
        assertEquals("request.municipality.required", refusal(call(null, TriageLevel.INFORMATION, CallOutcome.HELP_GIVEN)));
        assertEquals("request.triage.required", refusal(call("25714000", null, CallOutcome.REFERRAL)));
        assertDoesNotThrow(() -> HelpRequestIntake.check(call("25714000", TriageLevel.INFORMATION, CallOutcome.FOLLOW_UP)));
    }
}
