package org.familyportal.directory.domain.listing;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The repository of what moderators edit: services, organisations, their change log and the
 * reports of wrong information. The one implementation is JPA ({@code infrastructure.jpa.JpaListings},
 * the portal's persistence unit); imports write the same {@code service} and {@code organization}
 * rows through the HSDS gateway ({@code domain.hsds.HsdsRows}) and move the same {@code version}, so
 * a moderator's save and an import never silently overwrite each other. Works inside the caller's
 * transaction.
 */
public interface Listings {

    Optional<ServiceListing> service(String id);

    Optional<Provider> provider(String id);

    /** One page of services whose name or organisation contains {@code text}, with {@code status} (null: any). */
    List<ServiceListing> findServices(String text, ServiceStatus status, int first, int max);

    long countServices(String text, ServiceStatus status);

    /** One page of organisations whose name contains {@code text}, by name. */
    List<Provider> findProviders(String text, int first, int max);

    long countProviders(String text);

    /** The services of one organisation, by name. */
    List<ServiceListing> servicesOf(String providerId);

    /**
     * Writes the changes made to listings read in this transaction at once.
     *
     * @throws ListingChangedMeanwhileException when one was saved or imported by someone else meanwhile
     */
    void writeNow();

    /** Adds entries to the change log. */
    void record(List<ChangeRecord> changes);

    /** The change log of one record, newest first. */
    List<ChangeRecord> history(String resourceId);

    void add(ListingReport report);

    Optional<ListingReport> report(String id);

    /** Reports not yet resolved, oldest first, at most {@code max}. */
    List<ListingReport> openReports(int max);

    /** How many reports are not yet resolved. */
    default long countOpenReports() {
        return openReports(Integer.MAX_VALUE).size();
    }

    /** Deletes the reports made before {@code before}, resolved or not; returns how many. */
    int deleteReportsBefore(LocalDateTime before);
}
