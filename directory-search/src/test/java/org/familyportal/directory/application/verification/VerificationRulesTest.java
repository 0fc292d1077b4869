package org.familyportal.directory.application.verification;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import org.familyportal.directory.application.moderation.ListingModeration;
import org.familyportal.directory.application.port.DirectoryRole;
import org.familyportal.directory.application.port.OrganizationContacts.Recipient;
import org.familyportal.directory.application.port.StaffCaller;
import org.familyportal.directory.application.port.VerificationNotices;
import org.familyportal.directory.application.port.VerificationScope;
import org.familyportal.directory.domain.listing.ChangeRecord;
import org.familyportal.directory.domain.listing.ListingReport;
import org.familyportal.directory.domain.listing.Listings;
import org.familyportal.directory.domain.listing.Provider;
import org.familyportal.directory.domain.listing.ServiceChanged;
import org.familyportal.directory.domain.listing.ServiceListing;
import org.familyportal.directory.domain.listing.ServiceStatus;
import org.familyportal.directory.domain.verification.ServiceVerification;
import org.familyportal.directory.domain.verification.VerificationRecords;
import org.familyportal.directory.domain.verification.VerificationReminder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Still accurate" behind the host's scope, and whom the reminder job writes to, without a container:
 * listings and records in memory, the ports as the tests set them.
 */
class VerificationRulesTest {

    private static final LocalDate TODAY = LocalDate.now(Clock.systemUTC());

    private final MemoryListings listings = new MemoryListings();
    private final MemoryRecords records = new MemoryRecords(listings);
    private final List<VerificationNotices.Notice> sent = new ArrayList<>();
    private final Map<String, List<Recipient>> members = new HashMap<>();
    private final VerificationSettings settings = new VerificationSettings();

    @BeforeEach
    void periods() {
        settings.remindAfter = "P6M";
        settings.escalateAfter = "P21D";
        settings.staleAfter = "P12M";
    }

    private ListingVerification verification(VerificationScope scope) {
        ListingVerification verification = new ListingVerification();
        verification.listings = listings;
        verification.moderation = new ListingModeration(listings, StaffCaller.of("moderator@example.org", DirectoryRole.MODERATOR),
                new NoEvents(), Clock.systemUTC());
        verification.records = records;
        verification.scope = scope;
        verification.caller = StaffCaller.of("moderator@example.org", DirectoryRole.MODERATOR);
        verification.settings = settings;
        return verification;
    }

    private VerificationReminders reminders() {
        VerificationReminders reminders = new VerificationReminders();
        reminders.records = records;
        reminders.contacts = organisation -> members.getOrDefault(organisation, List.of());
        reminders.notices = sent::add;
        reminders.settings = settings;
        return reminders;
    }

    private Provider organisation(String email, boolean demo) {
        Provider provider = Provider.newProvider();
        provider.setName("АНО «Тест»");
        provider.setEmail(email);
        listings.providers.put(provider.getId(), provider);
        records.demo.put(provider.getId(), demo);
        return provider;
    }

    private ServiceListing service(Provider provider, LocalDate verified, ServiceStatus status) {
        ServiceListing service = ServiceListing.newService(provider);
        service.setName("Услуга " + listings.services.size());
        service.setStatus(status);
        if (verified != null) {
            service.verify(verified);
        }
        listings.services.put(service.getId(), service);
        return service;
    }

    @Test
    void whomTheScopeRefusesChangesNothing() {
        ServiceListing service = service(organisation("org@example.org", false), TODAY.minusMonths(8), ServiceStatus.ACTIVE);
        VerificationScope nobody = (claimed, organization) -> {
            throw new SecurityException("not a member of " + organization);
        };
        assertThrows(SecurityException.class, () -> verification(nobody).confirm(service.getId(), "stranger@example.org"));
        assertEquals(TODAY.minusMonths(8), service.getAssuredDate());
        assertTrue(listings.log.isEmpty());
    }

    @Test
    void aConfirmationMakesTheActiveServicesVerifiedTodayUnderTheConfirmersRole() {
        Provider provider = organisation("org@example.org", false);
        ServiceListing active = service(provider, TODAY.minusMonths(8), ServiceStatus.ACTIVE);
        ServiceListing retired = service(provider, TODAY.minusMonths(20), ServiceStatus.INACTIVE);
        List<String> asked = new ArrayList<>();
        VerificationScope members = (claimed, organization) -> {
            asked.add(organization);
            return new VerificationScope.Confirmer(claimed, "member");
        };

        assertEquals(1, verification(members).confirmOrganisation(provider.getId(), "member@example.org"));
        assertEquals(List.of(provider.getId()), asked, "the scope is asked for this organisation");
        assertEquals(TODAY, active.getAssuredDate());
        assertEquals(TODAY.minusMonths(20), retired.getAssuredDate(), "a retired service is not confirmed");
        assertTrue(listings.log.stream().allMatch(c -> c.getUpdatedBy().equals("member")
                && c.getChangedBy().equals("member@example.org") && c.getAction().equals("verify")), "logged as the member");
    }

