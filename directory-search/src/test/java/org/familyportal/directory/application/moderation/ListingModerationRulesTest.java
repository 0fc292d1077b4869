package org.familyportal.directory.application.moderation;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import org.familyportal.directory.application.port.DirectoryRole;
import org.familyportal.directory.application.port.StaffCaller;
import org.familyportal.directory.domain.listing.ChangeRecord;
import org.familyportal.directory.domain.listing.ListingChangedMeanwhileException;
import org.familyportal.directory.domain.listing.ListingReport;
import org.familyportal.directory.domain.listing.Listings;
import org.familyportal.directory.domain.listing.Provider;
import org.familyportal.directory.domain.listing.ServiceChanged;
import org.familyportal.directory.domain.listing.ServiceListing;
import org.familyportal.directory.domain.listing.ServiceStatus;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The moderation rules without a container: a repository in memory, a caller, the events fired. */
class ListingModerationRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private final MemoryListings listings = new MemoryListings();
    private final List<ServiceChanged> fired = new ArrayList<>();

    private ListingModeration as(String name, DirectoryRole... roles) {
        return new ListingModeration(listings, StaffCaller.of(name, roles), new Recorded(fired), CLOCK);
    }

    /** A published service (as an approved draft or an import leaves it), already in the directory. */
    private ServiceListing published(String name) {
        ServiceListing service = ServiceListing.newService(Provider.newProvider());
        service.setName(name);
        service.setStatus(ServiceStatus.ACTIVE);
        listings.services.put(service.getId(), service);
        return service;
    }

    @Test
    void contentIsNeverSavedHereButThroughDrafts() {
        // Every content change is a draft (application.draft.ListingEditing); this service only verifies and retires.
        assertTrue(java.util.Arrays.stream(ListingModeration.class.getMethods())
                .noneMatch(m -> m.getName().equals("save") || m.getName().startsWith("store")), "no direct save");
        assertTrue(java.util.Arrays.stream(Listings.class.getMethods())
                .noneMatch(m -> m.getName().equals("store")), "nor in the repository it uses");
    }

    @Test
    void retiringIsLoggedFieldByFieldUnderTheAuthorsRoleAndReachesTheSearch() {
        ServiceListing service = published("Консультация юриста");
        ServiceListing retired = as("admin@example.org", DirectoryRole.ADMIN).retire(service.getId(), "admin@example.org");
        assertEquals(ServiceStatus.INACTIVE, retired.getStatus());
        assertTrue(listings.log.stream().anyMatch(c -> c.getField().equals("status")
                && c.getPreviousValue().equals("active") && c.getReplacementValue().equals("inactive")));
        assertTrue(listings.log.stream().allMatch(c -> c.getAction().equals("retire")
                && c.getUpdatedBy().equals(ChangeRecord.ADMINISTRATOR) && c.getChangedBy().equals("admin@example.org")));
        assertEquals(List.of(new ServiceChanged(service.getId())), fired);
        assertEquals(LocalDateTime.of(2026, 12, 1, 10, 0), retired.getLastModified());
    }

    @Test
    void anActionOverSomeoneElsesChangeIsRefusedAndNothingIsLogged() {
        ServiceListing service = published("Кризисный центр");
        listings.changedByOthers = true;
        ConcurrentListingChangeException refused = assertThrows(ConcurrentListingChangeException.class,
                () -> as("moderator@example.org", DirectoryRole.MODERATOR).retire(service.getId(), "moderator@example.org"));
        assertEquals("moderation.changedMeanwhile", refused.messageKey());
        assertTrue(listings.log.isEmpty() && fired.isEmpty());
    }

    @Test
    void aReportAnotherModeratorResolvedAtTheSameMomentIsRefusedWithTheChangedMeanwhileMessage() {
        ServiceListing service = published("Горячая линия");
        ListingReport report = new ListingReport(service, "Телефон не отвечает", null, LocalDateTime.now(CLOCK));
        listings.add(report);
        listings.changedByOthers = true;
        ConcurrentListingChangeException refused = assertThrows(ConcurrentListingChangeException.class,
                () -> as("other@example.org", DirectoryRole.MODERATOR).resolveReport(report.getId(), "other@example.org"));
        assertEquals("moderation.changedMeanwhile", refused.messageKey());
    }

    @Test
    void anUnknownServiceIsExplained() {
        InvalidListingException refused = assertThrows(InvalidListingException.class,
                () -> as("moderator@example.org", DirectoryRole.MODERATOR).verify("no-such-service", "moderator@example.org"));
        assertEquals("moderation.service.missing", refused.messageKey());
    }

    @Test
    void verifyingMovesLastVerifiedToToday() {
        ServiceListing service = published("Школа приёмных родителей");
        ServiceListing verified = as("moderator@example.org", DirectoryRole.MODERATOR).verify(service.getId(), "moderator@example.org");
        assertEquals(LocalDate.of(2026, 12, 1), verified.getAssuredDate());
        assertTrue(listings.log.stream().anyMatch(c -> c.getAction().equals("verify") && c.getUpdatedBy().equals(ChangeRecord.MODERATOR)));
    }

    @Test
    void nobodyModeratesWithoutTheRoleOrInAnothersName() {
        ServiceListing service = published("Лекторий");
        assertThrows(SecurityException.class,
                () -> as("editor@example.org").retire(service.getId(), "editor@example.org"));
        assertThrows(SecurityException.class,
                () -> as("moderator@example.org", DirectoryRole.MODERATOR).verify(service.getId(), "admin@example.org"));
        assertThrows(SecurityException.class, () -> as(null).openReports());
        assertEquals(ServiceStatus.ACTIVE, service.getStatus());
        assertTrue(listings.log.isEmpty());
    }

    /** The repository in memory; {@code changedByOthers} makes every write meet a newer version. */
    private static final class MemoryListings implements Listings {
        final Map<String, ServiceListing> services = new LinkedHashMap<>();
        final Map<String, Provider> providers = new LinkedHashMap<>();
        final List<ChangeRecord> log = new ArrayList<>();
        final List<ListingReport> reports = new ArrayList<>();
        boolean changedByOthers;

        @Override
        public Optional<ServiceListing> service(String id) {
            return Optional.ofNullable(services.get(id));
        }

        @Override
        public Optional<Provider> provider(String id) {
            return Optional.ofNullable(providers.get(id));
        }

        @Override
        public List<ServiceListing> findServices(String text, ServiceStatus status, int first, int max) {
            return services.values().stream().skip(first).limit(max).toList();
        }

        @Override
        public long countServices(String text, ServiceStatus status) {
            return services.size();
        }

        @Override
        public List<Provider> findProviders(String text, int first, int max) {
            return providers.values().stream().skip(first).limit(max).toList();
        }

        @Override
        public long countProviders(String text) {
            return providers.size();
        }

        @Override
        public List<ServiceListing> servicesOf(String providerId) {
            return services.values().stream().filter(s -> s.getProvider().getId().equals(providerId)).toList();
        }

        @Override
        public void writeNow() {
            if (changedByOthers) {
                throw new ListingChangedMeanwhileException(null);
            }
        }

        @Override
        public void record(List<ChangeRecord> changes) {
            log.addAll(changes);
        }

        @Override
        public List<ChangeRecord> history(String resourceId) {
            return log.stream().filter(c -> c.getResourceId().equals(resourceId)).toList();
        }

        @Override
        public void add(ListingReport report) {
            reports.add(report);
        }

        @Override
        public Optional<ListingReport> report(String id) {
            return reports.stream().filter(r -> r.getId().equals(id)).findFirst();
        }

        @Override
        public List<ListingReport> openReports(int max) {
            return reports.stream().filter(r -> r.getResolvedAt() == null).limit(max).toList();
        }

        @Override
        public int deleteReportsBefore(LocalDateTime before) {
            int before0 = reports.size();
            reports.removeIf(r -> r.getReportedAt().isBefore(before));
            return before0 - reports.size();
        }
    }

    /** The events a use case fires, in order. */
    private record Recorded(List<ServiceChanged> into) implements Event<ServiceChanged> {
        @Override
        public void fire(ServiceChanged event) {
            into.add(event);
        }

        @Override
        public <U extends ServiceChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ServiceChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<ServiceChanged> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends ServiceChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends ServiceChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
