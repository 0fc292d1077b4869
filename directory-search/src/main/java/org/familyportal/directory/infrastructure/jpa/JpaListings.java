package org.familyportal.directory.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import org.familyportal.directory.domain.listing.ChangeRecord;
import org.familyportal.directory.domain.listing.ListingChangedMeanwhileException;
import org.familyportal.directory.domain.listing.ListingReport;
import org.familyportal.directory.domain.listing.Listings;
import org.familyportal.directory.domain.listing.Provider;
import org.familyportal.directory.domain.listing.ServiceListing;
import org.familyportal.directory.domain.listing.ServiceStatus;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link Listings} in JPA over the portal's persistence unit, in the caller's (JTA) transaction. */
@ApplicationScoped
public class JpaListings implements Listings {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<ServiceListing> service(String id) {
        return Optional.ofNullable(id == null ? null : em.find(ServiceListing.class, id));
    }

    @Override
    public Optional<Provider> provider(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Provider.class, id));
    }

    @Override
    public List<ServiceListing> findServices(String text, ServiceStatus status, int first, int max) {
        return serviceQuery("select s", text, status, ServiceListing.class, " order by s.name, s.id")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countServices(String text, ServiceStatus status) {
        return serviceQuery("select count(s)", text, status, Long.class, "").getSingleResult();
    }

    private <R> TypedQuery<R> serviceQuery(String select, String text, ServiceStatus status, Class<R> type, String order) {
        String jpql = select + " from ServiceListing s where (lower(s.name) like :text or lower(s.provider.name) like :text)"
                + (status == null ? "" : " and s.status = :status") + order;
        TypedQuery<R> query = em.createQuery(jpql, type).setParameter("text", like(text));
        if (status != null) {
            query.setParameter("status", status);
        }
        return query;
    }

    @Override
    public List<Provider> findProviders(String text, int first, int max) {
        return em.createQuery("select p from Provider p where lower(p.name) like :text order by p.name, p.id",
                Provider.class).setParameter("text", like(text)).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countProviders(String text) {
        return em.createQuery("select count(p) from Provider p where lower(p.name) like :text", Long.class)
                .setParameter("text", like(text)).getSingleResult();
    }

    @Override
    public List<ServiceListing> servicesOf(String providerId) {
        return em.createQuery("select s from ServiceListing s where s.provider.id = :id order by s.name", ServiceListing.class)
                .setParameter("id", providerId).getResultList();
    }

    @Override
    public void writeNow() {
        written(() -> null);
    }

    @Override
    public void record(List<ChangeRecord> changes) {
        changes.forEach(em::persist);
    }

    @Override
    public List<ChangeRecord> history(String resourceId) {
        return em.createQuery("select c from ChangeRecord c where c.resourceId = :id order by c.date desc, c.id",
                ChangeRecord.class).setParameter("id", resourceId).getResultList();
    }

    @Override
    public void add(ListingReport report) {
        em.persist(report);
    }

    @Override
    public Optional<ListingReport> report(String id) {
        return Optional.ofNullable(id == null ? null : em.find(ListingReport.class, id));
    }

    @Override
    public List<ListingReport> openReports(int max) {
        return em.createQuery("select r from ListingReport r where r.resolvedAt is null order by r.reportedAt",
                ListingReport.class).setMaxResults(max).getResultList();
    }

    @Override
    public long countOpenReports() {
        return em.createQuery("select count(r) from ListingReport r where r.resolvedAt is null", Long.class)
                .getSingleResult();
    }

    @Override
    public int deleteReportsBefore(LocalDateTime before) {
        return em.createQuery("delete from ListingReport r where r.reportedAt < :before")
                .setParameter("before", before).executeUpdate();
    }

    /**
     * Writes now (so that a version conflict is known here, not at commit): an update whose
     * version no longer matches the row (someone saved or imported meanwhile) is refused.
     */
    private <T> T written(Supplier<T> write) {
        try {
            T entity = write.get();
            em.flush();
            return entity;
        } catch (PersistenceException e) {
            if (optimisticLock(e)) {
                throw new ListingChangedMeanwhileException(e);
            }
            throw e;
        }
    }

    private static boolean optimisticLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    private static String like(String text) {
        return "%" + (text == null ? "" : text.strip().toLowerCase()) + "%";
    }
}
