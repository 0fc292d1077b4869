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
     * open requests that waited without a centre go to the new one.
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
        if (centreId != null && !centreId.isBlank()) {
            em.createNativeQuery("UPDATE help_request SET centre_organization_id = ? WHERE municipality_code = ?"
                            + " AND centre_organization_id IS NULL AND status IN ('NEW', 'IN_PROGRESS', 'REFERRED')")
                    .setParameter(1, centreId).setParameter(2, municipalityCode).executeUpdate();
        }
        audit.record(by, AuditAction.CHANGE, null, "centre of " + municipalityCode + " set to " + centreId);
    }
}
