package org.familyportal.portal.application.provider;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.access.AccessDeniedException;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.account.UserAccount;
import org.familyportal.portal.domain.account.UserAccountRepository;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.provider.Claim;
import org.familyportal.portal.domain.provider.ClaimKind;
import org.familyportal.portal.domain.provider.ClaimStatus;
import org.familyportal.portal.domain.provider.OrganisationEntry;
import org.familyportal.portal.domain.provider.ProposedOrganisation;
import org.familyportal.portal.domain.provider.ProviderMember;
import org.familyportal.portal.domain.provider.ProviderMembershipRepository;
import org.familyportal.portal.domain.provider.RegistrationNumbers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a signed-up representative does for organisations: finds the one they work for in the
 * directory and claims it ("I work here"), or proposes a new one; sees their claims and the
 * organisations they are a member of, and who else is. Every method acts for the signed-in caller
 * only (role {@link Role#ORG_MEMBER}); an organisation's members are shown only to its own members
 * (and moderators), whatever a page or a crafted request asks.
 */
@ApplicationScoped
public class OrganisationClaims {

    /** Claims a person may have waiting at once. */
    public static final int PENDING_MAX = 5;
    public static final int SEARCH_RESULTS = 20;

    Clock clock = Clock.systemUTC();

    @Inject
    CurrentCaller caller;

    @Inject
    UserAccountRepository accounts;

    @Inject
    ProviderMembershipRepository providers;

    @Inject
    AuditTrail audit;

    /** A claim as its author sees it. */
    public record MyClaim(long id, ClaimKind kind, String organizationId, String organisationName, ClaimStatus status,
                          String role, String reason, Instant createdAt, Instant decidedAt) {
    }

    /** An organisation whose approved member the caller is. */
    public record MyOrganisation(String id, String name) {
    }

    /** Organisations of the directory whose name contains {@code text}, or whose ИНН it is. */
    public List<OrganisationEntry> search(String text) {
        member();
        String needle = text == null ? "" : text.strip();
        if (needle.length() < 2 || needle.length() > 200) {
            throw new InvalidRequestException("providers.claim.searchLength");
        }
        return providers.findOrganisations(needle, SEARCH_RESULTS);
    }

    public OrganisationEntry organisation(String organizationId) {
        member();
        return providers.organisation(organizationId == null ? "" : organizationId)
                .orElseThrow(() -> new InvalidRequestException("providers.claim.unknownOrganisation"));
    }

    /** "I work here": the caller claims an organisation of the directory, stating their role and how to verify it. */
    @Transactional
    public Claim claim(String organizationId, String role, String verification) {
        UserAccount account = member();
        OrganisationEntry organisation = organisation(organizationId);
        checkStatement(role, verification);
        if (providers.hasOpenOrApprovedClaim(account.getId(), organisation.id())) {
            throw new InvalidRequestException("providers.claim.already");
        }
        checkPending(account);
        Claim claim = Claim.of(account.getId(), organisation.id(), role, verification, clock.instant());
        providers.add(claim);
        audit.record(account.getEmail(), AuditAction.CREATE, null, "claim " + claim.getId() + ": account "
                + account.getEmail() + " claims organisation " + organisation.id());
        return claim;
    }

    /** "Add us": the caller proposes an organisation not in the directory; it enters it when a moderator approves. */
    @Transactional
    public Claim propose(ProposedOrganisation proposed, String role, String verification) {
        UserAccount account = member();
        ProposedOrganisation checked = checked(proposed);
        checkStatement(role, verification);
        checkPending(account);
        Claim claim = Claim.proposal(account.getId(), checked, role, verification, clock.instant());
        providers.add(claim);
        audit.record(account.getEmail(), AuditAction.CREATE, null, "claim " + claim.getId() + ": account "
                + account.getEmail() + " proposes a new organisation");
        return claim;
    }

    /** The caller's own claims, newest first. */
    public List<MyClaim> myClaims() {
        UserAccount account = member();
        return providers.claimsOf(account.getId()).stream().map(c -> new MyClaim(c.getId(), c.getKind(),
                c.getOrganizationId(), name(c), c.getStatus(), c.getRole(), c.getReason(), c.getCreatedAt(),
                c.getDecidedAt())).toList();
    }

    /** The organisations whose approved member the caller is. */
    public List<MyOrganisation> myOrganisations() {
        UserAccount account = member();
        return providers.organizationsOf(account.getId()).stream()
                .map(id -> new MyOrganisation(id, providers.organisation(id).map(OrganisationEntry::name).orElse(id)))
                .toList();
    }

    /**
     * The approved members of an organisation, for its own members and for moderators.
     *
     * @throws AccessDeniedException when the caller is neither
     */
    public List<ProviderMember> members(String organizationId) {
        requireMemberOf(organizationId);
        return providers.membersOf(organizationId);
    }

    /**
     * The scope rule of the door: the caller acts for {@code organizationId} only as its approved
     * member, or as a moderator or administrator. Returns the caller's name.
     */
    public String requireMemberOf(String organizationId) {
        String name = caller.require(Role.ORG_MEMBER, Role.MODERATOR, Role.ADMIN);
        if (caller.hasRole(Role.MODERATOR) || caller.hasRole(Role.ADMIN)) {
            return name;
        }
        UserAccount account = member();
        if (organizationId == null || !providers.organizationsOf(account.getId()).contains(organizationId)) {
            throw new AccessDeniedException(name + " is no member of " + organizationId);
        }
        return name;
    }

    /**
     * The organisations whose approved member the caller is: none for the public, for staff and for
     * a member's account that is disabled. What the directory's editor lets a member touch.
     */
    public java.util.Set<String> callerOrganizations() {
        if (!caller.hasRole(Role.ORG_MEMBER)) {
            return java.util.Set.of();
        }
        return accounts.findByEmail(caller.name()).filter(UserAccount::isEnabled)
                .map(account -> java.util.Set.copyOf(providers.organizationsOf(account.getId())))
                .orElse(java.util.Set.of());
    }

    private String name(Claim claim) {
        if (claim.getOrganizationId() != null) {
            return providers.organisation(claim.getOrganizationId()).map(OrganisationEntry::name)
                    .orElse(claim.getOrganizationId());
        }
        return claim.getProposed() == null ? "" : claim.getProposed().name();
    }

    private UserAccount member() {
        String name = caller.require(Role.ORG_MEMBER);
        return accounts.findByEmail(name).filter(UserAccount::isEnabled)
                .orElseThrow(() -> new AccessDeniedException(name + " has no enabled account"));
    }

    private void checkPending(UserAccount account) {
        if (providers.pendingCount(account.getId()) >= PENDING_MAX) {
            throw new InvalidRequestException("providers.claim.tooMany", PENDING_MAX);
        }
    }

    private static void checkStatement(String role, String verification) {
        if (role == null || role.isBlank() || role.strip().length() > Claim.ROLE_MAX) {
            throw new InvalidRequestException("providers.claim.role.error");
        }
        if (verification == null || verification.isBlank() || verification.strip().length() > Claim.VERIFICATION_MAX) {
            throw new InvalidRequestException("providers.claim.verification.error");
        }
    }

    /** The proposal with its numbers as digits and its blanks as nulls, or why it cannot be taken. */
    static ProposedOrganisation checked(ProposedOrganisation proposed) {
        if (proposed == null || proposed.name() == null || proposed.name().isBlank()
                || proposed.name().strip().length() > ProposedOrganisation.NAME_MAX) {
            throw new InvalidRequestException("providers.propose.name");
        }
        String inn = RegistrationNumbers.digits(proposed.inn());
        if (!RegistrationNumbers.isInn(inn)) {
            throw new InvalidRequestException("providers.propose.inn");
        }
        String ogrn = RegistrationNumbers.digits(proposed.ogrn());
        if (!ogrn.isEmpty() && !RegistrationNumbers.isOgrn(ogrn)) {
            throw new InvalidRequestException("providers.propose.ogrn");
        }
        String website = blankToNull(proposed.website());
        if (website != null && (!website.matches("https?://[^\\s/]+\\.[^\\s]+") || website.length() > ProposedOrganisation.WEBSITE_MAX)) {
            throw new InvalidRequestException("providers.propose.website");
        }
        String email = blankToNull(proposed.email());
        if (email != null && (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > ProposedOrganisation.EMAIL_MAX)) {
            throw new InvalidRequestException("providers.propose.email");
        }
        return new ProposedOrganisation(proposed.name().strip(), inn, ogrn.isEmpty() ? null : ogrn, website,
                email == null ? null : email.toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
