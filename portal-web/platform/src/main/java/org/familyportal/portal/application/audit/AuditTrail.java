package org.familyportal.portal.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.audit.AuditEntry;
import org.familyportal.portal.domain.audit.AuditEntryRepository;

import java.time.Clock;
import java.util.List;

/**
 * Records every view, change and export of personal data in the same transaction as the act
 * itself: if the entry cannot be written, the act does not happen either.
 */
@ApplicationScoped
public class AuditTrail {

    private final Clock clock = Clock.systemUTC();

    @jakarta.inject.Inject
    AuditEntryRepository entries;

    @jakarta.inject.Inject
    CurrentCaller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, AuditAction action, Long requestId, String detail) {
        entries.add(new AuditEntry(clock.instant(), actor == null ? "anonymous" : actor, action, requestId, detail));
    }

    /** Records outside any business transaction (reads), in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordRead(String actor, AuditAction action, Long requestId, String detail) {
        record(actor, action, requestId, detail);
    }

    /** Newest first; {@code requestId} and {@code actor} narrow it when given. */
    public List<AuditEntry> entries(Long requestId, String actor, int first, int max) {
        caller.require(Role.ADMIN);
        return entries.entries(requestId, actor, first, max);
    }

    public long count(Long requestId, String actor) {
        caller.require(Role.ADMIN);
        return entries.count(requestId, actor);
    }
}
