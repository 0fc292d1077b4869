package org.familyportal.directory.application.draft;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import org.familyportal.directory.application.port.DirectoryRole;
import org.familyportal.directory.application.port.DraftNotices;
import org.familyportal.directory.application.port.StaffCaller;
import org.familyportal.directory.domain.draft.DraftChangedMeanwhileException;
import org.familyportal.directory.domain.draft.DraftState;
import org.familyportal.directory.domain.draft.ListingDraft;
import org.familyportal.directory.domain.draft.ListingDrafts;
import org.familyportal.directory.domain.draft.ListingSnapshot;
import org.familyportal.directory.domain.draft.PublishedListings;
import org.familyportal.directory.domain.draft.SnapshotJson;
import org.familyportal.directory.domain.listing.ChangeRecord;
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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may touch which listing, without a container: drafts and published listings in memory, the
 * caller an in-test implementation of the directory's own port.
 */
class ListingEditingScopeTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private static final String A = "00000000-0000-0000-0000-00000000000a";
    private static final String B = "00000000-0000-0000-0000-00000000000b";

    private final MemoryDrafts drafts = new MemoryDrafts();
    private final MemoryPublished published = new MemoryPublished();
    private final List<String> mails = new ArrayList<>();
    private final List<ServiceChanged> fired = new ArrayList<>();
    private final List<ChangeRecord> log = new ArrayList<>();

    ListingEditingScopeTest() {
        published.listings.put(A, listing(A, "Центр «Семья»"));
        published.listings.put(B, listing(B, "Фонд «Надежда»"));
    }

    private ListingEditing as(StaffCaller caller) {
        return new ListingEditing(drafts, published, new LogOnly(log), caller, new Notices(mails), new Recorded(fired), CLOCK);
    }

    private static ListingSnapshot listing(String id, String name) {
        ListingSnapshot s = new ListingSnapshot();
        s.getOrganisation().setId(id);
        s.getOrganisation().setName(name);
        s.getOrganisation().setDescription("Помощь семьям");
        ListingSnapshot.Service service = s.addService();
        service.setName("Консультация психолога");
        return s;
    }

    @Test
    void aMemberOpensEditsAndSendsOnlyTheirOwnOrganisation() {
        ListingEditing member = as(StaffCaller.member("anna@a.example", A));
        ListingEditing.Editing opened = member.open(A);
        assertEquals(null, opened.draftId(), "no draft yet: the published listing");
        ListingSnapshot edited = opened.snapshot();
        edited.getServices().get(0).addPhone().setNumber("+7 3952 20-00-00");
        ListingEditing.Editing sent = member.save(null, 0, edited, true);
        assertEquals(DraftState.SUBMITTED, sent.state());
        assertEquals("anna@a.example", sent.author());
        assertEquals(0, published.listings.get(A).getServices().get(0).getPhones().size(), "the public sees no change yet");

        assertThrows(SecurityException.class, () -> member.open(B));
        ListingSnapshot crafted = published.listings.get(B).copy();
        crafted.getOrganisation().setName("Захвачено");
        assertThrows(SecurityException.class, () -> member.save(null, 0, crafted, true));
        // A draft of A sent with B's listing inside, or B's draft by its id: refused too.
        ListingEditing.Editing bDraft = as(StaffCaller.of("mod@portal", DirectoryRole.MODERATOR)).save(null, 0,
                published.listings.get(B).copy(), false);
        assertThrows(SecurityException.class, () -> member.save(bDraft.draftId(), bDraft.version(), crafted, false));
        assertThrows(SecurityException.class, () -> member.save(bDraft.draftId(), bDraft.version(), edited, false));
        assertEquals("Фонд «Надежда»", drafts.byId.get(bDraft.draftId()).snapshot().getOrganisation().getName());
    }

    @Test
    void membersDoNotModerateAndThePublicAndOtherStaffTouchNothing() {
        ListingEditing member = as(StaffCaller.member("anna@a.example", A));
        ListingEditing.Editing sent = member.save(null, 0, published.listings.get(A).copy(), true);
        assertThrows(SecurityException.class, () -> member.queue(Set.of(), "", 0, 10));
        assertThrows(SecurityException.class, () -> member.approve(sent.draftId(), sent.version(), null));
        assertThrows(SecurityException.class, () -> member.reject(sent.draftId(), sent.version(), "нет"));
        assertThrows(SecurityException.class, () -> member.review(sent.draftId()));
        assertThrows(SecurityException.class, () -> as(StaffCaller.of(null)).open(A));
        assertThrows(SecurityException.class, () -> as(StaffCaller.of("admin-less@portal")).open(A));
        assertThrows(SecurityException.class, () -> as(StaffCaller.member("who@x.example")).open(A));
        assertThrows(SecurityException.class, () -> member.newListing());
    }

    @Test
    void aModeratorReachesEveryOrganisationApprovesAndTheSearchAndTheAuthorHear() {
        ListingEditing member = as(StaffCaller.member("anna@a.example", A));
        ListingSnapshot edited = member.open(A).snapshot();
        edited.getServices().get(0).addPhone().setNumber("+7 3952 20-00-00");
        ListingEditing.Editing sent = member.save(null, 0, edited, true);

        ListingEditing moderator = as(StaffCaller.of("mod@portal", DirectoryRole.MODERATOR));
        assertEquals(1, moderator.queue(Set.of(), "семья", 0, 10).size());
        assertEquals(List.of("phones"), moderator.review(sent.draftId()).changes().stream().map(c -> c.field()).toList());
        ListingEditing.Editing approved = moderator.approve(sent.draftId(), sent.version(), null);
        assertEquals(DraftState.APPROVED, approved.state());
        assertEquals("+7 3952 20-00-00", published.listings.get(A).getServices().get(0).getPhones().get(0).getNumber());
        assertEquals(List.of(new ServiceChanged(edited.getServices().get(0).getId())), fired);
        assertEquals(List.of("approved anna@a.example Центр «Семья»"), mails);
        assertTrue(log.stream().anyMatch(c -> c.getField().equals("phones") && c.getUpdatedBy().equals("moderator")
                && "mod@portal".equals(c.getChangedBy())));
        assertTrue(drafts.openFor(A).isEmpty(), "approved: no open draft, a new edit starts a new one");
    }

    @Test
    void anApprovalOverAListingAnImportChangedMeanwhileFirstShowsThatChange() {
        ListingEditing member = as(StaffCaller.member("anna@a.example", A));
        ListingSnapshot edited = member.open(A).snapshot();
        edited.getOrganisation().setAlternateName("Семейный центр");
        ListingEditing.Editing sent = member.save(null, 0, edited, true);
        // An import renames the service while the draft waits.
        published.listings.get(A).getServices().get(0).setName("Консультация психолога (из импорта)");

        ListingEditing moderator = as(StaffCaller.of("mod@portal", DirectoryRole.MODERATOR));
        PublishedListingChangedException held = assertThrows(PublishedListingChangedException.class,
                () -> moderator.approve(sent.draftId(), sent.version(), null));
        assertEquals("draft.publishedChangedMeanwhile", held.messageKey());
        assertEquals(DraftState.SUBMITTED, held.editing().state(), "nothing decided");
        assertEquals("Консультация психолога (из импорта)", published.listings.get(A).getServices().get(0).getName(),
                "the import is not undone");
        assertTrue(log.isEmpty() && fired.isEmpty() && mails.isEmpty());
        assertTrue(moderator.review(sent.draftId()).changes().stream().anyMatch(c -> c.field().equals("name")
                && "Консультация психолога (из импорта)".equals(c.before())), "the review now shows what the draft replaces");

        // Having seen it, the moderator approves again: the draft is published as shown.
        moderator.approve(sent.draftId(), held.editing().version(), null);
        assertEquals("Консультация психолога", published.listings.get(A).getServices().get(0).getName());
        assertEquals("Семейный центр", published.listings.get(A).getOrganisation().getAlternateName());
    }

    @Test
    void aRejectionCarriesItsReasonToTheAuthor() {
        ListingEditing member = as(StaffCaller.member("anna@a.example", A));
        ListingEditing.Editing sent = member.save(null, 0, member.open(A).snapshot(), true);
        as(StaffCaller.of("mod@portal", DirectoryRole.MODERATOR)).reject(sent.draftId(), sent.version(), "Уточните часы");
        ListingEditing.Editing reopened = member.open(A);
        assertEquals(DraftState.REJECTED, reopened.state());
        assertEquals("Уточните часы", reopened.reason());
        assertEquals(List.of("rejected anna@a.example Центр «Семья»: Уточните часы"), mails);
    }

    @Test
    void aSaveFromAnOlderVersionOrBesideAnotherOpenDraftIsRefused() {
        ListingEditing member = as(StaffCaller.member("anna@a.example", A));
        ListingEditing.Editing first = member.save(null, 0, member.open(A).snapshot(), false);
        ListingEditing moderator = as(StaffCaller.of("mod@portal", DirectoryRole.MODERATOR));
        moderator.save(first.draftId(), first.version(), first.snapshot(), false);
        assertEquals("draft.changedMeanwhile", assertThrows(ConcurrentDraftChangeException.class,
                () -> member.save(first.draftId(), first.version(), first.snapshot(), true)).messageKey());
        assertThrows(ConcurrentDraftChangeException.class, () -> member.save(null, 0, first.snapshot(), false));
    }

    @Test
    void anInvalidListingIsNotSavedAndNamesItsFields() {
        ListingEditing member = as(StaffCaller.member("anna@a.example", A));
        ListingSnapshot edited = member.open(A).snapshot();
        edited.getServices().get(0).setName("");
        InvalidDraftException refused = assertThrows(InvalidDraftException.class, () -> member.save(null, 0, edited, true));
        assertEquals("services[0].name", refused.problems().get(0).path());
        assertTrue(drafts.byId.isEmpty());
    }

    /** Drafts in memory; a version moves on every save, as JPA's {@code @Version} does. */
    static final class MemoryDrafts implements ListingDrafts {
        final Map<String, ListingDraft> byId = new HashMap<>();
        final Map<String, Long> versions = new HashMap<>();
        final Map<String, String> written = new HashMap<>();

        @Override
        public Optional<ListingDraft> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<ListingDraft> openFor(String organizationId) {
            return byId.values().stream().filter(d -> d.getOrganizationId().equals(organizationId) && d.getState().isOpen())
                    .findFirst();
        }

        @Override
        public void add(ListingDraft draft) {
            if (openFor(draft.getOrganizationId()).isPresent()) {
                throw new DraftChangedMeanwhileException(null);
            }
            byId.put(draft.getId(), draft);
        }

        @Override
        public List<ListingDraft> queue(Set<DraftState> states, String text, int first, int max) {
            return byId.values().stream().filter(d -> states.contains(d.getState()))
                    .filter(d -> text.isBlank() || d.getOrganizationName().toLowerCase().contains(text)).toList();
        }

        @Override
        public long count(Set<DraftState> states, String text) {
            return queue(states, text, 0, Integer.MAX_VALUE).size();
        }

        @Override
        public long countAll() {
            return byId.size();
        }

        @Override
        public void writeNow() {
            for (ListingDraft d : byId.values()) {
                String state = d.getState() + SnapshotJson.write(d.snapshot()) + d.getReason() + d.getEditedBy();
                if (!state.equals(written.put(d.getId(), state))) {
                    bump(d);
                }
            }
        }

        private static void bump(ListingDraft d) {
            try {
                java.lang.reflect.Field version = ListingDraft.class.getDeclaredField("version");
                version.setAccessible(true);
                version.setLong(d, d.getVersion() + 1);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final class MemoryPublished implements PublishedListings {
        final Map<String, ListingSnapshot> listings = new HashMap<>();

        @Override
        public Optional<ListingSnapshot> read(String organizationId) {
            return Optional.ofNullable(listings.get(organizationId)).map(ListingSnapshot::copy);
        }

        @Override
        public List<String> publish(ListingSnapshot snapshot, LocalDateTime now) {
            listings.put(snapshot.getOrganisation().getId(), snapshot.copy());
            return snapshot.getServices().stream().map(ListingSnapshot.Service::getId).toList();
        }

        @Override
        public List<Municipality> municipalities() {
            return List.of(new Municipality("38-irkutsk", "Иркутск", "Irkutsk", "Иркутская область", "Irkutsk Oblast"));
        }

        @Override
        public List<Term> terms() {
            return List.of();
        }
    }

    record Notices(List<String> mails) implements DraftNotices {
        @Override
        public void approved(String author, String organizationId, String organizationName) {
            mails.add("approved " + author + " " + organizationName);
        }

        @Override
        public void rejected(String author, String organizationId, String organizationName, String reason) {
            mails.add("rejected " + author + " " + organizationName + ": " + reason);
        }
    }

    /** Only the change log: the drafts' use cases write nothing else through {@link Listings}. */
    record LogOnly(List<ChangeRecord> log) implements Listings {
        @Override public Optional<ServiceListing> service(String id) { throw new UnsupportedOperationException(); }
        @Override public Optional<Provider> provider(String id) { throw new UnsupportedOperationException(); }
        @Override public List<ServiceListing> findServices(String text, ServiceStatus status, int first, int max) { throw new UnsupportedOperationException(); }
        @Override public long countServices(String text, ServiceStatus status) { throw new UnsupportedOperationException(); }
        @Override public List<Provider> findProviders(String text, int first, int max) { throw new UnsupportedOperationException(); }
        @Override public long countProviders(String text) { throw new UnsupportedOperationException(); }
        @Override public List<ServiceListing> servicesOf(String providerId) { throw new UnsupportedOperationException(); }
        @Override public void writeNow() { throw new UnsupportedOperationException(); }
        @Override public void record(List<ChangeRecord> changes) { log.addAll(changes); }
        @Override public List<ChangeRecord> history(String resourceId) { throw new UnsupportedOperationException(); }
        @Override public void add(ListingReport report) { throw new UnsupportedOperationException(); }
        @Override public Optional<ListingReport> report(String id) { throw new UnsupportedOperationException(); }
        @Override public List<ListingReport> openReports(int max) { throw new UnsupportedOperationException(); }
        @Override public int deleteReportsBefore(LocalDateTime before) { throw new UnsupportedOperationException(); }
    }

    record Recorded(List<ServiceChanged> fired) implements Event<ServiceChanged> {
        @Override public void fire(ServiceChanged event) { fired.add(event); }
        @Override public <U extends ServiceChanged> CompletionStage<U> fireAsync(U event) { throw new UnsupportedOperationException(); }
        @Override public <U extends ServiceChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) { throw new UnsupportedOperationException(); }
        @Override public Event<ServiceChanged> select(Annotation... qualifiers) { return this; }
        @Override public <U extends ServiceChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) { throw new UnsupportedOperationException(); }
        @Override public <U extends ServiceChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) { throw new UnsupportedOperationException(); }
    }
}
