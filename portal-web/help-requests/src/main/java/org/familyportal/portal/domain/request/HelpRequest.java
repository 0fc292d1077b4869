package org.familyportal.portal.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A family's request for help, however it came in. It belongs to the resource centre of its
 * municipality; its personal data (name, phone, e-mail, messenger, description) is encrypted at rest
 * and erased when the request has been closed for longer than the retention period.
 */
@Entity
@NamedQuery(name = "HelpRequest.byNumber", query = "select r from HelpRequest r where r.number = :number")
@NamedQuery(name = "HelpRequest.bySubmission", query = "select r from HelpRequest r where r.submissionKey in :keys")
@NamedQuery(name = "HelpRequest.byPhoneIndex", query = "select r from HelpRequest r where r.phoneIndex in :phone"
        + " order by r.createdAt desc")
@NamedQuery(name = "HelpRequest.loggedBy", query = "select r from HelpRequest r where r.loggedById = :me"
        + " order by r.createdAt desc")
@NamedQuery(name = "HelpRequest.waitingForCentre", query = "select r from HelpRequest r where r.municipalityCode = :code"
        + " and r.centreId is null and r.status in :open and r.anonymisedAt is null")
@NamedQuery(name = "HelpRequest.withoutCentre", query = "select r from HelpRequest r where r.centreId is null"
        + " and r.status in :open and r.anonymisedAt is null order by r.createdAt")
@NamedQuery(name = "HelpRequest.overdue", query = "select r from HelpRequest r where r.acknowledgedAt is null"
        + " and r.escalatedAt is null and r.acknowledgeBy < :now and r.status = :new and r.centreId is not null")
@NamedQuery(name = "HelpRequest.expired", query = "select r from HelpRequest r where r.anonymisedAt is null and"
        + " ((r.status = :closed and r.closedAt < :before) or (r.status <> :closed and r.createdAt < :before"
        + " and not exists (select e from RequestEvent e where e.requestId = r.id and e.occurredAt >= :before"
        + " and e.kind not in :systemKinds and (e.actor is null or e.actor <> :system))))")
@NamedQuery(name = "HelpRequest.newPerCentre", query = "select r.centreId, count(r) from HelpRequest r"
        + " where r.status = :new and r.anonymisedAt is null group by r.centreId")
@Table(name = "help_request")
public class HelpRequest {

