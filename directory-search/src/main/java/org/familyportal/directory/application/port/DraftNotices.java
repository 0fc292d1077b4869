package org.familyportal.directory.application.port;

/**
 * Telling the author of a draft what became of it (the host sends a mail through its outbox when
 * the author's account has an address). Called inside the decision's transaction: the mail is
 * queued only if the decision is kept.
 */
public interface DraftNotices {

    /** The draft of {@code organizationName} by {@code author} was published. */
    void approved(String author, String organizationId, String organizationName);

    /** The draft of {@code organizationName} by {@code author} was rejected for {@code reason}. */
    void rejected(String author, String organizationId, String organizationName, String reason);
}
