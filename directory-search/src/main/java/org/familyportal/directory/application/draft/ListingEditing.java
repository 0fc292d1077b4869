package org.familyportal.directory.application.draft;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.directory.application.port.DirectoryCaller;
import org.familyportal.directory.application.port.DirectoryRole;
import org.familyportal.directory.application.port.DraftNotices;
import org.familyportal.directory.domain.draft.DraftChangedMeanwhileException;
import org.familyportal.directory.domain.draft.DraftState;
import org.familyportal.directory.domain.draft.DraftStateException;
import org.familyportal.directory.domain.draft.ListingDiff;
import org.familyportal.directory.domain.draft.ListingDiff.FieldChange;
import org.familyportal.directory.domain.draft.ListingDraft;
import org.familyportal.directory.domain.draft.ListingDrafts;
import org.familyportal.directory.domain.draft.ListingSnapshot;
import org.familyportal.directory.domain.draft.PublishedListings;
import org.familyportal.directory.domain.draft.SnapshotCheck;
import org.familyportal.directory.domain.draft.SnapshotCheck.Problem;
import org.familyportal.directory.domain.listing.ChangeRecord;
import org.familyportal.directory.domain.listing.Listings;
import org.familyportal.directory.domain.listing.ServiceChanged;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeping a listing through drafts. The public sees the published listing until a moderator
 * approves a draft; an organisation has one open draft at a time, which its members and the
 * moderators edit (each save from the version it was read at, or refused). A member (role {@code
 * ORG_MEMBER}) reaches only the organisations of {@link DirectoryCaller#memberOrganizations()};
 * moderators and administrators reach every one and alone see the queue and decide.
 */
@ApplicationScoped
public class ListingEditing {

    private static final DirectoryRole[] EDITORS = {DirectoryRole.ORG_MEMBER, DirectoryRole.MODERATOR, DirectoryRole.ADMIN};
    private static final DirectoryRole[] MODERATORS = {DirectoryRole.MODERATOR, DirectoryRole.ADMIN};

    /** A listing as its editor sees it: the open draft (id and version), or the published listing (no id yet). */
    public record Editing(String draftId, long version, DraftState state, String reason, String author,
                          LocalDateTime submittedAt, LocalDateTime decidedAt, boolean newListing,
                          ListingSnapshot snapshot) implements Serializable {
    }

    /** A draft in the moderators' queue: who asked, when, how long it waits. */
    public record Queued(String draftId, String organizationId, String organizationName, boolean newListing,
                         DraftState state, String author, LocalDateTime submittedAt, LocalDateTime updatedAt,
                         Duration waiting) implements Serializable {
    }

    /** A draft for a moderator's decision: the draft, the published listing (null: new) and what changes. */
    public record Review(Editing draft, ListingSnapshot published, List<FieldChange> changes) implements Serializable {
    }

    private final Clock clock;

    @Inject
    ListingDrafts drafts;

    @Inject
    PublishedListings published;

    @Inject
    Listings listings;

    @Inject
    DirectoryCaller caller;

    @Inject
    DraftNotices notices;

    @Inject
    Event<ServiceChanged> serviceChanged;

    /** For CDI. */
    public ListingEditing() {
        this.clock = Clock.systemUTC();
    }

    /** Outside a container (tests of the rules). */
    public ListingEditing(ListingDrafts drafts, PublishedListings published, Listings listings, DirectoryCaller caller,
                          DraftNotices notices, Event<ServiceChanged> serviceChanged, Clock clock) {
        this.drafts = drafts;
        this.published = published;
        this.listings = listings;
        this.caller = caller;
        this.notices = notices;
        this.serviceChanged = serviceChanged;
        this.clock = clock;
    }

    /**
     * The organisation's listing to edit: its open draft, else the published listing.
     *
     * @throws InvalidDraftException ({@code draft.unknownOrganisation}) when there is neither
     */
    @Transactional
    public Editing open(String organizationId) {
        inScope(organizationId);
        return drafts.openFor(organizationId).map(this::editing)
                .or(() -> published.read(organizationId).map(s -> new Editing(null, 0, null, null, null, null, null, false, s)))
                .orElseThrow(() -> new InvalidDraftException("draft.unknownOrganisation"));
    }

    /** A new, empty listing (an organisation not in the directory yet); moderators start one here. */
    public Editing newListing() {
        caller.require(MODERATORS);
        ListingSnapshot snapshot = ListingSnapshot.newListing();
        return new Editing(null, 0, null, null, null, null, null, true, snapshot);
    }

    /**
     * Saves {@code snapshot} as the organisation's draft, from the draft {@code draftId} read at
     * {@code version} (null: no draft was open when the listing was read), and sends it for
     * moderation when {@code submit}. The snapshot must pass {@link SnapshotCheck}.
     *
     * @throws ConcurrentDraftChangeException when the draft changed (or one was opened) meanwhile
     */
    @Transactional
    public Editing save(String draftId, long version, ListingSnapshot snapshot, boolean submit) {
        String organizationId = snapshot.getOrganisation().getId();
        String by = inScope(organizationId);
        check(snapshot);
        LocalDateTime now = LocalDateTime.now(clock);
        ListingDraft draft;
        if (draftId == null) {
            if (drafts.openFor(organizationId).isPresent()) {
                throw new ConcurrentDraftChangeException();
            }
            ListingSnapshot current = published.read(organizationId).orElse(null);
            boolean isNew = current == null;
            if (isNew && !isModerator()) {
                // A member's new organisation comes through the claims of the providers module.
                throw caller.refusal("only moderators start a listing of an organisation not in the directory");
            }
            draft = new ListingDraft(snapshot, isNew, by, now);
            draft.startFrom(current);
            drafts.add(draft);
        } else {
            draft = current(draftId, version);
            if (!draft.getOrganizationId().equals(organizationId)) {
                throw caller.refusal("draft " + draftId + " is not of " + organizationId);
            }
            transition(() -> draft.edit(snapshot, by, isModerator(), now));
        }
        if (submit && draft.getState() != DraftState.SUBMITTED) {
            transition(() -> draft.submit(now));
        }
        written();
        return editing(draft);
    }

    /** Drafts waiting in {@code states} (empty: sent ones) whose organisation or author contains {@code text}. */
    public List<Queued> queue(Set<DraftState> states, String text, int first, int max) {
        caller.require(MODERATORS);
        LocalDateTime now = LocalDateTime.now(clock);
        return drafts.queue(states(states), text, first, max).stream().map(d -> new Queued(d.getId(), d.getOrganizationId(),
                d.getOrganizationName(), d.isNewListing(), d.getState(), d.getAuthor(), d.getSubmittedAt(), d.getUpdatedAt(),
                Duration.between(d.getSubmittedAt() == null ? d.getCreatedAt() : d.getSubmittedAt(), now))).toList();
    }

    public long count(Set<DraftState> states, String text) {
        caller.require(MODERATORS);
        return drafts.count(states(states), text);
    }

    /** A draft with the published listing and the field-by-field difference, for a moderator. */
    @Transactional
    public Review review(String draftId) {
        caller.require(MODERATORS);
        ListingDraft draft = drafts.find(draftId).orElseThrow(() -> new InvalidDraftException("draft.missing"));
        ListingSnapshot current = published.read(draft.getOrganizationId()).orElse(null);
        ListingSnapshot proposed = draft.snapshot();
        return new Review(editing(draft), current, ListingDiff.between(current, proposed));
    }

    /** The difference a snapshot makes against the published listing (for the preview of an editor). */
    @Transactional
    public List<FieldChange> changes(ListingSnapshot snapshot) {
        inScope(snapshot.getOrganisation().getId());
        return ListingDiff.between(published.read(snapshot.getOrganisation().getId()).orElse(null), snapshot);
    }

    /**
     * Publishes the draft (read at {@code version}), with a moderator's last edits ({@code edited},
     * null: as it is): the HSDS tables take the snapshot in this transaction, the change log records
     * each field, the search is told, and the author hears of it.
     *
     * @throws PublishedListingChangedException when the published listing changed since the draft
     *         was started (an import): nothing is published, the draft is from now on reviewed
     *         against the listing published today, and approving it again replaces that listing
     */
    @Transactional(dontRollbackOn = PublishedListingChangedException.class)
    public Editing approve(String draftId, long version, ListingSnapshot edited) {
        String by = caller.require(MODERATORS);
        ListingDraft draft = current(draftId, version);
        LocalDateTime now = LocalDateTime.now(clock);
        ListingSnapshot publishedNow = published.read(draft.getOrganizationId()).orElse(null);
        if (draft.startedBefore(publishedNow)) {
            draft.rebase(publishedNow, now);
            written();
            throw new PublishedListingChangedException(editing(draft));
        }
        if (edited != null) {
            if (!edited.getOrganisation().getId().equals(draft.getOrganizationId())) {
                throw caller.refusal("draft " + draftId + " is not of " + edited.getOrganisation().getId());
            }
            check(edited);
            transition(() -> draft.edit(edited, by, true, now));
        }
        ListingSnapshot snapshot = draft.snapshot();
        check(snapshot);
        transition(() -> draft.approve(by, now));
        written();
        List<FieldChange> changes = ListingDiff.between(publishedNow, snapshot);
        List<String> reindex = published.publish(snapshot, now);
        String role = caller.isAdministrator() ? ChangeRecord.ADMINISTRATOR : ChangeRecord.MODERATOR;
        LocalDate today = now.toLocalDate();
        listings.record(changes.stream().map(c -> new ChangeRecord(c.id(), hsdsTable(c.part()), today,
                c.kind() == ListingDiff.Kind.ADDED ? "create" : c.kind() == ListingDiff.Kind.REMOVED ? "retire" : "update",
                c.field(), c.before(), c.after(), role, by)).collect(Collectors.toList()));
        reindex.forEach(id -> serviceChanged.fire(new ServiceChanged(id)));
        if (!by.equals(draft.getAuthor())) {
            // A moderator who wrote and approved the draft needs no mail about their own decision.
            notices.approved(draft.getAuthor(), draft.getOrganizationId(), draft.getOrganizationName());
        }
        return editing(draft);
    }

    /** Sends the draft back to its author with {@code reason}, which the author reads on the listing's page and in a mail. */
    @Transactional
    public Editing reject(String draftId, long version, String reason) {
        String by = caller.require(MODERATORS);
        ListingDraft draft = current(draftId, version);
        transition(() -> draft.reject(by, reason, LocalDateTime.now(clock)));
        written();
        notices.rejected(draft.getAuthor(), draft.getOrganizationId(), draft.getOrganizationName(), draft.getReason());
        return editing(draft);
    }

    /** The municipalities and terms the editor offers. */
    public List<PublishedListings.Municipality> municipalities() {
        caller.require(EDITORS);
        return published.municipalities();
    }

    public List<PublishedListings.Term> terms() {
        caller.require(EDITORS);
        return published.terms();
    }

    /** The problems of a snapshot, without saving (the editor's "check"). */
    public List<Problem> problems(ListingSnapshot snapshot) {
        inScope(snapshot.getOrganisation().getId());
        return checker().problems(snapshot);
    }

    /** Whether the caller may edit {@code organizationId}'s listing (for pages that offer the link). */
    public boolean mayEdit(String organizationId) {
        return isModerator() || caller.hasRole(DirectoryRole.ORG_MEMBER) && caller.memberOrganizations().contains(organizationId);
    }

    /**
     * The caller's name when they may edit the organisation: moderators and administrators any,
     * members only their own; anyone else is refused.
     */
    private String inScope(String organizationId) {
        String name = caller.require(EDITORS);
        if (!mayEdit(organizationId)) {
            throw caller.refusal(name + " is not a member of " + organizationId);
        }
        return name;
    }

    private boolean isModerator() {
        return caller.hasRole(DirectoryRole.MODERATOR) || caller.hasRole(DirectoryRole.ADMIN);
    }

    private ListingDraft current(String draftId, long version) {
        ListingDraft draft = drafts.find(draftId).orElseThrow(ConcurrentDraftChangeException::new);
        inScope(draft.getOrganizationId());
        if (draft.getVersion() != version) {
            throw new ConcurrentDraftChangeException();
        }
        return draft;
    }

    private void check(ListingSnapshot snapshot) {
        List<Problem> problems = checker().problems(snapshot);
        if (!problems.isEmpty()) {
            throw new InvalidDraftException("draft.invalid", problems);
        }
    }

    private SnapshotCheck checker() {
        Set<String> municipalities = published.municipalities().stream().map(PublishedListings.Municipality::code)
                .collect(Collectors.toSet());
        Set<String> terms = published.terms().stream().map(PublishedListings.Term::id).collect(Collectors.toSet());
        return new SnapshotCheck(municipalities::contains, terms::contains);
    }

    private void written() {
        try {
            drafts.writeNow();
        } catch (DraftChangedMeanwhileException e) {
            throw new ConcurrentDraftChangeException();
        }
    }

    private static void transition(Runnable change) {
        try {
            change.run();
        } catch (DraftStateException e) {
            throw new InvalidDraftException(e.messageKey());
        }
    }

    private static Set<DraftState> states(Set<DraftState> states) {
        return states == null || states.isEmpty() ? Set.of(DraftState.SUBMITTED) : states;
    }

    private static String hsdsTable(String part) {
        return switch (part) {
            case "organisation" -> "organization";
            default -> part;
        };
    }

    private Editing editing(ListingDraft d) {
        return new Editing(d.getId(), d.getVersion(), d.getState(), d.getReason(), d.getAuthor(), d.getSubmittedAt(),
                d.getDecidedAt(), d.isNewListing(), d.snapshot());
    }
}
