package org.familyportal.portal.application.request;

import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.request.EventKind;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.HelpRequestRepository;
import org.familyportal.portal.domain.request.InvalidTransitionException;
import org.familyportal.portal.domain.request.Referral;
import org.familyportal.portal.domain.request.ReferralStatus;
import org.familyportal.portal.domain.request.RequestEvent;

import java.time.Instant;

/**
 * A partner's answer to a referral and what a partner sees of it, whoever the partner is: a member
 * signed in ({@link PartnerReferrals}) or the holder of a signed link ({@link GuestReferrals}). The
 * rules are those of {@link PartnerReferrals#answer}: a decline needs a reason, an anonymised request
 * takes nothing new, only the status workflow's transitions.
 */
final class ReferralAnswers {

    private ReferralAnswers() {
    }

    static void answer(HelpRequestRepository requests, AuditTrail audit, Referral referral, ReferralStatus target,
                       String answer, String by, Instant at) {
        HelpRequest request = requests.find(referral.getRequestId()).orElse(null);
        if (request == null || request.getAnonymisedAt() != null) {
            throw new InvalidRequestException("partner.referral.anonymised");
        }
        if (target == ReferralStatus.DECLINED && (answer == null || answer.isBlank())) {
            throw new InvalidRequestException("partner.referral.reasonRequired");
        }
        if (answer != null && answer.length() > Referral.ANSWER_MAX) {
            throw new InvalidRequestException("request.field.tooLong");
        }
        try {
            referral.answer(target, answer, by, at);
        } catch (InvalidTransitionException e) {
            throw new InvalidRequestException("partner.referral.notAllowed");
        }
        String text = target.name() + (answer == null || answer.isBlank() ? "" : ": " + answer.strip());
        requests.addEvent(new RequestEvent(referral.getRequestId(), EventKind.REFERRAL_CHANGED, by, at, text));
        audit.record(by, AuditAction.CHANGE, referral.getRequestId(), "referral " + referral.getId() + " " + target);
    }

    static PartnerReferrals.Incoming incoming(HelpRequest request, Referral referral, String organisationName) {
        return new PartnerReferrals.Incoming(referral.getId(), request.getNumber(), request.getMunicipalityCode(),
                request.getTopics(), organisationName, referral.getBrief(), referral.getStatus(), referral.getAnswer(),
                referral.getCreatedAt());
    }
}
