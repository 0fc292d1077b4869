package org.familyportal.portal.infrastructure.persistence.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.familyportal.portal.domain.centre.Municipality;
import org.familyportal.portal.domain.centre.MunicipalityCode;
import org.familyportal.portal.domain.centre.Organisation;
import org.familyportal.portal.domain.centre.Region;
import org.familyportal.portal.domain.centre.ResourceCentre;
import org.familyportal.portal.domain.centre.ResourceCentreRepository;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link ResourceCentreRepository} on the gazetteer's {@code municipality} and {@code region} tables and
 * the directory's {@code organization} (tables of the directory, with no entity of their own here:
 * the queries are named in {@code META-INF/help-requests-orm.xml}).
 */
@ApplicationScoped
public class JpaResourceCentreRepository implements ResourceCentreRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<Municipality> municipality(MunicipalityCode code) {
        List<?> rows = em.createNamedQuery("Municipality.byCode").setParameter(1, code.value()).getResultList();
        return rows.stream().map(r -> municipality((Object[]) r)).findFirst();
    }

    @Override
    public List<Municipality> municipalities() {
        List<?> rows = em.createNamedQuery("Municipality.all").getResultList();
        return rows.stream().map(r -> municipality((Object[]) r)).toList();
    }

    @Override
    public List<Region> regions() {
        List<?> rows = em.createNamedQuery("Region.all").getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Region((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    @Override
    public boolean assignCentre(MunicipalityCode code, String centreId) {
        return em.createNamedQuery("Municipality.assignCentre").setParameter(1, centreId)
                .setParameter(2, code.value()).executeUpdate() > 0;
    }

    @Override
    public Optional<ResourceCentre> centre(String centreId) {
        return organisationName(centreId).map(name -> new ResourceCentre(centreId, name,
                em.createNamedQuery("Municipality.ofCentre").setParameter(1, centreId).getResultList().stream()
                        .map(code -> new MunicipalityCode(String.valueOf(code))).toList()));
    }

    @Override
    public Optional<String> organisationEmail(String organizationId) {
        if (organizationId == null) {
            return Optional.empty();
        }
        List<?> emails = em.createNamedQuery("Organization.email").setParameter(1, organizationId).getResultList();
        return emails.stream().filter(java.util.Objects::nonNull).map(String::valueOf).map(String::strip)
                .filter(e -> !e.isEmpty()).findFirst();
    }

    @Override
    public Optional<String> organisationName(String organizationId) {
        if (organizationId == null) {
            return Optional.empty();
        }
        List<?> names = em.createNamedQuery("Organization.name").setParameter(1, organizationId).getResultList();
        return names.stream().map(String::valueOf).findFirst();
    }

    @Override
    public List<Organisation> organisationsNamed(String text, int max) {
        List<?> rows = em.createNamedQuery("Organization.named")
                .setParameter(1, "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%")
                .setParameter(2, max).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Organisation((String) r[0], (String) r[1])).toList();
    }

    @Override
    public Optional<String> firstCentreId() {
        return em.createNamedQuery("Municipality.firstCentre").getResultList().stream().map(String::valueOf).findFirst();
    }

    @Override
    public Optional<String> firstPartnerId() {
        return em.createNamedQuery("Organization.firstNotCentre").getResultList().stream().map(String::valueOf).findFirst();
    }

    private static Municipality municipality(Object[] r) {
        return new Municipality(new MunicipalityCode((String) r[0]), (String) r[1], (String) r[2], (String) r[3],
                ZoneId.of((String) r[4]), (String) r[5], (String) r[6], (String) r[7]);
    }
}
