package org.familyportal.portal.domain.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A representative's request to act for an organisation: "I work here" for one of the directory
 * ({@link ClaimKind#CLAIM}), or a new organisation to add ({@link ClaimKind#PROPOSAL}, with what they
 * propose). It states their role there and how a moderator can verify it. A moderator approves it,
 * which makes the account a member of the organisation, or rejects it with a reason the person is told.
 */
@Entity
@Table(name = "provider_claim")
@NamedQuery(name = "Claim.ofAccount",
        query = "SELECT c FROM Claim c WHERE c.accountId = :account ORDER BY c.createdAt DESC, c.id DESC")
@NamedQuery(name = "Claim.pending",
        query = "SELECT c FROM Claim c WHERE c.status = org.familyportal.portal.domain.provider.ClaimStatus.PENDING"
                + " ORDER BY c.createdAt, c.id")
@NamedQuery(name = "Claim.countPending",
        query = "SELECT COUNT(c) FROM Claim c WHERE c.status = org.familyportal.portal.domain.provider.ClaimStatus.PENDING")
@NamedQuery(name = "Claim.countPendingOfAccount",
        query = "SELECT COUNT(c) FROM Claim c WHERE c.accountId = :account"
                + " AND c.status = org.familyportal.portal.domain.provider.ClaimStatus.PENDING")
@NamedQuery(name = "Claim.openOrApproved",
        query = "SELECT COUNT(c) FROM Claim c WHERE c.accountId = :account AND c.organizationId = :organization"
                + " AND c.status <> org.familyportal.portal.domain.provider.ClaimStatus.REJECTED")
@NamedQuery(name = "Claim.approvedOrganizations",
        query = "SELECT DISTINCT c.organizationId FROM Claim c WHERE c.accountId = :account AND c.organizationId IS NOT NULL"
                + " AND c.status = org.familyportal.portal.domain.provider.ClaimStatus.APPROVED")
public class Claim {

    public static final int ROLE_MAX = 200;
    public static final int VERIFICATION_MAX = 1000;
    public static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ClaimKind kind;

    @Column(name = "organization_id", length = 36)
    private String organizationId;

    @Column(name = "role_statement", nullable = false, length = ROLE_MAX)
    private String role;

    @Column(name = "verification", nullable = false, length = VERIFICATION_MAX)
    private String verification;

    @Column(name = "proposed_name")
    private String proposedName;

    @Column(name = "proposed_inn")
    private String proposedInn;

    @Column(name = "proposed_ogrn")
    private String proposedOgrn;

    @Column(name = "proposed_website")
    private String proposedWebsite;

    @Column(name = "proposed_email")
    private String proposedEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ClaimStatus status = ClaimStatus.PENDING;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "reason", length = REASON_MAX)
    private String reason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Claim() {
        // for JPA
    }

    /** "I work here": a claim to be a member of an organisation of the directory. */
    public static Claim of(long accountId, String organizationId, String role, String verification, Instant now) {
        Claim claim = new Claim(accountId, ClaimKind.CLAIM, role, verification, now);
        claim.organizationId = Objects.requireNonNull(organizationId);
        return claim;
    }

    /** "Add us": a new organisation, which enters the directory when the proposal is approved. */
    public static Claim proposal(long accountId, ProposedOrganisation proposed, String role, String verification, Instant now) {
        Claim claim = new Claim(accountId, ClaimKind.PROPOSAL, role, verification, now);
        claim.proposedName = proposed.name();
        claim.proposedInn = proposed.inn();
        claim.proposedOgrn = proposed.ogrn();
        claim.proposedWebsite = proposed.website();
        claim.proposedEmail = proposed.email();
        return claim;
    }

    private Claim(long accountId, ClaimKind kind, String role, String verification, Instant now) {
        this.accountId = accountId;
        this.kind = kind;
        this.role = role.strip();
        this.verification = verification.strip();
        this.createdAt = now;
    }

    /**
     * A moderator approves: the account becomes a member of the organisation ({@code organizationId}:
     * for a proposal, the organisation just added to the directory; for a claim, its own).
     *
     * @throws IllegalStateException when the claim was decided already
     */
    public void approve(String organizationId, String by, Instant now) {
        decide(ClaimStatus.APPROVED, by, now);
        if (kind == ClaimKind.PROPOSAL) {
            this.organizationId = Objects.requireNonNull(organizationId);
        }
    }

    /**
     * A moderator rejects, with a reason the person is told.
     *
     * @throws IllegalStateException when the claim was decided already, or the reason is blank
     */
    public void reject(String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalStateException("a rejection needs a reason");
        }
        decide(ClaimStatus.REJECTED, by, now);
        this.reason = reason.strip();
    }

    private void decide(ClaimStatus next, String by, Instant now) {
        if (!status.canBecome(next)) {
            throw new IllegalStateException("claim " + id + " is " + status + ", cannot become " + next);
        }
        status = next;
        decidedBy = by;
        decidedAt = now;
    }

    /** What was proposed (a proposal), or null (a claim). */
    public ProposedOrganisation getProposed() {
        return kind == ClaimKind.PROPOSAL
                ? new ProposedOrganisation(proposedName, proposedInn, proposedOgrn, proposedWebsite, proposedEmail) : null;
    }

    public Long getId() { return id; }
    public Long getAccountId() { return accountId; }
    public ClaimKind getKind() { return kind; }
    public String getOrganizationId() { return organizationId; }
    public String getRole() { return role; }
    public String getVerification() { return verification; }
    public ClaimStatus getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getReason() { return reason; }
    public long getVersion() { return version; }
}
