package org.familyportal.directory.domain.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * Someone saw wrong information on a service's page and said so; the organisation's members may
 * answer it (what they fixed, or why the listing is right), and a moderator checks and resolves it.
 * The reporter's contact is for moderators only.
 */
@Entity
@Table(name = "listing_report")
@NamedQuery(name = "ListingReport.openOf", query = "select r from ListingReport r where r.resolvedAt is null"
        + " and r.service.provider.id in :organizations order by r.reportedAt")
@NamedQuery(name = "ListingReport.countSince", query = "select count(r) from ListingReport r"
        + " where r.service.id = :service and r.reportedAt >= :since")
public class ListingReport implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MESSAGE_MAX = 1000;
    public static final int ANSWER_MAX = 1000;

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

    @Column(name = "answer", length = ANSWER_MAX)
    private String answer;

    @Column(name = "answered_by", length = 254)
    private String answeredBy;

    @Column(name = "answered_at")
    private LocalDateTime answeredAt;

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

    /** A member's answer, with who and when; a later answer replaces it (the member corrects themself). */
    public void answer(String text, String by, LocalDateTime now) {
        this.answer = text.strip();
        this.answeredBy = by;
        this.answeredAt = now;
    }

    public String getAnswer() {
        return answer;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public LocalDateTime getAnsweredAt() {
        return answeredAt;
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
