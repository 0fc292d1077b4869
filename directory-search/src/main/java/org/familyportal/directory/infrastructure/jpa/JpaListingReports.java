package org.familyportal.directory.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.familyportal.directory.domain.listing.ListingReport;
import org.familyportal.directory.domain.listing.ListingReports;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** {@link ListingReports} in JPA, by the entity's named queries, in the caller's transaction. */
@ApplicationScoped
public class JpaListingReports implements ListingReports {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<ListingReport> openReportsOf(Set<String> organizationIds, int max) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("ListingReport.openOf", ListingReport.class)
                .setParameter("organizations", List.copyOf(organizationIds)).setMaxResults(max).getResultList();
    }

    @Override
    public long reportsSince(String serviceId, LocalDateTime since) {
        return em.createNamedQuery("ListingReport.countSince", Long.class)
                .setParameter("service", serviceId).setParameter("since", since).getSingleResult();
    }
}
