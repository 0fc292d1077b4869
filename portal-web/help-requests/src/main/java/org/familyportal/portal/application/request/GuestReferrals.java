package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.HelpRequestRepository;
import org.familyportal.portal.domain.request.Referral;
import org.familyportal.portal.domain.request.ReferralStatus;
import org.familyportal.portal.infrastructure.protection.InstallationSecrets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Referrals to organisations that have nobody on the portal yet: the centre's referral reaches the
 * organisation's public address as a signed link ({@link ReferralLinkToken}, keyed by the installation's
 * secret {@value #SECRET}), valid {@code portal.referrals.link-valid-for} (30 days by default). Whoever
 * holds the link sees what a member would see of the referral (the request number, municipality,
 * topics and the centre's brief: nothing of the family's contact) and may accept, decline or complete
 * it, under the same rules as a member; every view and answer is in the audit trail, under the name
 * {@code "link:<organisation id>"}.
 */
@ApplicationScoped
public class GuestReferrals {

    /** The name of the installation secret the links are signed with. */
    public static final String SECRET = "referral-links";

    private final Clock clock = Clock.systemUTC();

    @Inject
    HelpRequestRepository requests;

    @Inject
    Memberships memberships;

    @Inject
    AuditTrail audit;

    @Inject
    InstallationSecrets secrets;

    @Inject
    RequestSettings settings;

    @Inject
    @ConfigProperty(name = "portal.referrals.link-valid-for", defaultValue = "P30D")
    Duration validFor;

    private volatile ReferralLinkToken tokens;

    /** What the holder of a good link sees: the referral as a member sees it, and until when the link works. */
    public record Guest(PartnerReferrals.Incoming referral, String organizationId, Instant linkExpires) {
    }

    /** The address of a new link to {@code referral}, valid from now. */
    public String linkTo(Referral referral) {
        String token = tokens().issue(referral.getId(), referral.getOrganizationId(), clock.instant().plus(validFor));
        return settings.publicUrl() + "/referral.xhtml?t=" + token;
    }

    /** How long a new link is valid. */
    public Duration validFor() {
        return validFor;
    }

    /** The referral a link names. */
    @Transactional
    public Guest open(String token) {
        ReferralLinkToken.Claims claims = claims(token);
        Referral referral = referral(claims);
        HelpRequest request = requests.find(referral.getRequestId()).orElseThrow();
        audit.record(actor(claims), AuditAction.VIEW, referral.getRequestId(), "referral " + referral.getId() + " by link");
        return new Guest(ReferralAnswers.incoming(request, referral, memberships.organisationName(referral.getOrganizationId())),
                claims.organizationId(), claims.expires());
    }

    /** The organisation's answer through its link: accept, decline (with a reason) or complete. */
    @Transactional
    public void answer(String token, ReferralStatus target, String answer) {
        ReferralLinkToken.Claims claims = claims(token);
        ReferralAnswers.answer(requests, audit, referral(claims), target, answer, actor(claims), clock.instant());
    }

    private ReferralLinkToken.Claims claims(String token) {
        ReferralLinkToken.Reading reading = tokens().read(token, clock.instant());
        return switch (reading.outcome()) {
            case VALID -> reading.claims();
            case EXPIRED -> throw new InvalidRequestException("referral.link.expired");
            case INVALID -> throw new InvalidRequestException("referral.link.invalid");
        };
    }

    private Referral referral(ReferralLinkToken.Claims claims) {
        Referral referral = requests.referral(claims.referralId())
                .filter(r -> r.getOrganizationId().equals(claims.organizationId()))
                .orElseThrow(() -> new InvalidRequestException("referral.link.invalid"));
        HelpRequest request = requests.find(referral.getRequestId()).orElse(null);
        if (request == null || request.getAnonymisedAt() != null) {
            throw new InvalidRequestException("partner.referral.anonymised");
        }
        return referral;
    }

    private static String actor(ReferralLinkToken.Claims claims) {
        return "link:" + claims.organizationId();
    }

    private ReferralLinkToken tokens() {
        ReferralLinkToken read = tokens;
        if (read == null) {
            read = new ReferralLinkToken(secrets.secret(SECRET));
            tokens = read;
        }
        return read;
    }
}