    @Test
    void withoutMembersTheReminderGoesToThePublicAddressOnceAndTheEscalationOnceMore() {
        Provider provider = organisation("org@example.org", false);
        service(provider, TODAY.minusMonths(7), ServiceStatus.ACTIVE);
        service(provider, TODAY.minusMonths(1), ServiceStatus.ACTIVE);

        assertEquals(1, reminders().run());
        assertEquals(1, sent.size());
        VerificationNotices.Notice notice = sent.get(0);
        assertEquals("org@example.org", notice.to().email());
        assertTrue(!notice.escalation() && !notice.toMembers());
        assertEquals(1, notice.services().size(), "only the service past the period is listed");
        assertEquals(TODAY.minusMonths(7).plusMonths(12), notice.staleOn());
        assertEquals(0, reminders().run(), "sent once");

        records.reminders.get(0).sentAt = LocalDateTime.now(Clock.systemUTC()).minusDays(21);
        assertEquals(1, reminders().run());
        assertTrue(sent.get(1).escalation());
        assertEquals(0, reminders().run(), "escalated once");
        assertEquals(List.of(VerificationReminder.Kind.REMINDER, VerificationReminder.Kind.ESCALATION),
                records.reminders.stream().map(r -> r.reminder.getKind()).toList());
    }

    @Test
    void membersGetTheReminderAndTheEscalationReachesThePublicAddressToo() {
        Provider provider = organisation("org@example.org", false);
        service(provider, TODAY.minusMonths(7), ServiceStatus.ACTIVE);
        members.put(provider.getId(), List.of(new Recipient("anna@example.org", Locale.ENGLISH),
                new Recipient("ivan@example.org", Locale.forLanguageTag("ru"))));

        reminders().run();
        assertEquals(List.of("anna@example.org", "ivan@example.org"), sent.stream().map(n -> n.to().email()).toList());
        assertTrue(sent.stream().allMatch(VerificationNotices.Notice::toMembers));
        assertEquals(Locale.ENGLISH, sent.get(0).to().locale(), "each in their language");

        records.reminders.get(0).sentAt = LocalDateTime.now(Clock.systemUTC()).minusDays(22);
        sent.clear();
        reminders().run();
        assertEquals(List.of("anna@example.org", "ivan@example.org", "org@example.org"),
                sent.stream().map(n -> n.to().email()).toList());
        assertEquals(VerificationReminder.Addressee.MEMBERS, records.reminders.get(1).reminder.getAddressedTo());
    }

    @Test
    void demoOrganisationsAndCurrentListingsGetNothingAndAnOrganisationWithoutAddressIsRecordedAsNobody() {
        service(organisation("demo@example.org", true), TODAY.minusMonths(9), ServiceStatus.ACTIVE);
        service(organisation("fresh@example.org", false), TODAY.minusMonths(5), ServiceStatus.ACTIVE);
        Provider silent = organisation(null, false);
        service(silent, TODAY.minusMonths(9), ServiceStatus.ACTIVE);

        assertEquals(1, reminders().run());
        assertTrue(sent.isEmpty());
        assertEquals(VerificationReminder.Addressee.NOBODY, records.reminders.get(0).reminder.getAddressedTo());
        assertEquals(silent.getId(), records.reminders.get(0).reminder.getOrganizationId());
    }

    @Test
    void theModeratorsListShowsRemindersAndWhoDidNotAnswer() {
        Provider provider = organisation("org@example.org", false);
        service(provider, TODAY.minusMonths(13), ServiceStatus.ACTIVE);
        reminders().run();
        records.reminders.get(0).sentAt = LocalDateTime.now(Clock.systemUTC()).minusDays(21);
        reminders().run();

        List<ListingVerification.Unconfirmed> list = verification((c, o) -> null).unconfirmed();
        assertEquals(1, list.size());
        assertTrue(list.get(0).stale() && list.get(0).unresponsive());
        assertEquals(TODAY.minusMonths(13), list.get(0).oldestVerified());
        assertNull(verification((c, o) -> null).staleAmong(List.of("unknown")).stream().findFirst().orElse(null));
    }

    // --- in memory ---

