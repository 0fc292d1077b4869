package org.familyportal.directory.domain.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.UUID;

/** Someone saw wrong information on a service's page and said so; a moderator checks and resolves it. */
@Entity
@Table(name = "listing_report")
public class ListingReport implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MESSAGE_MAX = 1000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private ServiceListing service;

    @Column(name = "message", nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(name = "contact", length = 254)
    private String contact;

    @Column(name = "reported_at", nullable = false)
    private LocalDateTime reportedAt;

    @Column(name = "resolved_at")
    private LocalDateTime resolvedAt;

    @Column(name = "resolved_by")
    private String resolvedBy;

    /** Two moderators resolving the same report at once: the second is told, not silently overwritten. */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ListingReport() {
        // for JPA
    }

    public ListingReport(ServiceListing service, String message, String contact, LocalDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.service = service;
        this.message = message.strip();
        this.contact = contact == null || contact.isBlank() ? null : contact.strip();
        this.reportedAt = now;
    }

    public void resolve(String by, LocalDateTime now) {
        this.resolvedBy = by;
        this.resolvedAt = now;
    }

    public String getId() {
        return id;
    }

    public ServiceListing getService() {
        return service;
    }

    public String getMessage() {
        return message;
    }

    public String getContact() {
        return contact;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }

    public LocalDateTime getResolvedAt() {
        return resolvedAt;
    }
}
