package org.familyportal.portal.domain.request;

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

/**
 * A request handed to a partner organisation from the directory. The partner sees only the brief
 * the centre wrote for it (the minimum it needs), never the request itself.
 */
@Entity
@NamedQuery(name = "Referral.toOrganisations", query = "select f from Referral f where f.organizationId in :orgs"
        + " order by case when f.status = :sent then 0 else 1 end, f.createdAt desc")
@NamedQuery(name = "Referral.ofRequest", query = "select f from Referral f where f.requestId = :id order by f.createdAt")
@Table(name = "referral")
public class Referral {

    public static final int BRIEF_MAX = 2000;
    public static final int ANSWER_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "help_request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Column(name = "service_id", length = 36, updatable = false)
    private String serviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ReferralStatus status = ReferralStatus.SENT;

    @Column(name = "brief_sealed")
    private String brief;

    @Column(name = "answer_sealed")
    private String answer;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", length = 254)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Referral() {
        // for JPA
    }

    public Referral(Long requestId, String organizationId, String serviceId, String brief, String createdBy, Instant at) {
        this.requestId = requestId;
        this.organizationId = organizationId;
        this.serviceId = serviceId;
        this.brief = brief == null ? null : brief.strip();
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    /** The partner accepts, declines (with a reason) or completes the referral. */
    public void answer(ReferralStatus target, String answer, String by, Instant at) {
        if (!status.canMoveTo(target)) {
            throw new InvalidTransitionException(status, target);
        }
        status = target;
        this.answer = answer == null || answer.isBlank() ? this.answer : answer.strip();
        updatedBy = by;
        updatedAt = at;
    }

    public void erase() {
        brief = null;
        answer = null;
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public String getOrganizationId() { return organizationId; }
    public String getServiceId() { return serviceId; }
    public ReferralStatus getStatus() { return status; }
    public String getBrief() { return brief; }
    public String getAnswer() { return answer; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
}
