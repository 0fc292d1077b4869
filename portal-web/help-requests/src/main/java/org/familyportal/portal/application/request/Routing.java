package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.domain.request.EventKind;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.RequestEvent;
import org.familyportal.portal.domain.request.RequestStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Which family resource centre answers for a municipality, and the time zone its deadlines run in.
 * Administrators set the centre of each municipality.
 */
@ApplicationScoped
public class Routing {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    @Inject
    RequestSettings settings;

    @Inject
    RequestAlerts alerts;

    @Inject
    Memberships memberships;

    private final Clock clock = Clock.systemUTC();

    /** Where a request from {@code municipalityCode} goes; the centre is null while none is set. */
    public record Destination(String centreId, ZoneId zone) {
    }

    public record MunicipalityCentre(String municipalityCode, String regionCode, String nameRu, String nameEn,
                                     String centreId, String centreName) {
    }

    public Destination destination(String municipalityCode) {
        List<?> rows = em.createNativeQuery("SELECT m.resource_centre_organization_id, r.time_zone FROM municipality m"
                + " JOIN region r ON r.code = m.region_code WHERE m.code = ?").setParameter(1, municipalityCode).getResultList();
        if (rows.isEmpty()) {
            throw new InvalidRequestException("request.municipality.unknown");
        }
        Object[] row = (Object[]) rows.get(0);
        return new Destination((String) row[0], ZoneId.of((String) row[1]));
    }

    public List<MunicipalityCentre> municipalities() {
        List<?> rows = em.createNativeQuery("SELECT m.code, m.region_code, m.name_ru, m.name_en,"
                + " m.resource_centre_organization_id, o.name FROM municipality m"
                + " LEFT JOIN organization o ON o.id = m.resource_centre_organization_id"
                + " ORDER BY m.region_code, m.name_ru").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new MunicipalityCentre((String) r[0], (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5])).toList();
    }

    /**
     * Sets the centre of a municipality (null: none). Requests already routed stay where they are;
     * open requests that waited without a centre go to the new one, and a late routing is a routing:
     * a deadline from this moment, a timeline event, and the alert (on duty for urgent requests).
     */
    @Transactional
    public void assignCentre(String municipalityCode, String centreId, String by) {
        by = caller.actingAs(by, Role.ADMIN);
        int changed = em.createNativeQuery("UPDATE municipality SET resource_centre_organization_id = ? WHERE code = ?")
                .setParameter(1, centreId == null || centreId.isBlank() ? null : centreId)
                .setParameter(2, municipalityCode).executeUpdate();
        if (changed == 0) {
            throw new InvalidRequestException("request.municipality.unknown");
        }
        audit.record(by, AuditAction.CHANGE, null, "centre of " + municipalityCode + " set to " + centreId);
        if (centreId != null && !centreId.isBlank()) {
            routeWaiting(municipalityCode, centreId, by);
        }
    }

    private void routeWaiting(String municipalityCode, String centreId, String by) {
        List<HelpRequest> waiting = em.createQuery("select r from HelpRequest r where r.municipalityCode = :code"
                        + " and r.centreId is null and r.status in :open and r.anonymisedAt is null", HelpRequest.class)
                .setParameter("code", municipalityCode)
                .setParameter("open", List.of(RequestStatus.NEW, RequestStatus.IN_PROGRESS, RequestStatus.REFERRED))
                .getResultList();
        if (waiting.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        ZoneId zone = destination(municipalityCode).zone();
        String centreName = memberships.organisationName(centreId);
        for (HelpRequest request : waiting) {
            request.route(centreId, settings.deadline().due(now, request.isUrgent(), zone));
            em.persist(new RequestEvent(request.getId(), EventKind.ROUTED, by, now, centreName));
            audit.record(by, AuditAction.CHANGE, request.getId(), "routed to " + centreId);
            alerts.routed(request);
        }
    }
}
