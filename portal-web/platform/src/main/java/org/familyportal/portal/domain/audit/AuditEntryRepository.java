package org.familyportal.portal.domain.audit;

import java.util.List;

/** The audit trail's entries: written once, read newest first. */
public interface AuditEntryRepository {

    /** Stores an entry in the caller's transaction. */
    void add(AuditEntry entry);

    /** Newest first; {@code requestId} and {@code actor} (a part of it, any case) narrow it when given. */
    List<AuditEntry> entries(Long requestId, String actor, int first, int max);

    /** How many entries {@link #entries} would list without paging. */
    long count(Long requestId, String actor);
}
