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

import java.time.Instant;

/** One entry of a request's timeline. Replies are also shown to the family on the status page. */
@Entity
@NamedQuery(name = "RequestEvent.ofRequest", query = "select e from RequestEvent e where e.requestId = :id order by e.occurredAt, e.id")
@Table(name = "help_request_event")
public class RequestEvent {

    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "help_request_id", nullable = false, updatable = false)
    private Long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24, updatable = false)
    private EventKind kind;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", length = 254, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16, updatable = false)
    private RequestStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 16, updatable = false)
    private RequestStatus toStatus;

    @Column(name = "visible_to_family", nullable = false)
    private boolean visibleToFamily;

    @Column(name = "text_sealed")
    private String text;

    protected RequestEvent() {
        // for JPA
    }

    public RequestEvent(Long requestId, EventKind kind, String actor, Instant occurredAt, String text) {
        this.requestId = requestId;
        this.kind = kind;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.text = text;
        this.visibleToFamily = kind == EventKind.REPLY;
    }

    public static RequestEvent statusChange(Long requestId, String actor, Instant at, RequestStatus from, RequestStatus to) {
        RequestEvent event = new RequestEvent(requestId, EventKind.STATUS_CHANGED, actor, at, null);
        event.fromStatus = from;
        event.toStatus = to;
        return event;
    }

    /** Retention: the text may hold personal data and goes; the fact that something happened stays. */
    public void erase() {
        text = null;
    }

    public Long getId() { return id; }
    public Long getRequestId() { return requestId; }
    public EventKind getKind() { return kind; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public RequestStatus getFromStatus() { return fromStatus; }
    public RequestStatus getToStatus() { return toStatus; }
    public boolean isVisibleToFamily() { return visibleToFamily; }
    public String getText() { return text; }
}
