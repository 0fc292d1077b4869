package org.familyportal.directory.domain.draft;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The life of a draft: written, sent, rejected with a reason, written again, sent, approved. */
class ListingDraftTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 10, 0);

    private static ListingDraft draft() {
        return new ListingDraft(Listings.counselling(), false, "member@org.example", NOW);
    }

    @Test
    void aDraftKnowsWhenThePublishedListingChangedSinceItWasStarted() {
        ListingSnapshot published = Listings.counselling();
        ListingDraft draft = draft();
        draft.startFrom(published);
        assertFalse(draft.startedBefore(Listings.counselling()), "the same published listing: nothing to undo");

        ListingSnapshot imported = Listings.counselling();
        imported.getServices().get(0).setName("Консультация (из импорта)");
        assertTrue(draft.startedBefore(imported), "an import changed the public listing meanwhile");

        draft.rebase(imported, NOW.plusHours(1));
        assertFalse(draft.startedBefore(imported), "once shown, the draft is reviewed against the listing published now");
        assertEquals(NOW.plusHours(1), draft.getUpdatedAt());

        ListingDraft fresh = draft();
        assertFalse(fresh.startedBefore(imported), "a draft without a recorded start (new listing, older draft) is not held back");
    }

    @Test
    void aDraftIsWrittenSentRejectedWrittenAgainAndApproved() {
        ListingDraft draft = draft();
        assertEquals(DraftState.EDITING, draft.getState());
        draft.submit(NOW);
        assertEquals(DraftState.SUBMITTED, draft.getState());
        assertEquals(NOW, draft.getSubmittedAt());

        assertEquals("draft.reasonRequired", assertThrows(DraftStateException.class,
                () -> draft.reject("moderator@portal", " ", NOW)).messageKey());
        draft.reject("moderator@portal", "Телефон не отвечает, проверьте номер", NOW.plusHours(1));
        assertEquals(DraftState.REJECTED, draft.getState());
        assertEquals("Телефон не отвечает, проверьте номер", draft.getReason());

        ListingSnapshot fixed = draft.snapshot();
        fixed.getServices().get(0).getPhones().get(0).setNumber("+7 3952 20-00-01");
        draft.edit(fixed, "member@org.example", false, NOW.plusHours(2));
        assertEquals(DraftState.EDITING, draft.getState());
        draft.submit(NOW.plusHours(2));
        draft.approve("moderator@portal", NOW.plusHours(3));
        assertEquals(DraftState.APPROVED, draft.getState());
        assertNull(draft.getReason());
        assertEquals("+7 3952 20-00-01", draft.snapshot().getServices().get(0).getPhones().get(0).getNumber());

        assertEquals("draft.closed", assertThrows(DraftStateException.class,
                () -> draft.edit(Listings.counselling(), "member@org.example", false, NOW)).messageKey());
    }

    @Test
    void aModeratorEditsASentDraftWithoutTakingItBackAMemberTakesItBack() {
        ListingDraft draft = draft();
        draft.submit(NOW);
        draft.edit(draft.snapshot(), "moderator@portal", true, NOW);
        assertEquals(DraftState.SUBMITTED, draft.getState());
        draft.edit(draft.snapshot(), "member@org.example", false, NOW);
        assertEquals(DraftState.EDITING, draft.getState());
    }

    @Test
    void onlyASentDraftIsDecidedAndADraftStaysWithItsOrganisation() {
        ListingDraft draft = draft();
        assertEquals("draft.notSubmitted", assertThrows(DraftStateException.class,
                () -> draft.approve("moderator@portal", NOW)).messageKey());
        ListingSnapshot other = Listings.counselling();
        other.getOrganisation().setId("00000000-0000-0000-0000-00000000000b");
        assertEquals("draft.otherOrganisation", assertThrows(DraftStateException.class,
                () -> draft.edit(other, "member@org.example", false, NOW)).messageKey());
        draft.submit(NOW);
        assertEquals("draft.alreadySubmitted", assertThrows(DraftStateException.class, () -> draft.submit(NOW)).messageKey());
    }

    @Test
    void theSnapshotGivenOutIsACopy() {
        ListingDraft draft = draft();
        draft.snapshot().getOrganisation().setName("Другое");
        assertEquals("Центр «Семья» (демо)", draft.snapshot().getOrganisation().getName());
        assertEquals("Центр «Семья» (демо)", draft.getOrganizationName());
    }
}
