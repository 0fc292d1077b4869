package org.familyportal.directory.domain.draft;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The repository of drafts (JPA in {@code infrastructure.jpa}); works inside the caller's
 * transaction.
 */
public interface ListingDrafts {

    Optional<ListingDraft> find(String id);

    /** The organisation's open draft (being written, sent, or rejected), if any. */
    Optional<ListingDraft> openFor(String organizationId);

    void add(ListingDraft draft);

    /**
     * Drafts in one of {@code states} whose organisation or author contains {@code text} (blank:
     * any), the longest waiting first.
     */
    List<ListingDraft> queue(Set<DraftState> states, String text, int first, int max);

    long count(Set<DraftState> states, String text);

    /** How many drafts there are at all (the demo drafts are made only into an empty table). */
    long countAll();

    /**
     * Writes the changes made to drafts read in this transaction at once.
     *
     * @throws DraftChangedMeanwhileException when one was changed by someone else meanwhile
     */
    void writeNow();
}
