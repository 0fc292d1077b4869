package org.familyportal.directory.application.port;

/**
 * Who may confirm an organisation's listings "still accurate": the host decides (moderators and
 * administrators for any organisation; the organisation's own members once the portal has them).
 * Kept apart from {@link DirectoryCaller} on purpose: the member check is the host's, and changes
 * when memberships change.
 */
public interface VerificationScope {

    /** Who confirmed, and in which capacity the change log publishes (never the person's address). */
    record Confirmer(String name, String role) {
    }

    /**
     * The caller, when they may confirm the listings of {@code organizationId}; {@code claimed} (the
     * actor a page named) must be the caller. Otherwise the host's "access denied" is thrown.
     */
    Confirmer confirmer(String claimed, String organizationId);
}