    public static final int NAME_MAX = 200;
    public static final int PHONE_MAX = 40;
    public static final int EMAIL_MAX = 254;
    public static final int MESSENGER_MAX = 100;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int CONTACT_TIME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "number", nullable = false, length = 20, updatable = false)
    private String number;

    @Column(name = "status_code_hash", length = 64)
    private String statusCodeHash;

    @Column(name = "submission_key", length = 64, updatable = false)
    private String submissionKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16, updatable = false)
    private RequestChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "caller_type", nullable = false, length = 16)
    private CallerType callerType;

    /** Null only for a silent or prank call, where nobody named a district. */
    @Column(name = "municipality_code", length = 64)
    private String municipalityCode;

    @Column(name = "centre_organization_id", length = 36)
    private String centreId;

    @Convert(converter = CodeList.class)
    @Column(name = "topics", nullable = false, length = 1000)
    private List<String> topics = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "felt_urgency", length = 16)
    private FeltUrgency feltUrgency;

    @Enumerated(EnumType.STRING)
    @Column(name = "triage_level", length = 32)
    private TriageLevel triageLevel;

    @Column(name = "urgent", nullable = false)
    private boolean urgent;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_channel", nullable = false, length = 16)
    private ContactChannel contactChannel = ContactChannel.NONE;

    @Column(name = "contact_time_sealed")
    private String contactTime;

    @Column(name = "name_sealed")
    private String name;

    @Column(name = "phone_sealed")
    private String phone;

    @Column(name = "email_sealed")
    private String email;

    @Column(name = "messenger_sealed")
    private String messenger;

    @Column(name = "description_sealed")
    private String description;

    @Column(name = "phone_index", length = 64)
    private String phoneIndex;

    @Column(name = "consent_at")
    private Instant consentAt;

    @Convert(converter = CodeList.class)
    @Column(name = "actions_taken", nullable = false, length = 200)
    private List<String> actionsTaken = new ArrayList<>();

    @Convert(converter = CodeList.class)
    @Column(name = "recommended_services", nullable = false, length = 2000)
    private List<String> recommendedServices = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "call_outcome", length = 16)
    private CallOutcome callOutcome;

    @Column(name = "call_seconds")
    private Integer callSeconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RequestStatus status = RequestStatus.NEW;

    @Column(name = "assignee_id")
    private Long assigneeId;

    @Column(name = "logged_by_id", updatable = false)
    private Long loggedById;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "acknowledge_by", nullable = false)
    private Instant acknowledgeBy;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    /** While no centre answers for the municipality: when the administrators were last told. */
    @Column(name = "unrouted_alerted_at")
    private Instant unroutedAlertedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected HelpRequest() {
        // for JPA
    }

    public HelpRequest(RequestChannel channel, String number, Instant createdAt) {
        this.channel = channel;
        this.number = number;
        this.createdAt = createdAt;
    }

    /**
     * Sends the request to its centre with the deadline for acknowledging it. A routing starts a new
     * deadline, so an escalation of an earlier one no longer counts.
     */
    public void route(String centreId, Instant acknowledgeBy) {
        this.centreId = centreId;
        restartDeadline(acknowledgeBy);
    }

    private void restartDeadline(Instant acknowledgeBy) {
        this.acknowledgeBy = acknowledgeBy;
        this.escalatedAt = null;
    }

    /**
     * Urgent when the triage says immediate threat; before anyone triaged it, when the family says it
     * cannot wait past today. Once a specialist or operator has assessed it, the triage decides.
     */
    public boolean deservesUrgency() {
        if (triageLevel != null) {
            return triageLevel.isUrgent();
        }
        return feltUrgency != null && feltUrgency.isUrgent();
    }

    /**
     * The centre's (re-)assessment. When it changes the request's urgency, the deadline starts again
     * from {@code now}: raised to urgent, it is due within the urgent period; no longer urgent, it gets
     * the ordinary working-day deadline. Returns whether the request has just become urgent (and
     * deserves the alert an urgent request gets).
     */
    public boolean retriage(TriageLevel level, AcknowledgementDeadline rule, Instant now, ZoneId zone) {
        boolean wasUrgent = urgent;
        triage(level);
        markUrgent(deservesUrgency());
        if (urgent != wasUrgent) {
            restartDeadline(rule.due(now, urgent, zone));
        }
        return urgent && !wasUrgent;
    }

    /** The administrators were told at {@code now} that no centre answers for the request. */
    public void unroutedAlerted(Instant now) {
        this.unroutedAlertedAt = now;
    }

    /**
     * When the administrators must be told again that the request still waits for a centre: one
     * deadline period (urgent or ordinary) after they were last told.
     */
    public Instant nextUnroutedAlert(AcknowledgementDeadline rule, ZoneId zone) {
        Instant last = unroutedAlertedAt != null ? unroutedAlertedAt : createdAt;
        return rule.due(last, urgent, zone);
    }

    public void markUrgent(boolean urgent) {
        this.urgent = urgent;
    }

    public void triage(TriageLevel level) {
        this.triageLevel = level;
    }

    /** Moves to {@code target}; the first move by the centre acknowledges the request. */
    public void moveTo(RequestStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new InvalidTransitionException(status, target);
        }
        status = target;
        acknowledge(now);
        closedAt = target == RequestStatus.CLOSED ? now : null;
    }

    /** Silent and prank calls: closed as they are logged. */
    public void closeAtIntake(Instant now) {
        status = RequestStatus.CLOSED;
        closedAt = now;
        acknowledgedAt = now;
    }

    /**
     * A specialist takes the request on: it is theirs and acknowledged, and a new one is now in
     * progress (a request already further along the workflow keeps its status).
     *
     * @return whether it moved from {@link RequestStatus#NEW} to {@link RequestStatus#IN_PROGRESS}
     */
    public boolean takeOn(Long accountId, Instant now) {
        assignTo(accountId, now);
        if (status != RequestStatus.NEW) {
            return false;
        }
        moveTo(RequestStatus.IN_PROGRESS, now);
        return true;
    }

    public void assignTo(Long accountId, Instant now) {
        this.assigneeId = accountId;
        acknowledge(now);
    }

    private void acknowledge(Instant now) {
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
        }
    }

    public boolean isOverdueAt(Instant now) {
        return acknowledgedAt == null && acknowledgeBy != null && acknowledgeBy.isBefore(now);
    }

    /** Erases every personal detail; what remains is statistics (municipality, topics, dates, statuses). */
    public void anonymise(Instant now) {
        name = null;
        phone = null;
        email = null;
        messenger = null;
        description = null;
        phoneIndex = null;
        contactTime = null;
        statusCodeHash = null;
        anonymisedAt = now;
    }

    public void setContact(ContactChannel channel, String name, String phone, String email, String messenger,
                           String contactTime) {
        this.contactChannel = channel;
        // Only what the chosen way of contact needs is kept (152-FZ: minimal data).
        boolean anonymous = channel == ContactChannel.NONE;
        this.name = anonymous ? null : blankToNull(name);
        this.phone = channel == ContactChannel.PHONE ? blankToNull(phone) : null;
        this.email = channel == ContactChannel.EMAIL ? blankToNull(email) : null;
        this.messenger = channel == ContactChannel.MESSENGER ? blankToNull(messenger) : null;
        this.contactTime = anonymous ? null : blankToNull(contactTime);
    }

    /** A hotline caller may give a name and phone without asking to be called back. */
    public void setCaller(String name, String phone) {
        this.name = blankToNull(name);
        this.phone = blankToNull(phone);
        if (this.phone != null && contactChannel == ContactChannel.NONE) {
            contactChannel = ContactChannel.PHONE;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public String getStatusCodeHash() { return statusCodeHash; }
    public void setStatusCodeHash(String statusCodeHash) { this.statusCodeHash = statusCodeHash; }
    public String getSubmissionKey() { return submissionKey; }
    public void setSubmissionKey(String submissionKey) { this.submissionKey = submissionKey; }
    public RequestChannel getChannel() { return channel; }
    public CallerType getCallerType() { return callerType; }
    public void setCallerType(CallerType callerType) { this.callerType = callerType; }
    public String getMunicipalityCode() { return municipalityCode; }
    public void setMunicipalityCode(String municipalityCode) { this.municipalityCode = municipalityCode; }
    public String getCentreId() { return centreId; }
    public List<String> getTopics() { return topics; }
    public void setTopics(List<String> topics) { this.topics = new ArrayList<>(topics); }
    public FeltUrgency getFeltUrgency() { return feltUrgency; }
    public void setFeltUrgency(FeltUrgency feltUrgency) { this.feltUrgency = feltUrgency; }
    public TriageLevel getTriageLevel() { return triageLevel; }
    public boolean isUrgent() { return urgent; }
    public ContactChannel getContactChannel() { return contactChannel; }
    public String getContactTime() { return contactTime; }
    public String getName() { return name; }
    public String getPhone() { return phone; }
    public String getEmail() { return email; }
    public String getMessenger() { return messenger; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = blankToNull(description); }
    public String getPhoneIndex() { return phoneIndex; }
    public void setPhoneIndex(String phoneIndex) { this.phoneIndex = phoneIndex; }
    public Instant getConsentAt() { return consentAt; }
    public void setConsentAt(Instant consentAt) { this.consentAt = consentAt; }
    public List<String> getActionsTaken() { return actionsTaken; }
    public void setActionsTaken(List<String> actionsTaken) { this.actionsTaken = new ArrayList<>(actionsTaken); }
    public List<String> getRecommendedServices() { return recommendedServices; }
    public void setRecommendedServices(List<String> ids) { this.recommendedServices = new ArrayList<>(ids); }
    public CallOutcome getCallOutcome() { return callOutcome; }
    public void setCallOutcome(CallOutcome callOutcome) { this.callOutcome = callOutcome; }
    public Integer getCallSeconds() { return callSeconds; }
    public void setCallSeconds(Integer callSeconds) { this.callSeconds = callSeconds; }
    public RequestStatus getStatus() { return status; }
    public Long getAssigneeId() { return assigneeId; }
    public Long getLoggedById() { return loggedById; }
    public void setLoggedById(Long loggedById) { this.loggedById = loggedById; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getAcknowledgeBy() { return acknowledgeBy; }
    public Instant getAcknowledgedAt() { return acknowledgedAt; }
    public Instant getEscalatedAt() { return escalatedAt; }
    public Instant getUnroutedAlertedAt() { return unroutedAlertedAt; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getAnonymisedAt() { return anonymisedAt; }
    public boolean isAnonymised() { return anonymisedAt != null; }
}
