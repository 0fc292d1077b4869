package org.familyportal.portal.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** Something a specialist must do for a request by a date, e.g. call the family back. */
@Entity
@NamedQuery(name = "FollowUpTask.ofRequest", query = "select t from FollowUpTask t where t.requestId = :id order by t.dueOn, t.id")
@Table(name = "follow_up_task")
public class FollowUpTask {

    public static final int TEXT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "help_request_id", nullable = false, updatable = false)
    private Long requestId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "text_sealed", nullable = false)
    private String text;

    @Column(name = "created_by", nullable = false, length = 254, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "done_by", length = 254)
    private String doneBy;

    @Column(name = "done_at")
    private Instant doneAt;

    /** Two specialists completing the same task at once: the second is refused, not silently merged. */
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected FollowUpTask() {
        // for JPA
    }

    public FollowUpTask(Long requestId, LocalDate dueOn, String text, String createdBy, Instant createdAt) {
        this.requestId = requestId;
        this.dueOn = dueOn;
        this.text = text.strip();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void complete(String by, Instant at) {
        if (doneAt == null) {
            doneBy = by;
            doneAt = at;
        }
    }

    public boolean isOverdueOn(LocalDate today) {
        return doneAt == null && dueOn.isBefore(today);
    }

    public void erase() {
        text = "-";
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public LocalDate getDueOn() { return dueOn; }
    public String getText() { return text; }
    public String getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public String getDoneBy() { return doneBy; }
    public Instant getDoneAt() { return doneAt; }
    public boolean isDone() { return doneAt != null; }
    public long getVersion() { return version; }
}