    private static final class NoEvents implements Event<ServiceChanged> {
        @Override public void fire(ServiceChanged event) { }
        @Override public <U extends ServiceChanged> CompletionStage<U> fireAsync(U event) { return null; }
        @Override public <U extends ServiceChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) { return null; }
        @Override public Event<ServiceChanged> select(Annotation... qualifiers) { return this; }
        @Override public <U extends ServiceChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) { return null; }
        @Override public <U extends ServiceChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) { return null; }
    }

    private static final class MemoryListings implements Listings {
        final Map<String, ServiceListing> services = new LinkedHashMap<>();
        final Map<String, Provider> providers = new LinkedHashMap<>();
        final List<ChangeRecord> log = new ArrayList<>();

        @Override public Optional<ServiceListing> service(String id) { return Optional.ofNullable(services.get(id)); }
        @Override public Optional<Provider> provider(String id) { return Optional.ofNullable(providers.get(id)); }
        @Override public List<ServiceListing> findServices(String text, ServiceStatus status, int first, int max) { throw new UnsupportedOperationException(); }
        @Override public long countServices(String text, ServiceStatus status) { throw new UnsupportedOperationException(); }
        @Override public List<Provider> findProviders(String text, int first, int max) { throw new UnsupportedOperationException(); }
        @Override public long countProviders(String text) { throw new UnsupportedOperationException(); }
        @Override public List<ServiceListing> servicesOf(String providerId) {
            return services.values().stream().filter(s -> s.getProvider().getId().equals(providerId)).toList();
        }
        @Override public void writeNow() { }
        @Override public void record(List<ChangeRecord> changes) { log.addAll(changes); }
        @Override public List<ChangeRecord> history(String resourceId) { throw new UnsupportedOperationException(); }
        @Override public void add(ListingReport report) { throw new UnsupportedOperationException(); }
        @Override public Optional<ListingReport> report(String id) { throw new UnsupportedOperationException(); }
        @Override public List<ListingReport> openReports(int max) { throw new UnsupportedOperationException(); }
        @Override public int deleteReportsBefore(LocalDateTime before) { throw new UnsupportedOperationException(); }
    }

    /** A reminder as recorded, with a sending time the test may move back. */
    private static final class Sent {
        final VerificationReminder reminder;
        LocalDateTime sentAt;

        Sent(VerificationReminder reminder) {
            this.reminder = reminder;
            this.sentAt = reminder.getSentAt();
        }

        VerificationReminder asRecorded() {
            return new VerificationReminder(reminder.getOrganizationId(), reminder.getKind(), reminder.getBaseline(), sentAt,
                    reminder.getRecipients(), reminder.getAddressedTo());
        }
    }

    private static final class MemoryRecords implements VerificationRecords {
        private final MemoryListings listings;
        final Map<String, Boolean> demo = new HashMap<>();
        final List<Sent> reminders = new ArrayList<>();

        MemoryRecords(MemoryListings listings) {
            this.listings = listings;
        }

        private List<ServiceListing> due(String organisation, LocalDate upTo) {
            return listings.services.values().stream().filter(s -> s.getProvider().getId().equals(organisation)
                    && s.getStatus() == ServiceStatus.ACTIVE && s.getAssuredDate() != null && !s.getAssuredDate().isAfter(upTo)).toList();
        }

        @Override
        public List<OrganisationDue> organisationsDue(LocalDate upTo, int max) {
            return listings.providers.values().stream().map(p -> {
                List<ServiceListing> due = due(p.getId(), upTo);
                return due.isEmpty() ? null : new OrganisationDue(p.getId(), p.getName(), p.getEmail(), demo.get(p.getId()),
                        due.stream().map(ServiceListing::getAssuredDate).min(LocalDate::compareTo).orElseThrow(), due.size());
            }).filter(java.util.Objects::nonNull).limit(max).toList();
        }

        @Override
        public List<ServiceDue> servicesDue(String organizationId, LocalDate upTo) {
            return due(organizationId, upTo).stream().map(s -> new ServiceDue(s.getId(), s.getName(), s.getAssuredDate())).toList();
        }

        @Override
        public List<VerificationReminder> reminders(String organizationId, LocalDate baseline) {
            return reminders.stream().map(Sent::asRecorded)
                    .filter(r -> r.getOrganizationId().equals(organizationId) && r.getBaseline().equals(baseline)).toList();
        }

        @Override
        public List<VerificationReminder> reminders(Collection<String> organizationIds) {
            return reminders.stream().map(Sent::asRecorded).filter(r -> organizationIds.contains(r.getOrganizationId())).toList();
        }

        @Override
        public void add(VerificationReminder reminder) {
            reminders.add(new Sent(reminder));
        }

        @Override
        public void verified(ServiceVerification verification) {
        }

        @Override
        public Map<String, ServiceVerification> verifications(Collection<String> serviceIds) {
            return Map.of();
        }

        @Override
        public Map<String, LocalDate> verifiedDates(Collection<String> serviceIds) {
            Map<String, LocalDate> dates = new HashMap<>();
            serviceIds.stream().map(listings.services::get).filter(java.util.Objects::nonNull)
                    .filter(s -> s.getAssuredDate() != null).forEach(s -> dates.put(s.getId(), s.getAssuredDate()));
            return dates;
        }
    }
}
