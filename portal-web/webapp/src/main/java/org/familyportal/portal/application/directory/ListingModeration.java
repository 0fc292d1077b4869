package org.familyportal.portal.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.familyportal.directory.domain.listing.ChangeLog;
import org.familyportal.directory.domain.listing.ChangeRecord;
import org.familyportal.directory.domain.listing.ListingReport;
import org.familyportal.directory.domain.listing.Provider;
import org.familyportal.directory.domain.listing.ServiceListing;
import org.familyportal.directory.domain.listing.ServiceStatus;

import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.domain.account.Role;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moderators and administrators keep the directory right: they create, edit, verify and retire
 * services and organisations. Every change is written to the change log (HSDS metadata), published
 * with the author's role and kept with the staff account for staff; editing moves "last modified",
 * verifying moves "last verified". A save made from a version that someone else (a moderator or an
 * import) has changed meanwhile is refused ({@link ConcurrentListingChangeException}), never
 * silently overwriting their change.
 */
@ApplicationScoped
public class ListingModeration {

    private static final ChangeLog<ServiceListing> SERVICE_LOG = new ChangeLog<ServiceListing>("service")
            .field("organization_id", ServiceListing::getProvider)
            .field("name", ServiceListing::getName)
            .field("alternate_name", ServiceListing::getAlternateName)
            .field("description", ServiceListing::getDescription)
            .field("status", s -> s.getStatus() == null ? null : s.getStatus().hsds())
            .field("application_process", ServiceListing::getApplicationProcess)
            .field("fees_description", ServiceListing::getFeesDescription)
            .field("eligibility_description", ServiceListing::getEligibilityDescription)
            .field("minimum_age", ServiceListing::getMinimumAge)
            .field("maximum_age", ServiceListing::getMaximumAge)
            .field("url", ServiceListing::getUrl)
            .field("email", ServiceListing::getEmail)
            .field("assured_date", ServiceListing::getAssuredDate);

    private static final ChangeLog<Provider> PROVIDER_LOG = new ChangeLog<Provider>("organization")
            .field("name", Provider::getName)
            .field("alternate_name", Provider::getAlternateName)
            .field("description", Provider::getDescription)
            .field("email", Provider::getEmail)
            .field("website", Provider::getWebsite);

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Event<ServiceChanged> serviceChanged;

    @Inject
    CurrentCaller caller;

    @Inject
    SecurityContext security;

    public Optional<ServiceListing> service(String id) {
        return Optional.ofNullable(id == null ? null : em.find(ServiceListing.class, id));
    }

    public Optional<Provider> provider(String id) {
        return Optional.ofNullable(id == null ? null : em.find(Provider.class, id));
    }

