package org.familyportal.portal.domain.provider;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A claim is decided once: approved or rejected (with a reason); a proposal gets its organisation when approved. */
class ClaimRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String ORG = "3f1c2b1e-0000-4000-8000-000000000001";

    @Test
    void onlyAPendingClaimMayBeDecided() {
        assertTrue(ClaimStatus.PENDING.canBecome(ClaimStatus.APPROVED));
        assertTrue(ClaimStatus.PENDING.canBecome(ClaimStatus.REJECTED));
        assertFalse(ClaimStatus.PENDING.canBecome(ClaimStatus.PENDING));
        for (ClaimStatus decided : new ClaimStatus[] {ClaimStatus.APPROVED, ClaimStatus.REJECTED}) {
            for (ClaimStatus next : ClaimStatus.values()) {
                assertFalse(decided.canBecome(next), decided + " -> " + next);
            }
        }
    }

    @Test
    void anApprovedClaimStaysApproved() {
        Claim claim = Claim.of(7, ORG, " Директор ", "Позвоните в приёмную", NOW);
        assertEquals(ClaimStatus.PENDING, claim.getStatus());
        assertEquals("Директор", claim.getRole());
        claim.approve(ORG, "moderator@x.test", NOW.plusSeconds(60));
        assertEquals(ClaimStatus.APPROVED, claim.getStatus());
        assertEquals("moderator@x.test", claim.getDecidedBy());
        assertEquals(NOW.plusSeconds(60), claim.getDecidedAt());
        assertThrows(IllegalStateException.class, () -> claim.reject("поздно", "moderator@x.test", NOW));
        assertThrows(IllegalStateException.class, () -> claim.approve(ORG, "moderator@x.test", NOW));
    }

    @Test
    void aRejectionNeedsAReasonAndIsFinal() {
        Claim claim = Claim.of(7, ORG, "Психолог", "Приказ о приёме", NOW);
        assertThrows(IllegalStateException.class, () -> claim.reject(" ", "moderator@x.test", NOW));
        assertEquals(ClaimStatus.PENDING, claim.getStatus(), "nothing changed");
        claim.reject(" Не удалось подтвердить по телефону ", "moderator@x.test", NOW);
        assertEquals(ClaimStatus.REJECTED, claim.getStatus());
        assertEquals("Не удалось подтвердить по телефону", claim.getReason());
        assertThrows(IllegalStateException.class, () -> claim.approve(ORG, "moderator@x.test", NOW));
    }

    @Test
    void aProposalGetsItsOrganisationOnlyWhenApproved() {
        ProposedOrganisation proposed = new ProposedOrganisation("АНО «Очаг»", "3808123457", null, "https://ochag.ru", null);
        Claim claim = Claim.proposal(9, proposed, "Директор", "Устав", NOW);
        assertEquals(ClaimKind.PROPOSAL, claim.getKind());
        assertNull(claim.getOrganizationId());
        assertEquals(proposed, claim.getProposed());
        claim.approve(ORG, "moderator@x.test", NOW);
        assertEquals(ORG, claim.getOrganizationId());
        assertNull(Claim.of(7, ORG, "r", "v", NOW).getProposed(), "a claim proposes nothing");
    }
}
