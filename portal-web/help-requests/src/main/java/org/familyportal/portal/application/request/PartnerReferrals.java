package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.request.EventKind;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.HelpRequestRepository;
import org.familyportal.portal.domain.request.InvalidTransitionException;
import org.familyportal.portal.domain.request.Referral;
import org.familyportal.portal.domain.request.ReferralStatus;
import org.familyportal.portal.domain.request.RequestEvent;

import java.time.Clock;
import java.util.List;

/**
 * A partner organisation's side of referrals: its members see the referrals addressed to it, with
 * only the brief the centre wrote, the request number, municipality and topics, and answer them.
 */
@ApplicationScoped
public class PartnerReferrals {

    private final Clock clock = Clock.systemUTC();

    @Inject
    HelpRequestRepository requests;

    @Inject
    Memberships memberships;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    /** What a partner sees of a referral. */
    public record Incoming(long id, String requestNumber, String municipalityCode, List<String> topics,
                           String organizationName, String brief, ReferralStatus status, String answer,
                           java.time.Instant sentAt) {
    }

    @Transactional
    public List<Incoming> incoming(String memberEmail) {
        memberEmail = caller.actingAs(memberEmail, Role.ORG_MEMBER);
        List<String> organisations = memberships.organisationsOf(memberEmail);
        if (organisations.isEmpty()) {
            return List.of();
        }
        List<Referral> referrals = requests.referralsTo(organisations, 200);
        List<Incoming> incoming = referrals.stream().map(this::incoming).toList();
        for (Referral referral : referrals) {
            audit.record(memberEmail, AuditAction.VIEW, referral.getRequestId(), "referral " + referral.getId());
        }
        return incoming;
    }

    @Transactional
    public void answer(String memberEmail, long referralId, ReferralStatus target, String answer) {
        memberEmail = caller.actingAs(memberEmail, Role.ORG_MEMBER);
        Referral referral = requests.referral(referralId).orElse(null);
        if (referral == null || !memberships.organisationsOf(memberEmail).contains(referral.getOrganizationId())) {
            throw new InvalidRequestException("partner.referral.notFound");
        }
        HelpRequest request = requests.find(referral.getRequestId()).orElse(null);
        if (request == null || request.getAnonymisedAt() != null) {
            // Its personal data is gone after the retention period; nothing new is written into it.
            throw new InvalidRequestException("partner.referral.anonymised");
        }
        if (target == ReferralStatus.DECLINED && (answer == null || answer.isBlank())) {
            throw new InvalidRequestException("partner.referral.reasonRequired");
        }
        if (answer != null && answer.length() > Referral.ANSWER_MAX) {
            throw new InvalidRequestException("request.field.tooLong");
        }
        try {
            referral.answer(target, answer, memberEmail, clock.instant());
        } catch (InvalidTransitionException e) {
            throw new InvalidRequestException("partner.referral.notAllowed");
        }
        String text = target.name() + (answer == null || answer.isBlank() ? "" : ": " + answer.strip());
        requests.addEvent(new RequestEvent(referral.getRequestId(), EventKind.REFERRAL_CHANGED, memberEmail, clock.instant(), text));
        audit.record(memberEmail, AuditAction.CHANGE, referral.getRequestId(), "referral " + referralId + " " + target);
    }

    private Incoming incoming(Referral referral) {
        HelpRequest request = requests.find(referral.getRequestId()).orElse(null);
        String organisation = memberships.organisationName(referral.getOrganizationId());
        return new Incoming(referral.getId(), request.getNumber(), request.getMunicipalityCode(), request.getTopics(),
                organisation, referral.getBrief(), referral.getStatus(), referral.getAnswer(), referral.getCreatedAt());
    }
}
