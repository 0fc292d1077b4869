package org.familyportal.directory.domain.draft;

/**
 * Where a draft stands. Its author edits it ({@code EDITING}) and sends it ({@code SUBMITTED}); a
 * moderator approves it (it is published: {@code APPROVED}, closed) or rejects it with a reason
 * ({@code REJECTED}: the author may edit and send it again).
 */
public enum DraftState {
    EDITING, SUBMITTED, REJECTED, APPROVED;

    /** Whether the draft still waits for something (it is the organisation's open draft). */
    public boolean isOpen() {
        return this != APPROVED;
    }
}