    /** One page of services whose name or organisation contains {@code text}, with {@code status} (null: any). */
    public List<ServiceListing> findServices(String text, ServiceStatus status, int first, int max) {
        return serviceQuery("select s", text, status, ServiceListing.class, " order by s.name, s.id")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long countServices(String text, ServiceStatus status) {
        return serviceQuery("select count(s)", text, status, Long.class, "").getSingleResult();
    }

    private <R> jakarta.persistence.TypedQuery<R> serviceQuery(String select, String text, ServiceStatus status,
                                                               Class<R> type, String order) {
        String jpql = select + " from ServiceListing s where (lower(s.name) like :text or lower(s.provider.name) like :text)"
                + (status == null ? "" : " and s.status = :status") + order;
        jakarta.persistence.TypedQuery<R> query = em.createQuery(jpql, type)
                .setParameter("text", like(text));
        if (status != null) {
            query.setParameter("status", status);
        }
        return query;
    }

    public long countProviders(String text) {
        return em.createQuery("select count(p) from Provider p where lower(p.name) like :text", Long.class)
                .setParameter("text", like(text)).getSingleResult();
    }

    public List<Provider> findProviders(String text, int first, int max) {
        return em.createQuery("select p from Provider p where lower(p.name) like :text order by p.name, p.id",
                Provider.class).setParameter("text", like(text)).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public List<ServiceListing> servicesOf(String providerId) {
        return em.createQuery("select s from ServiceListing s where s.provider.id = :id order by s.name", ServiceListing.class)
                .setParameter("id", providerId).getResultList();
    }

    /** Retires every service of the organisation (an organisation has no status of its own in HSDS). */
    @Transactional
    public int retireProvider(String providerId, String by) {
        by = caller.actingAs(by, Role.MODERATOR, Role.ADMIN);
        int retired = 0;
        for (ServiceListing service : servicesOf(providerId)) {
            if (service.getStatus() != ServiceStatus.INACTIVE) {
                retire(service.getId(), by);
                retired++;
            }
        }
        return retired;
    }

    private static String like(String text) {
        return "%" + (text == null ? "" : text.strip().toLowerCase()) + "%";
    }

    /** Organisations whose name contains {@code text}, for choosing one. */
    public List<Provider> providersNamed(String text, int max) {
        return em.createQuery("select p from Provider p where lower(p.name) like :text order by p.name", Provider.class)
                .setParameter("text", like(text)).setMaxResults(max).getResultList();
    }

    /** Saves a new or edited service and logs each changed field. */
    @Transactional
    public ServiceListing save(ServiceListing edited, String by) {
        by = caller.actingAs(by, Role.MODERATOR, Role.ADMIN);
        if (!edited.isAgeRangeConsistent()) {
            throw new InvalidListingException("moderation.service.ageRange");
        }
        ServiceListing current = em.find(ServiceListing.class, edited.getId());
        if (current != null && current.getVersion() != edited.getVersion()) {
            throw new ConcurrentListingChangeException();
        }
        Map<String, String> before = current == null ? Map.of() : SERVICE_LOG.snapshot(current);
        edited.touch(LocalDateTime.now(clock));
        ServiceListing saved = written(() -> current == null ? persist(edited) : em.merge(edited));
        log(SERVICE_LOG.changes(saved.getId(), before, saved, current == null ? "create" : "update", today(), role(), by));
        serviceChanged.fire(new ServiceChanged(saved.getId()));
        return saved;
    }

    /** A person checked the listing: "last verified" becomes today. */
    @Transactional
    public ServiceListing verify(String id, String by) {
        by = caller.actingAs(by, Role.MODERATOR, Role.ADMIN);
        ServiceListing service = existing(id);
        Map<String, String> before = SERVICE_LOG.snapshot(service);
        service.verify(today());
        written(() -> service);
        log(SERVICE_LOG.changes(id, before, service, "verify", today(), role(), by));
        serviceChanged.fire(new ServiceChanged(id));
        return service;
    }

    /** Takes a service out of the public directory; it stays in the database and its history. */
    @Transactional
    public ServiceListing retire(String id, String by) {
        by = caller.actingAs(by, Role.MODERATOR, Role.ADMIN);
        ServiceListing service = existing(id);
        Map<String, String> before = SERVICE_LOG.snapshot(service);
        service.setStatus(ServiceStatus.INACTIVE);
        service.touch(LocalDateTime.now(clock));
        written(() -> service);
        log(SERVICE_LOG.changes(id, before, service, "retire", today(), role(), by));
        serviceChanged.fire(new ServiceChanged(id));
        return service;
    }

    @Transactional
    public Provider save(Provider edited, String by) {
        by = caller.actingAs(by, Role.MODERATOR, Role.ADMIN);
        Provider current = em.find(Provider.class, edited.getId());
        if (current != null && current.getVersion() != edited.getVersion()) {
            throw new ConcurrentListingChangeException();
        }
        Map<String, String> before = current == null ? Map.of() : PROVIDER_LOG.snapshot(current);
        Provider saved = written(() -> current == null ? persistProvider(edited) : em.merge(edited));
        log(PROVIDER_LOG.changes(saved.getId(), before, saved, current == null ? "create" : "update", today(), role(), by));
        servicesOf(saved.getId()).forEach(s -> serviceChanged.fire(new ServiceChanged(s.getId())));
        return saved;
    }

    /** Someone reports wrong information on a public service page. */
    @Transactional
    public void report(String serviceId, String message, String contact) {
        ServiceListing service = service(serviceId).orElseThrow(() -> new InvalidListingException("moderation.service.missing"));
        em.persist(new ListingReport(service, message, contact, LocalDateTime.now(clock)));
    }

    /**
     * Deletes reports of wrong information older than {@code retention}, resolved or not: they hold a
     * reporter's words and contact, which are kept no longer than a moderator needs them.
     */
    @Transactional
    public int purgeReports(java.time.Duration retention) {
        int purged = em.createQuery("delete from ListingReport r where r.reportedAt < :before")
                .setParameter("before", LocalDateTime.now(clock).minus(retention)).executeUpdate();
        if (purged > 0) {
            java.util.logging.Logger.getLogger(ListingModeration.class.getName())
                    .info(() -> purged + " reports of wrong information deleted after " + retention);
        }
        return purged;
    }

    /** Reports not yet resolved, oldest first. */
    public List<ListingReport> openReports() {
        caller.require(Role.MODERATOR, Role.ADMIN);
        return em.createQuery("select r from ListingReport r where r.resolvedAt is null order by r.reportedAt",
                ListingReport.class).setMaxResults(200).getResultList();
    }

    @Transactional
    public void resolveReport(String reportId, String by) {
        by = caller.actingAs(by, Role.MODERATOR, Role.ADMIN);
        ListingReport report = em.find(ListingReport.class, reportId);
        if (report != null && report.getResolvedAt() == null) {
            report.resolve(by, LocalDateTime.now(clock));
        }
    }

    /** The change log of one record, newest first. */
    public List<ChangeRecord> history(String resourceId) {
        caller.require(Role.MODERATOR, Role.ADMIN);
        return em.createQuery("select c from ChangeRecord c where c.resourceId = :id order by c.date desc, c.id",
                ChangeRecord.class).setParameter("id", resourceId).getResultList();
    }

    /**
     * Writes now (so that a version conflict is known here, not at commit): an update whose
     * version no longer matches the row (someone saved or imported meanwhile) is refused.
     */
    private <T> T written(java.util.function.Supplier<T> write) {
        try {
            T entity = write.get();
            em.flush();
            return entity;
        } catch (PersistenceException e) {
            if (optimisticLock(e)) {
                throw new ConcurrentListingChangeException();
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

    /** How the change log publishes the author: a role, never the person's address. */
    private String role() {
        return security.isCallerInRole("ADMIN") ? ChangeRecord.ADMINISTRATOR : ChangeRecord.MODERATOR;
    }

    private ServiceListing existing(String id) {
        return service(id).orElseThrow(() -> new InvalidListingException("moderation.service.missing"));
    }

    private ServiceListing persist(ServiceListing service) {
        em.persist(service);
        return service;
    }

    private Provider persistProvider(Provider provider) {
        em.persist(provider);
        return provider;
    }

    private void log(List<ChangeRecord> changes) {
        changes.forEach(em::persist);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
