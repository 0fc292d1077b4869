package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.centre.Municipality;
import org.familyportal.portal.domain.centre.MunicipalityCode;
import org.familyportal.portal.domain.centre.ResourceCentreRepository;
import org.familyportal.portal.domain.request.EventKind;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.HelpRequestRepository;
import org.familyportal.portal.domain.request.RequestEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Where a help request is routed: the family resource centre that answers for its municipality, and
 * the time zone its deadlines run in. Administrators set the centre of each municipality; requests
 * that waited without one go to it then.
 */
@ApplicationScoped
public class Routing {

    @Inject
    ResourceCentreRepository centres;

    @Inject
    HelpRequestRepository requests;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestSettings settings;

    @Inject
    RequestAlerts alerts;

    Clock clock = Clock.systemUTC();

    /** Where a request from {@code municipalityCode} goes; the centre is null while none is set. */
    public record Destination(String centreId, ZoneId zone) {
    }

    public record MunicipalityCentre(String municipalityCode, String regionCode, String nameRu, String nameEn,
                                     String centreId, String centreName) {
    }

    public Destination destination(String municipalityCode) {
        Municipality municipality = known(municipalityCode);
        return new Destination(municipality.centreId(), municipality.zone());
    }

    public List<MunicipalityCentre> municipalities() {
        return centres.municipalities().stream().map(m -> new MunicipalityCentre(m.code().value(), m.regionCode(),
                m.nameRu(), m.nameEn(), m.centreId(),
                m.hasCentre() ? centres.organisationName(m.centreId()).orElse(null) : null)).toList();
    }

    /**
     * Sets the centre of a municipality (null: none). Requests already routed stay where they are;
     * open requests that waited without a centre go to the new one, and a late routing is a routing:
     * a deadline from this moment, a timeline event, and the alert (on duty for urgent requests).
     */
    @Transactional
    public void assignCentre(String municipalityCode, String centreId, String by) {
        by = caller.actingAs(by, Role.ADMIN);
        MunicipalityCode code = MunicipalityCode.parse(municipalityCode)
                .orElseThrow(() -> new InvalidRequestException("request.municipality.unknown"));
        String centre = centreId == null || centreId.isBlank() ? null : centreId;
        if (!centres.assignCentre(code, centre)) {
            throw new InvalidRequestException("request.municipality.unknown");
        }
        audit.record(by, AuditAction.CHANGE, null, "centre of " + municipalityCode + " set to " + centreId);
        if (centre != null) {
            routeWaiting(code, centre, by);
        }
    }

    private void routeWaiting(MunicipalityCode municipality, String centreId, String by) {
        List<HelpRequest> waiting = requests.waitingForCentre(municipality);
        if (waiting.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        ZoneId zone = known(municipality.value()).zone();
        String centreName = centres.organisationName(centreId).orElse(centreId);
        for (HelpRequest request : waiting) {
            request.route(centreId, settings.deadline().due(now, request.isUrgent(), zone));
            requests.addEvent(new RequestEvent(request.getId(), EventKind.ROUTED, by, now, centreName));
            audit.record(by, AuditAction.CHANGE, request.getId(), "routed to " + centreId);
            alerts.routed(request);
        }
    }

    private Municipality known(String municipalityCode) {
        return MunicipalityCode.parse(municipalityCode).flatMap(centres::municipality)
                .orElseThrow(() -> new InvalidRequestException("request.municipality.unknown"));
    }
}
