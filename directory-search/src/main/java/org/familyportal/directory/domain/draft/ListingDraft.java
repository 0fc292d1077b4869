package org.familyportal.directory.domain.draft;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A proposed version of one organisation's whole listing, kept apart from the published one until
 * a moderator approves it: the snapshot (JSON), who wrote it, its state, when it was sent and
 * decided, and the reason of a rejection, which its author reads. An organisation has at most one
 * open draft ({@code open_organization_id} is unique and cleared when the draft is approved). Every
 * change moves its version: a save from an older version is refused.
 */
@Entity
@Table(name = "listing_draft")
@NamedQuery(name = "ListingDraft.openFor",
        query = "SELECT d FROM ListingDraft d WHERE d.openOrganizationId = :organization")
@NamedQuery(name = "ListingDraft.lastDecidedFor",
        query = "SELECT d FROM ListingDraft d WHERE d.organizationId = :organization AND d.decidedAt IS NOT NULL"
                + " ORDER BY d.decidedAt DESC")
@NamedQuery(name = "ListingDraft.queue",
        query = "SELECT d FROM ListingDraft d WHERE d.state IN :states AND (:text = ''"
                + " OR LOWER(d.organizationName) LIKE :text OR LOWER(d.author) LIKE :text)"
                + " ORDER BY d.submittedAt, d.createdAt")
@NamedQuery(name = "ListingDraft.count",
        query = "SELECT COUNT(d) FROM ListingDraft d WHERE d.state IN :states AND (:text = ''"
                + " OR LOWER(d.organizationName) LIKE :text OR LOWER(d.author) LIKE :text)")
@NamedQuery(name = "ListingDraft.countAll", query = "SELECT COUNT(d) FROM ListingDraft d")
public class ListingDraft implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    public static final int REASON_MAX = 2000;

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "organization_id", length = 36, nullable = false)
    private String organizationId;

    /** The organisation's id while this draft is open, else null: one open draft per organisation. */
    @Column(name = "open_organization_id", length = 36)
    private String openOrganizationId;

    @Column(name = "organization_name", nullable = false, length = 500)
    private String organizationName;

    /** Whether the organisation is not published yet (a new listing). */
    @Column(name = "new_listing", nullable = false)
    private boolean newListing;

    @Lob
    @Column(name = "snapshot", nullable = false)
    private String snapshot;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private DraftState state = DraftState.EDITING;

    @Column(name = "author", nullable = false, length = 254)
    private String author;

    @Column(name = "edited_by", nullable = false, length = 254)
    private String editedBy;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Column(name = "decided_by", length = 254)
    private String decidedBy;

    @Column(name = "reason", length = REASON_MAX)
    private String reason;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long version;

    /** The published listing the draft was started (or last reviewed) from, JSON; null: nothing published then. */
    @Lob
    @Column(name = "base_snapshot")
    private String baseSnapshot;

    @Transient
    private transient ListingSnapshot parsed;

    protected ListingDraft() {
    }

    /** A new draft of {@code snapshot}'s organisation, written by {@code author}. */
    public ListingDraft(ListingSnapshot snapshot, boolean newListing, String author, LocalDateTime now) {
        this.id = UUID.randomUUID().toString();
        this.organizationId = snapshot.getOrganisation().getId();
        this.openOrganizationId = organizationId;
        this.newListing = newListing;
        this.author = author;
        this.editedBy = author;
        this.createdAt = now;
        this.updatedAt = now;
        replace(snapshot);
    }

    /**
     * Replaces the snapshot. The author (or another member) may edit a draft being written or one
     * rejected (it is being written again); a member's edit of a sent draft takes it back to
     * writing, so a moderator never approves half an edit; a moderator's edit of a sent draft keeps
     * it sent (they edit before approving). A published draft is closed.
     */
    public void edit(ListingSnapshot snapshot, String by, boolean moderator, LocalDateTime now) {
        if (!snapshot.getOrganisation().getId().equals(organizationId)) {
            throw new DraftStateException("draft.otherOrganisation");
        }
        switch (state) {
            case APPROVED -> throw new DraftStateException("draft.closed");
            case REJECTED -> state = DraftState.EDITING;
            case SUBMITTED -> state = moderator ? DraftState.SUBMITTED : DraftState.EDITING;
            case EDITING -> { }
        }
        replace(snapshot);
        this.editedBy = by;
        this.updatedAt = now;
    }

    /** Sent for moderation, from writing or after a rejection. */
    public void submit(LocalDateTime now) {
        if (state != DraftState.EDITING && state != DraftState.REJECTED) {
            throw new DraftStateException(state == DraftState.SUBMITTED ? "draft.alreadySubmitted" : "draft.closed");
        }
        state = DraftState.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /** Approved by a moderator: published, and no longer the organisation's open draft. */
    public void approve(String by, LocalDateTime now) {
        if (state != DraftState.SUBMITTED) {
            throw new DraftStateException("draft.notSubmitted");
        }
        state = DraftState.APPROVED;
        decidedAt = now;
        decidedBy = by;
        reason = null;
        openOrganizationId = null;
        updatedAt = now;
    }

    /** Rejected by a moderator, with a reason the author reads; the author may edit and send it again. */
    public void reject(String by, String why, LocalDateTime now) {
        if (state != DraftState.SUBMITTED) {
            throw new DraftStateException("draft.notSubmitted");
        }
        if (why == null || why.isBlank()) {
            throw new DraftStateException("draft.reasonRequired");
        }
        if (why.length() > REASON_MAX) {
            throw new DraftStateException("draft.reasonTooLong");
        }
        state = DraftState.REJECTED;
        decidedAt = now;
        decidedBy = by;
        reason = why.strip();
        updatedAt = now;
    }

    /** Records the published listing this draft starts from (null: none, a new listing). */
    public void startFrom(ListingSnapshot published) {
        this.baseSnapshot = published == null ? null : SnapshotJson.write(published);
    }

    /**
     * Whether {@code published} differs from the listing this draft was started (or last reviewed)
     * from: someone (an import, an administrator) changed the public listing meanwhile, and
     * approving the draft as it is would undo that change.
     */
    public boolean startedBefore(ListingSnapshot published) {
        return baseSnapshot != null && published != null
                && !ListingDiff.between(SnapshotJson.read(baseSnapshot), published).isEmpty();
    }

    /** The moderator has been shown the listing published now: from here on the draft is reviewed against it. */
    public void rebase(ListingSnapshot published, LocalDateTime now) {
        startFrom(published);
        this.updatedAt = now;
    }

    /** The snapshot, a copy the caller may change. */
    public ListingSnapshot snapshot() {
        if (parsed == null) {
            parsed = SnapshotJson.read(snapshot);
        }
        return parsed.copy();
    }

    private void replace(ListingSnapshot value) {
        this.snapshot = SnapshotJson.write(value);
        this.parsed = null;
        String name = value.getOrganisation().getName();
        this.organizationName = name == null || name.isBlank() ? "—" : name.strip().substring(0, Math.min(500, name.strip().length()));
    }

    public String getId() { return id; }
    public String getOrganizationId() { return organizationId; }
    public String getOrganizationName() { return organizationName; }
    public boolean isNewListing() { return newListing; }
    public DraftState getState() { return state; }
    public String getAuthor() { return author; }
    public String getEditedBy() { return editedBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public String getReason() { return reason; }
    public long getVersion() { return version; }
}
