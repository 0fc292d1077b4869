package org.familyportal.portal.application.request;

import org.familyportal.portal.domain.centre.Staff;
import org.familyportal.portal.domain.centre.Member;
import org.familyportal.portal.domain.centre.Organisation;
import org.familyportal.portal.domain.centre.ResourceCentreRepository;
import org.familyportal.portal.application.access.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.request.EventKind;
import org.familyportal.portal.domain.request.FollowUpTask;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.HelpRequestRepository;
import org.familyportal.portal.domain.request.InvalidTransitionException;
import org.familyportal.portal.domain.request.QueueOrder;
import org.familyportal.portal.domain.request.QueueSelection;
import org.familyportal.portal.domain.request.Referral;
import org.familyportal.portal.domain.request.RequestEvent;
import org.familyportal.portal.domain.request.RequestStatus;
import org.familyportal.portal.domain.request.TriageLevel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The resource centre's work on its requests. A specialist reaches only the requests of the centres
 * they belong to; an administrator reaches all of them, and every look at personal data is audited.
 * A request outside the caller's reach is "not found", the same as one that does not exist. The
 * {@link Viewer} a page passes is checked against the security context ({@link CurrentCaller#confirm}):
 * nobody reaches requests in another's name or with a reach they do not have.
 */
@ApplicationScoped
public class CentreWork {

    public static final int NOTE_MAX = RequestEvent.TEXT_MAX;

    private final Clock clock = Clock.systemUTC();

    @Inject
    HelpRequestRepository requests;

    @Inject
    ResourceCentreRepository centres;

    @Inject
    Memberships memberships;

    @Inject
    AuditTrail audit;

    @Inject
    RequestAlerts alerts;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestSettings settings;

    @Inject
    Routing routing;

    @Inject
    PartnerAccounts partnerAccounts;

    @Inject
    GuestReferrals guests;

    /** What the queue shows. */
    public record QueueFilter(RequestStatus status, boolean openOnly, boolean urgentOnly, boolean mineOnly,
                              boolean overdueOnly) {
        public static QueueFilter open() {
            return new QueueFilter(null, true, false, false, false);
        }
    }

    /** The caller's centres' requests in {@code order} (by default oldest urgent first). Lists no personal data, so it is not audited. */
    public List<HelpRequest> queue(Viewer viewer, QueueFilter filter, QueueOrder order, int first, int max) {
        return requests.queue(selection(viewer, filter), order == null ? QueueOrder.STANDARD : order, first, max);
    }

    public long count(Viewer viewer, QueueFilter filter) {
        return requests.count(selection(viewer, filter));
    }

    /** What the page's filters select, within the caller's reach (their centres; every centre for an administrator). */
    private QueueSelection selection(Viewer claimed, QueueFilter filter) {
        Viewer viewer = caller.confirm(claimed);
        List<RequestStatus> statuses = filter.status() != null ? List.of(filter.status())
                : filter.openOnly() ? HelpRequestRepository.OPEN : null;
        Long me = filter.mineOnly() ? memberships.staff(viewer.email()).map(Staff::accountId).orElse(-1L) : null;
        return new QueueSelection(viewer.admin() ? null : memberships.organisationsOf(viewer.email()), statuses,
                filter.urgentOnly(), me, filter.overdueOnly() ? clock.instant() : null);
    }

    /** Opens a request for reading; the look is audited. Empty when it does not exist or is not the caller's. */
    @Transactional
    public Optional<HelpRequest> open(Viewer viewer, long id) {
        Optional<HelpRequest> request = reachable(viewer, id);
        request.ifPresent(r -> audit.record(viewer.email(), AuditAction.VIEW, r.getId(), null));
        return request;
    }

    /** The request again after an action on it, within the same look (not audited again). */
    public HelpRequest reread(Viewer viewer, long id) {
        return reachableOrFail(viewer, id);
    }

    public List<RequestEvent> timeline(Viewer viewer, long requestId) {
        reachableOrFail(viewer, requestId);
        return requests.events(requestId);
    }

    public List<FollowUpTask> tasks(Viewer viewer, long requestId) {
        reachableOrFail(viewer, requestId);
        return requests.tasks(requestId);
    }

    public List<Referral> referrals(Viewer viewer, long requestId) {
        reachableOrFail(viewer, requestId);
        return requests.referrals(requestId);
    }

    /** The colleagues a request of this centre can be assigned to. */
    public List<Member> colleagues(String centreId) {
        caller.require(Role.SPECIALIST, Role.ADMIN);
        return centreId == null ? List.of() : memberships.centreStaff(centreId);
    }

    @Transactional
    public HelpRequest assign(Viewer viewer, long id, long accountId) {
        HelpRequest request = changeable(viewer, id);
        Member assignee = colleagues(request.getCentreId()).stream()
                .filter(m -> m.accountId() == accountId).findFirst()
                .orElseThrow(() -> new InvalidRequestException("centre.assign.notColleague"));
        request.assignTo(accountId, clock.instant());
        event(request, EventKind.ASSIGNED, viewer, assignee.displayName() + " <" + assignee.email() + ">");
        audit.record(viewer.email(), AuditAction.CHANGE, id, "assigned to " + assignee.email());
        return request;
    }

    /**
     * The caller takes the request on: it is assigned to them and acknowledged, and a new request
     * moves to "in progress" (one further along keeps its status; reopening is a move of its own).
     */
    @Transactional
    public HelpRequest takeOn(Viewer viewer, long id) {
        HelpRequest request = changeable(viewer, id);
        Member me = colleagues(request.getCentreId()).stream()
                .filter(m -> m.email().equals(viewer.email())).findFirst()
                .orElseThrow(() -> new InvalidRequestException("centre.assign.notColleague"));
        Instant now = clock.instant();
        boolean started = request.takeOn(me.accountId(), now);
        event(request, EventKind.ASSIGNED, viewer, me.displayName() + " <" + me.email() + ">");
        audit.record(viewer.email(), AuditAction.CHANGE, id, "assigned to " + me.email());
        if (started) {
            requests.addEvent(RequestEvent.statusChange(id, viewer.email(), now, RequestStatus.NEW, RequestStatus.IN_PROGRESS));
            audit.record(viewer.email(), AuditAction.CHANGE, id, "status " + RequestStatus.NEW + " -> " + RequestStatus.IN_PROGRESS);
        }
        return request;
    }

    @Transactional
    public HelpRequest move(Viewer viewer, long id, RequestStatus target) {
        HelpRequest request = changeable(viewer, id);
        RequestStatus from = request.getStatus();
        try {
            request.moveTo(target, clock.instant());
        } catch (InvalidTransitionException e) {
            throw new InvalidRequestException("centre.status.notAllowed");
        }
        requests.addEvent(RequestEvent.statusChange(id, viewer.email(), clock.instant(), from, target));
        audit.record(viewer.email(), AuditAction.CHANGE, id, "status " + from + " -> " + target);
        return request;
    }

    @Transactional
    public HelpRequest triage(Viewer viewer, long id, TriageLevel level) {
        HelpRequest request = changeable(viewer, id);
        boolean raised = request.retriage(level, settings.deadline(), clock.instant(),
                routing.destination(request.getMunicipalityCode()).zone());
        event(request, EventKind.TRIAGED, viewer, level.name());
        audit.record(viewer.email(), AuditAction.CHANGE, id, "triage " + level);
        if (raised) {
            alerts.urgent(request);
        }
        return request;
    }

    /** An internal note, or with {@code toFamily} a reply the family reads on the status page. */
    @Transactional
    public void note(Viewer viewer, long id, String text, boolean toFamily) {
        HelpRequest request = changeable(viewer, id);
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("centre.note.required");
        }
        if (text.length() > NOTE_MAX) {
            throw new InvalidRequestException("request.field.tooLong");
        }
        event(request, toFamily ? EventKind.REPLY : EventKind.NOTE, viewer, text.strip());
        audit.record(viewer.email(), AuditAction.CHANGE, id, toFamily ? "reply" : "note");
    }

    @Transactional
    public void addTask(Viewer viewer, long id, LocalDate dueOn, String text) {
        HelpRequest request = changeable(viewer, id);
        if (dueOn == null || text == null || text.isBlank()) {
            throw new InvalidRequestException("centre.task.required");
        }
        if (text.length() > FollowUpTask.TEXT_MAX) {
            throw new InvalidRequestException("request.field.tooLong");
        }
        requests.addTask(new FollowUpTask(id, dueOn, text, viewer.email(), clock.instant()));
        event(request, EventKind.TASK_ADDED, viewer, dueOn + ": " + text.strip());
        audit.record(viewer.email(), AuditAction.CHANGE, id, "task added");
    }

    /**
     * Marks a task done. {@code shownVersion} is the task's version as the page showed it: when
     * somebody changed the task since (a colleague completed it), nothing is done and the caller is
     * told so; two completions at the same moment are told apart by the version in the database.
     */
    @Transactional
    public void completeTask(Viewer viewer, long taskId, long shownVersion) {
        FollowUpTask task = requests.task(taskId).orElse(null);
        if (task == null) {
            throw new InvalidRequestException("centre.task.unknown");
        }
        HelpRequest request = changeable(viewer, task.getRequestId());
        if (task.getVersion() != shownVersion) {
            throw new InvalidRequestException("centre.changedMeanwhile");
        }
        task.complete(viewer.email(), clock.instant());
        event(request, EventKind.TASK_DONE, viewer, task.getText());
        audit.record(viewer.email(), AuditAction.CHANGE, request.getId(), "task done");
    }

    /**
     * Refers the request to a partner organisation from the directory; {@code brief} is all the partner
     * will see of it. A request in progress becomes "referred".
     */
    @Transactional
    public Referral refer(Viewer viewer, long id, String organizationId, String serviceId, String brief) {
        HelpRequest request = changeable(viewer, id);
        if (organizationId == null || organizationId.isBlank()) {
            throw new InvalidRequestException("centre.referral.organisation.required");
        }
        if (brief != null && brief.length() > Referral.BRIEF_MAX) {
            throw new InvalidRequestException("request.field.tooLong");
        }
        if (centres.organisationName(organizationId).isEmpty()) {
            throw new InvalidRequestException("centre.referral.organisation.unknown");
        }
        Referral referral = new Referral(id, organizationId, blankToNull(serviceId), brief, viewer.email(), clock.instant());
        requests.addReferral(referral);
        event(request, EventKind.REFERRAL_SENT, viewer, organizationName(organizationId));
        audit.record(viewer.email(), AuditAction.CHANGE, id, "referral to " + organizationId);
        if (request.getStatus() == RequestStatus.NEW) {
            request.moveTo(RequestStatus.IN_PROGRESS, clock.instant());
        }
        if (request.getStatus() == RequestStatus.IN_PROGRESS) {
            RequestStatus from = request.getStatus();
            request.moveTo(RequestStatus.REFERRED, clock.instant());
            requests.addEvent(RequestEvent.statusChange(id, viewer.email(), clock.instant(), from, RequestStatus.REFERRED));
        }
        alerts.referred(organizationId, request.getNumber());
        if (!partnerAccounts.hasMembers(organizationId)) {
            // Nobody on the portal sees it: the organisation's public address gets a signed link.
            centres.organisationEmail(organizationId).ifPresent(address -> alerts.referredByLink(address, request.getNumber(),
                    organizationName(organizationId), guests.linkTo(referral), guests.validFor().toDays()));
        }
        return referral;
    }

    @Transactional
    public String organizationName(String organizationId) {
        caller.require(Role.SPECIALIST, Role.ADMIN);
        return memberships.organisationName(organizationId);
    }

    /** Organisations of the directory whose name contains {@code text}. */
    @Transactional
    public List<Organisation> organisationsNamed(String text, int max) {
        caller.require(Role.SPECIALIST, Role.ADMIN);
        return centres.organisationsNamed(text, max);
    }

    private void event(HelpRequest request, EventKind kind, Viewer viewer, String text) {
        requests.addEvent(new RequestEvent(request.getId(), kind, viewer.email(), clock.instant(), text));
    }

    private Optional<HelpRequest> reachable(Viewer claimed, long id) {
        Viewer viewer = caller.confirm(claimed);
        HelpRequest request = requests.find(id).orElse(null);
        if (request == null) {
            return Optional.empty();
        }
        if (viewer.admin() || (request.getCentreId() != null
                && memberships.organisationsOf(viewer.email()).contains(request.getCentreId()))) {
            return Optional.of(request);
        }
        return Optional.empty();
    }

    private HelpRequest reachableOrFail(Viewer viewer, long id) {
        return reachable(viewer, id).orElseThrow(() -> new InvalidRequestException("centre.request.notFound"));
    }

    /** A request that may still change: an anonymised one is history, kept for statistics only. */
    private HelpRequest changeable(Viewer viewer, long id) {
        HelpRequest request = reachableOrFail(viewer, id);
        if (request.isAnonymised()) {
            throw new InvalidRequestException("centre.request.anonymised");
        }
        return request;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** For the workspace: when the request was received, how long it has waited. */
    public Instant now() {
        return clock.instant();
    }
}
