package org.familyportal.directory.domain.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A reminder (or its escalation) sent to an organisation whose listings were not confirmed: once per
 * organisation, kind and baseline (the oldest verified date of its active services), so the job never
 * sends it twice, and moderators see who was reminded and who did not answer.
 */
@Entity
@Table(name = "verification_reminder")
@NamedQuery(name = "VerificationReminder.of", query = "select r from VerificationReminder r"
        + " where r.organizationId = :organization and r.baseline = :baseline order by r.sentAt")
@NamedQuery(name = "VerificationReminder.ofAll", query = "select r from VerificationReminder r"
        + " where r.organizationId in :organizations order by r.sentAt")
@NamedNativeQuery(name = "VerificationReminder.organisationsDue", query = "SELECT o.id, o.name, o.email, o.demo,"
        + " MIN(COALESCE(s.assured_date, DATE(s.last_modified))) AS baseline, COUNT(*) FROM service s"
        + " JOIN organization o ON o.id = s.organization_id WHERE s.status = 'active'"
        + " AND COALESCE(s.assured_date, DATE(s.last_modified)) <= ?1"
        + " GROUP BY o.id, o.name, o.email, o.demo ORDER BY baseline, o.id LIMIT ?2")
@NamedNativeQuery(name = "VerificationReminder.servicesDue", query = "SELECT s.id, s.name, s.assured_date FROM service s"
        + " WHERE s.organization_id = ?1 AND s.status = 'active' AND COALESCE(s.assured_date, DATE(s.last_modified)) <= ?2"
        + " ORDER BY COALESCE(s.assured_date, DATE(s.last_modified)), s.name")
public class VerificationReminder {

    /** A first reminder, or the escalation of one not answered. */
    public enum Kind { REMINDER, ESCALATION }

    /** Who it went to: the organisation's members, its public address (no members yet), or nobody (neither). */
    public enum Addressee { MEMBERS, ORGANISATION, NOBODY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false, length = 36, updatable = false)
    private String organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16, updatable = false)
    private Kind kind;

    @Column(name = "baseline", nullable = false, updatable = false)
    private LocalDate baseline;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private LocalDateTime sentAt;

    @Column(name = "recipients", nullable = false, updatable = false)
    private int recipients;

    @Enumerated(EnumType.STRING)
    @Column(name = "addressed_to", nullable = false, length = 16, updatable = false)
    private Addressee addressedTo;

    protected VerificationReminder() {
        // for JPA
    }

    public VerificationReminder(String organizationId, Kind kind, LocalDate baseline, LocalDateTime sentAt,
                                int recipients, Addressee addressedTo) {
        this.organizationId = organizationId;
        this.kind = kind;
        this.baseline = baseline;
        this.sentAt = sentAt;
        this.recipients = recipients;
        this.addressedTo = addressedTo;
    }

    public Long getId() { return id; }
    public String getOrganizationId() { return organizationId; }
    public Kind getKind() { return kind; }
    public LocalDate getBaseline() { return baseline; }
    public LocalDateTime getSentAt() { return sentAt; }
    public int getRecipients() { return recipients; }
    public Addressee getAddressedTo() { return addressedTo; }
}
