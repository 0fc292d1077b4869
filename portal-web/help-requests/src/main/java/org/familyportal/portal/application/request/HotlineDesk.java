package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.HelpRequestRepository;
import org.familyportal.portal.domain.request.RequestNumbers;
import org.familyportal.portal.infrastructure.protection.DataProtection;

import java.util.List;

/** What a hotline operator sees: their own call records, and earlier requests from the same phone. */
@ApplicationScoped
public class HotlineDesk {

    private static final int REPEAT_MAX = 20;

    @Inject
    HelpRequestRepository requests;

    @Inject
    DataProtection protection;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    public List<HelpRequest> entriesOf(long operatorId, int max) {
        return requests.loggedBy(operatorId, max);
    }

    /** Earlier requests from {@code phone}, newest first; the lookup is audited. */
    @Transactional
    public List<HelpRequest> earlierRequests(String phone, String operatorEmail) {
        operatorEmail = caller.actingAs(operatorEmail, Role.OPERATOR);
        String normalized = RequestNumbers.normalizePhone(phone);
        if (normalized == null || normalized.length() < 5) {
            return List.of();
        }
        List<HelpRequest> earlier = requests.byPhoneIndex(protection.lookupHashes(normalized), REPEAT_MAX);
        audit.record(operatorEmail, AuditAction.LOOKUP, null, "repeat caller lookup, " + earlier.size() + " found");
        for (HelpRequest request : earlier) {
            audit.record(operatorEmail, AuditAction.VIEW, request.getId(), "as an earlier request of the caller");
        }
        return earlier;
    }
}
