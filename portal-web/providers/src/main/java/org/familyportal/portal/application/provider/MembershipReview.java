package org.familyportal.portal.application.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.directory.application.draft.InvalidDraftException;
import org.familyportal.directory.application.draft.ListingEditing;
import org.familyportal.directory.domain.draft.ListingSnapshot;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.domain.account.UserAccountRepository;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.centre.MembershipRepository;
import org.familyportal.portal.domain.provider.Claim;
import org.familyportal.portal.domain.provider.ClaimKind;
import org.familyportal.portal.domain.provider.ClaimStatus;
import org.familyportal.portal.domain.provider.DomainEvidence;
import org.familyportal.portal.domain.provider.OrganisationEntry;
import org.familyportal.portal.domain.provider.ProposedOrganisation;
import org.familyportal.portal.domain.provider.ProviderMembershipRepository;
import org.familyportal.portal.domain.provider.Representative;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Moderators decide on claims and proposals. They see who claims (name, position, work e-mail, phone),
 * the role stated and how to verify it, and, as evidence only, whether the work e-mail lies in the
 * domain of the organisation's site ({@link DomainEvidence}). Approving makes the account a member of
 * the organisation (a proposed one first enters the directory, through the directory's moderation);
 * rejecting needs a reason, which the person gets by mail. Every decision is in the audit trail, and so
 * is every look at the queue (it holds personal data).
 */
@ApplicationScoped
public class MembershipReview {

    Clock clock = Clock.systemUTC();

    @Inject
    CurrentCaller caller;

    @Inject
    ProviderMembershipRepository providers;

    @Inject
    UserAccountRepository accounts;

    @Inject
    MembershipRepository organisationMembers;

    @Inject
    ListingEditing directory;

    @Inject
    ProviderMails mails;

    @Inject
    AuditTrail audit;

    /** A claim waiting for a moderator, with what they need to decide. */
    public record PendingClaim(long id, ClaimKind kind, Instant createdAt, String name, String email, String position,
                               String phone, String role, String verification, OrganisationEntry organisation,
                               ProposedOrganisation proposed, String evidenceDomain, int members) {
    }

    /** How many claims wait (a number, no personal data: not audited). */
    public long pendingCount() {
        caller.require(Role.MODERATOR, Role.ADMIN);
        return providers.countPending();
    }

    /** The waiting claims, oldest first. */
    public List<PendingClaim> pending() {
        String moderator = caller.require(Role.MODERATOR, Role.ADMIN);
        List<PendingClaim> pending = providers.pending().stream().map(this::view).toList();
        audit.recordRead(moderator, AuditAction.VIEW, null, "membership claims waiting, " + pending.size() + " shown");
        return pending;
    }

    private PendingClaim view(Claim claim) {
        Optional<UserAccount> account = accounts.findById(claim.getAccountId());
        Optional<Representative> representative = providers.representative(claim.getAccountId());
        OrganisationEntry organisation = claim.getOrganizationId() == null ? null
                : providers.organisation(claim.getOrganizationId()).orElse(null);
        ProposedOrganisation proposed = claim.getProposed();
        String email = account.map(UserAccount::getEmail).orElse("");
        String website = organisation != null ? organisation.website() : proposed == null ? null : proposed.website();
        return new PendingClaim(claim.getId(), claim.getKind(), claim.getCreatedAt(),
                account.map(UserAccount::getDisplayName).orElse(""), email,
                representative.map(Representative::getPosition).orElse(""),
                representative.map(Representative::getPhone).orElse(""), claim.getRole(), claim.getVerification(),
                organisation, proposed, DomainEvidence.sharedDomain(email, website).orElse(null),
                organisation == null ? 0 : providers.membersOf(organisation.id()).size());
    }

    /** Approves a claim: its author becomes a member of the organisation, which a proposal first adds to the directory. */
    @Transactional
    public void approve(long claimId, String by) {
        by = caller.actingAs(by, Role.MODERATOR, Role.ADMIN);
        Claim claim = waiting(claimId);
        Instant now = clock.instant();
        String organizationId = claim.getOrganizationId();
        if (claim.getKind() == ClaimKind.PROPOSAL) {
            organizationId = addToDirectory(claim.getProposed());
        }
        claim.approve(organizationId, by, now);
        organisationMembers.join(claim.getAccountId(), organizationId, false, false);
        UserAccount account = accounts.findById(claim.getAccountId()).orElseThrow();
        String organisation = providers.organisation(organizationId).map(OrganisationEntry::name).orElse(organizationId);
        audit.record(by, AuditAction.CHANGE, null, "claim " + claimId + " approved: account " + account.getEmail()
                + " is a member of organisation " + organizationId);
        mails.approved(account.getEmail(), language(account), organisation);
    }

    /** Rejects a claim; {@code reason} reaches its author by mail. */
    @Transactional
    public void reject(long claimId, String reason, String by) {
        by = caller.actingAs(by, Role.MODERATOR, Role.ADMIN);
        if (reason == null || reason.isBlank() || reason.strip().length() > Claim.REASON_MAX) {
            throw new InvalidRequestException("providers.review.reason");
        }
        Claim claim = waiting(claimId);
        claim.reject(reason, by, clock.instant());
        UserAccount account = accounts.findById(claim.getAccountId()).orElseThrow();
        String organisation = claim.getOrganizationId() != null
                ? providers.organisation(claim.getOrganizationId()).map(OrganisationEntry::name).orElse(claim.getOrganizationId())
                : claim.getProposed().name();
        audit.record(by, AuditAction.CHANGE, null, "claim " + claimId + " rejected: account " + account.getEmail()
                + (claim.getOrganizationId() == null ? " (a proposal)" : " for organisation " + claim.getOrganizationId()));
        mails.rejected(account.getEmail(), language(account), organisation, claim.getReason());
    }

    private Claim waiting(long claimId) {
        Claim claim = providers.claim(claimId).orElseThrow(() -> new InvalidRequestException("providers.review.unknown"));
        if (claim.getStatus() != ClaimStatus.PENDING) {
            throw new InvalidRequestException("providers.review.decided");
        }
        return claim;
    }

    /**
     * A proposed organisation enters the directory as every new listing does: as a draft, which the
     * moderator approving the claim (who has just reviewed the proposal) approves at once.
     */
    private String addToDirectory(ProposedOrganisation proposed) {
        ListingSnapshot listing = ListingSnapshot.newListing();
        listing.getOrganisation().setName(proposed.name());
        listing.getOrganisation().setDescription(proposed.name());
        listing.getOrganisation().setTaxId(proposed.inn());
        listing.getOrganisation().setOgrn(proposed.ogrn());
        listing.getOrganisation().setWebsite(proposed.website());
        listing.getOrganisation().setEmail(proposed.email());
        String id = listing.getOrganisation().getId();
        try {
            ListingEditing.Editing draft = directory.save(null, 0, listing, true);
            directory.approve(draft.draftId(), draft.version(), null);
        } catch (InvalidDraftException e) {
            throw new InvalidRequestException(e.messageKey());
        }
        providers.recordIdentifiers(id, proposed.inn(), proposed.ogrn());
        return id;
    }

    private Locale language(UserAccount account) {
        return providers.representative(account.getId()).map(Representative::getLanguage).orElse(Locale.forLanguageTag("ru"));
    }
}
