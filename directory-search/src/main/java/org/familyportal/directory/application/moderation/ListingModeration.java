package org.familyportal.directory.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.directory.application.port.DirectoryCaller;
import org.familyportal.directory.application.port.DirectoryRole;
import org.familyportal.directory.domain.listing.ChangeLog;
import org.familyportal.directory.domain.listing.ChangeRecord;
import org.familyportal.directory.domain.listing.ListingChangedMeanwhileException;
import org.familyportal.directory.domain.listing.ListingReport;
import org.familyportal.directory.domain.listing.Listings;
import org.familyportal.directory.domain.listing.Provider;
import org.familyportal.directory.domain.listing.ServiceChanged;
import org.familyportal.directory.domain.listing.ServiceListing;
import org.familyportal.directory.domain.listing.ServiceStatus;
import org.familyportal.directory.domain.verification.ServiceVerification;
import org.familyportal.directory.domain.verification.VerificationRecords;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Moderators and administrators keep the directory right beyond its content: they verify ("still
 * accurate") and retire services and organisations, read the change log and the reports of wrong
 * information. Content is never changed here: every new listing and every change to a published one
 * is a draft of {@code application.draft.ListingEditing}, public only once a moderator approves it
 * (HSDS imports, an administrator's audited path, are the one other writer). Every action is written
 * to the change log (HSDS metadata), published with the author's role and kept with the staff account
 * for staff; retiring moves "last modified", verifying moves "last verified". An action on a version
 * that someone else has changed meanwhile is refused ({@link ConcurrentListingChangeException}).
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

    private final Clock clock;

    @Inject
    Listings listings;

    @Inject
    Event<ServiceChanged> serviceChanged;

    @Inject
    DirectoryCaller caller;

    /** Who confirmed which listing, for staff (not set outside a container: the rules' tests need none). */
    @Inject
    VerificationRecords verifications;

    /** For CDI. */
    public ListingModeration() {
        this.clock = Clock.systemUTC();
    }

    /** Outside a container (tests of the rules): over {@code listings}, as {@code caller}, firing to {@code serviceChanged}. */
    public ListingModeration(Listings listings, DirectoryCaller caller, Event<ServiceChanged> serviceChanged, Clock clock) {
        this.listings = listings;
        this.caller = caller;
        this.serviceChanged = serviceChanged;
        this.clock = clock;
    }

    public Optional<ServiceListing> service(String id) {
        return listings.service(id);
    }

    public Optional<Provider> provider(String id) {
        return listings.provider(id);
    }

    /** One page of services whose name or organisation contains {@code text}, with {@code status} (null: any). */
    public List<ServiceListing> findServices(String text, ServiceStatus status, int first, int max) {
        return listings.findServices(text, status, first, max);
    }

    public long countServices(String text, ServiceStatus status) {
        return listings.countServices(text, status);
    }

    public long countProviders(String text) {
        return listings.countProviders(text);
    }

    public List<Provider> findProviders(String text, int first, int max) {
        return listings.findProviders(text, first, max);
    }

    public List<ServiceListing> servicesOf(String providerId) {
        return listings.servicesOf(providerId);
    }

    /** Retires every service of the organisation (an organisation has no status of its own in HSDS). */
    @Transactional
    public int retireProvider(String providerId, String by) {
        by = caller.actingAs(by, DirectoryRole.MODERATOR, DirectoryRole.ADMIN);
        int retired = 0;
        for (ServiceListing service : servicesOf(providerId)) {
            if (service.getStatus() != ServiceStatus.INACTIVE) {
                retire(service.getId(), by);
                retired++;
            }
        }
        return retired;
    }

    /** A person checked the listing: "last verified" becomes today. */
    @Transactional
    public ServiceListing verify(String id, String by) {
        by = caller.actingAs(by, DirectoryRole.MODERATOR, DirectoryRole.ADMIN);
        return verified(existing(id), by, role());
    }

    /**
     * "Still accurate", confirmed by {@code by} acting as {@code role} (the change log's public author),
     * whose right to confirm this service's organisation the caller ({@code application.verification})
     * has checked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ServiceListing verified(ServiceListing service, String by, String role) {
        String id = service.getId();
        Map<String, String> before = SERVICE_LOG.snapshot(service);
        service.verify(today());
        written(() -> service);
        log(SERVICE_LOG.changes(id, before, service, "verify", today(), role, by));
        if (verifications != null) {
            verifications.verified(new ServiceVerification(id, LocalDateTime.now(clock), by, role));
        }
        serviceChanged.fire(new ServiceChanged(id));
        return service;
    }

    /** Takes a service out of the public directory; it stays in the database and its history. */
    @Transactional
    public ServiceListing retire(String id, String by) {
        by = caller.actingAs(by, DirectoryRole.MODERATOR, DirectoryRole.ADMIN);
        ServiceListing service = existing(id);
        Map<String, String> before = SERVICE_LOG.snapshot(service);
        service.setStatus(ServiceStatus.INACTIVE);
        service.touch(LocalDateTime.now(clock));
        written(() -> service);
        log(SERVICE_LOG.changes(id, before, service, "retire", today(), role(), by));
        serviceChanged.fire(new ServiceChanged(id));
        return service;
    }

    /**
     * Deletes reports of wrong information older than {@code retention}, resolved or not: they hold a
     * reporter's words and contact, which are kept no longer than a moderator needs them.
     */
    @Transactional
    public int purgeReports(java.time.Duration retention) {
        int purged = listings.deleteReportsBefore(LocalDateTime.now(clock).minus(retention));
        if (purged > 0) {
            java.util.logging.Logger.getLogger(ListingModeration.class.getName())
                    .info(() -> purged + " reports of wrong information deleted after " + retention);
        }
        return purged;
    }

    /** How many reports wait for a moderator. */
    public long openReportCount() {
        caller.require(DirectoryRole.MODERATOR, DirectoryRole.ADMIN);
        return listings.countOpenReports();
    }

    /** Reports not yet resolved, oldest first. */
    public List<ListingReport> openReports() {
        caller.require(DirectoryRole.MODERATOR, DirectoryRole.ADMIN);
        return listings.openReports(200);
    }

    /**
     * Marks a report resolved (one resolved already stays as it was).
     *
     * @throws ConcurrentListingChangeException when another moderator resolved it at the same moment
     */
    @Transactional
    public void resolveReport(String reportId, String by) {
        String resolver = caller.actingAs(by, DirectoryRole.MODERATOR, DirectoryRole.ADMIN);
        written(() -> {
            listings.report(reportId).filter(r -> r.getResolvedAt() == null)
                    .ifPresent(r -> r.resolve(resolver, LocalDateTime.now(clock)));
            return null;
        });
    }

    /** The change log of one record, newest first. */
    public List<ChangeRecord> history(String resourceId) {
        caller.require(DirectoryRole.MODERATOR, DirectoryRole.ADMIN);
        return listings.history(resourceId);
    }

    /**
     * Writes now (so that a version conflict is known here, not at commit): an update whose
     * version no longer matches the row (someone saved or imported meanwhile) is refused.
     */
    private <T> T written(Supplier<T> write) {
        try {
            T entity = write.get();
            listings.writeNow();
            return entity;
        } catch (ListingChangedMeanwhileException e) {
            throw new ConcurrentListingChangeException();
        }
    }

    /** How the change log publishes the author: a role, never the person's address. */
    private String role() {
        return caller.isAdministrator() ? ChangeRecord.ADMINISTRATOR : ChangeRecord.MODERATOR;
    }

    private ServiceListing existing(String id) {
        return service(id).orElseThrow(() -> new InvalidListingException("moderation.service.missing"));
    }

    private void log(List<ChangeRecord> changes) {
        listings.record(changes);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
