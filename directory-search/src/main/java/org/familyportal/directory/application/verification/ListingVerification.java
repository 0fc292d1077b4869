package org.familyportal.directory.application.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.directory.application.moderation.InvalidListingException;
import org.familyportal.directory.application.moderation.ListingModeration;
import org.familyportal.directory.application.port.DirectoryCaller;
import org.familyportal.directory.application.port.DirectoryRole;
import org.familyportal.directory.application.port.VerificationScope;
import org.familyportal.directory.domain.listing.Listings;
import org.familyportal.directory.domain.listing.ServiceListing;
import org.familyportal.directory.domain.listing.ServiceStatus;
import org.familyportal.directory.domain.verification.ServiceVerification;
import org.familyportal.directory.domain.verification.VerificationPeriods;
import org.familyportal.directory.domain.verification.VerificationRecords;
import org.familyportal.directory.domain.verification.VerificationRecords.OrganisationDue;
import org.familyportal.directory.domain.verification.VerificationReminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Still accurate": whoever the host lets confirm an organisation's listings ({@link VerificationScope}:
 * moderators and administrators now, the organisation's members once memberships exist) confirms a
 * service, or all of an organisation's active services, in one click. The verified date (HSDS
 * {@code assured_date}) becomes today, the change log says so, and who confirmed is kept for staff.
 * Also what the public and the moderators see of it: which services may be out of date, and which
 * organisations did not confirm their listings after reminders.
 */
@ApplicationScoped
public class ListingVerification {

    private static final int MAX_LISTED = 500;

    private final Clock clock = Clock.systemUTC();

    @Inject
    Listings listings;

    @Inject
    ListingModeration moderation;

    @Inject
    VerificationRecords records;

    @Inject
    VerificationScope scope;

    @Inject
    DirectoryCaller caller;

    @Inject
    VerificationSettings settings;

    /** An organisation past the reminder period, as moderators see it to decide on delisting. */
    public record Unconfirmed(String organizationId, String name, LocalDate oldestVerified, int services, boolean stale,
                              LocalDateTime reminded, LocalDateTime escalated, VerificationReminder.Addressee addressedTo,
                              boolean demo) {

        /** Reminded and escalated without an answer. */
        public boolean unresponsive() {
            return escalated != null;
        }
    }

    /** Confirms one service "still accurate" as {@code by}. */
    @Transactional
    public ServiceListing confirm(String serviceId, String by) {
        ServiceListing service = listings.service(serviceId)
                .orElseThrow(() -> new InvalidListingException("moderation.service.missing"));
        VerificationScope.Confirmer confirmer = scope.confirmer(by, service.getProvider().getId());
        return confirmed(service, confirmer);
    }

    /** Confirms every active service of the organisation "still accurate" as {@code by}; returns how many. */
    @Transactional
    public int confirmOrganisation(String organizationId, String by) {
        if (listings.provider(organizationId).isEmpty()) {
            throw new InvalidListingException("moderation.provider.missing");
        }
        VerificationScope.Confirmer confirmer = scope.confirmer(by, organizationId);
        int confirmed = 0;
        for (ServiceListing service : listings.servicesOf(organizationId)) {
            if (service.getStatus() == ServiceStatus.ACTIVE) {
                confirmed(service, confirmer);
                confirmed++;
            }
        }
        return confirmed;
    }

    private ServiceListing confirmed(ServiceListing service, VerificationScope.Confirmer confirmer) {
        return moderation.verified(service, confirmer.name(), confirmer.role());
    }

    /** Who last confirmed the service in the portal (staff only). */
    public Optional<ServiceVerification> lastConfirmation(String serviceId) {
        caller.require(DirectoryRole.MODERATOR, DirectoryRole.ADMIN);
        return Optional.ofNullable(records.verifications(List.of(serviceId)).get(serviceId));
    }

    /** Whether the public sees "information may be out of date" for a service verified on {@code verified}. */
    public boolean isStale(LocalDate verified) {
        return periods().isStale(verified, today());
    }

    /** Of these services, those the public sees as possibly out of date (for a page of search results). */
    public Set<String> staleAmong(Collection<String> serviceIds) {
        Set<String> stale = new HashSet<>();
        LocalDate today = today();
        records.verifiedDates(Set.copyOf(serviceIds)).forEach((id, verified) -> {
            if (periods().isStale(verified, today)) {
                stale.add(id);
            }
        });
        return stale;
    }

    /**
     * Organisations with listings past the reminder period, oldest first (invented demo organisations
     * after the others), with the reminders sent for their current baseline: moderators decide on
     * delisting (retiring the services) from here.
     */
    public List<Unconfirmed> unconfirmed() {
        caller.require(DirectoryRole.MODERATOR, DirectoryRole.ADMIN);
        LocalDate today = today();
        VerificationPeriods periods = periods();
        List<OrganisationDue> due = records.organisationsDue(periods.remindUpTo(today), MAX_LISTED);
        Map<String, List<VerificationReminder>> sent = records.reminders(due.stream().map(OrganisationDue::organizationId)
                .toList()).stream().collect(Collectors.groupingBy(VerificationReminder::getOrganizationId));
        return due.stream().map(o -> {
            List<VerificationReminder> forBaseline = sent.getOrDefault(o.organizationId(), List.of()).stream()
                    .filter(r -> r.getBaseline().equals(o.baseline())).toList();
            VerificationReminder reminder = first(forBaseline, VerificationReminder.Kind.REMINDER);
            VerificationReminder escalation = first(forBaseline, VerificationReminder.Kind.ESCALATION);
            return new Unconfirmed(o.organizationId(), o.name(), o.baseline(), o.services(),
                    periods.isStale(o.baseline(), today),
                    reminder == null ? null : reminder.getSentAt(), escalation == null ? null : escalation.getSentAt(),
                    escalation != null ? escalation.getAddressedTo() : reminder == null ? null : reminder.getAddressedTo(),
                    o.demo());
        }).sorted(java.util.Comparator.comparing(Unconfirmed::demo)).toList();
    }

    public VerificationPeriods periods() {
        return settings.periods();
    }

    private static VerificationReminder first(List<VerificationReminder> reminders, VerificationReminder.Kind kind) {
        return reminders.stream().filter(r -> r.getKind() == kind).findFirst().orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
