package org.familyportal.directory.domain.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/**
 * Who last confirmed a service "still accurate", and as what (moderator, administrator, member): for
 * staff only. The public sees the date alone (HSDS {@code assured_date} of the service).
 */
@Entity
@Table(name = "listing_verification")
public class ServiceVerification {

    @Id
    @Column(name = "service_id", length = 36)
    private String serviceId;

    @Column(name = "verified_at", nullable = false)
    private LocalDateTime verifiedAt;

    @Column(name = "verified_by", nullable = false, length = 254)
    private String verifiedBy;

    @Column(name = "verified_as", nullable = false, length = 32)
    private String verifiedAs;

    protected ServiceVerification() {
        // for JPA
    }

    public ServiceVerification(String serviceId, LocalDateTime verifiedAt, String verifiedBy, String verifiedAs) {
        this.serviceId = serviceId;
        this.verifiedAt = verifiedAt;
        this.verifiedBy = verifiedBy;
        this.verifiedAs = verifiedAs;
    }

    public String getServiceId() { return serviceId; }
    public LocalDateTime getVerifiedAt() { return verifiedAt; }
    public String getVerifiedBy() { return verifiedBy; }
    public String getVerifiedAs() { return verifiedAs; }
}
