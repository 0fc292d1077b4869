package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.request.EventKind;
import org.familyportal.portal.domain.request.FollowUpTask;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.HelpRequestRepository;
import org.familyportal.portal.domain.request.Referral;
import org.familyportal.portal.domain.request.RequestEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The clock-driven part of the work: requests not acknowledged by their deadline are escalated to the
 * centre's heads (once), and requests without activity for the retention period lose their personal data.
 * The WAR's {@code DeadlineWatch} runs both regularly.
 */
@ApplicationScoped
public class RequestDeadlines {

    private static final Logger LOG = Logger.getLogger(RequestDeadlines.class.getName());
    private static final String SYSTEM = "system";
    /** What the portal writes on a timeline by itself: no sign that anybody works on the request. */
    static final List<EventKind> SYSTEM_KINDS = List.of(EventKind.UNROUTED, EventKind.ESCALATED, EventKind.ANONYMISED);

    Clock clock = Clock.systemUTC();

    @Inject
    HelpRequestRepository requests;

    @Inject
    RequestAlerts alerts;

    @Inject
    RequestSettings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Routing routing;

    @Transactional
    public int escalateOverdue() {
        Instant now = clock.instant();
        // A request without a centre has no heads to escalate to: remindUnrouted tells the administrators.
        List<HelpRequest> overdue = requests.overdue(now, 500);
        for (HelpRequest request : overdue) {
            // A plain update, not the entity's: the version stays, so a specialist taking the request on
            // at this moment is not refused for a change they did not make.
            if (!requests.markEscalated(request.getId(), now)) {
                continue;
            }
            requests.addEvent(new RequestEvent(request.getId(), EventKind.ESCALATED, SYSTEM, now, null));
            alerts.overdue(request);
        }
        if (!overdue.isEmpty()) {
            LOG.info(() -> overdue.size() + " overdue help requests escalated");
        }
        return overdue.size();
    }

    /**
     * Requests still waiting for a centre: the administrators are told again one deadline period (the
     * urgent one for urgent requests) after they were last told, until a centre is set. Each reminder
     * is on the request's timeline.
     */
    @Transactional
    public int remindUnrouted() {
        Instant now = clock.instant();
        List<HelpRequest> waiting = requests.withoutCentre(500);
        Map<String, ZoneId> zones = new HashMap<>();
        int reminded = 0;
        for (HelpRequest request : waiting) {
            ZoneId zone = zones.computeIfAbsent(request.getMunicipalityCode(), code -> routing.destination(code).zone());
            if (request.nextUnroutedAlert(settings.deadline(), zone).isAfter(now)) {
                continue;
            }
            // A plain update (no version bump, so nobody's edit is refused for it); of two servers running
            // this at the same moment only the first finds the mark older than a minute.
            if (!requests.markUnroutedAlerted(request.getId(), now, now.minusSeconds(60))) {
                continue;
            }
            requests.addEvent(new RequestEvent(request.getId(), EventKind.UNROUTED, SYSTEM, now, null));
            alerts.unrouted(request);
            reminded++;
        }
        if (reminded > 0) {
            int count = reminded;
            LOG.info(() -> count + " help requests still without a centre; administrators told again");
        }
        return reminded;
    }

    @Transactional
    public int anonymiseExpired() {
        Instant now = clock.instant();
        // A closed request keeps its personal data for the retention period after closing. Whatever
        // its status otherwise, a request nobody has worked on for as long (created, and every event
        // of its timeline, before it) loses it too: one that is never closed must not keep it forever.
        // Only people's work counts (staff, or the family itself: no actor): the portal's own entries
        // (UNROUTED every period, ESCALATED, anything by "system") would otherwise keep a request
        // without a centre alive for ever. The statistics (municipality,
        // topics, dates, statuses) stay.
        List<HelpRequest> expired = requests.expired(now.minus(settings.retention()), SYSTEM_KINDS, SYSTEM, 1000);
        for (HelpRequest request : expired) {
            request.anonymise(now);
            requests.events(request.getId()).forEach(RequestEvent::erase);
            requests.tasks(request.getId()).forEach(FollowUpTask::erase);
            requests.referrals(request.getId()).forEach(Referral::erase);
            requests.addEvent(new RequestEvent(request.getId(), EventKind.ANONYMISED, SYSTEM, now, null));
            audit.record(SYSTEM, AuditAction.ANONYMISE, request.getId(), "retention " + settings.retention());
        }
        if (!expired.isEmpty()) {
            LOG.info(() -> expired.size() + " help requests anonymised after the retention period without activity");
        }
        return expired.size();
    }
}
