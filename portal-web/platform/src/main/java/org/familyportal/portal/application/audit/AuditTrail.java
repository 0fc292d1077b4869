package org.familyportal.portal.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.audit.AuditEntry;

import java.time.Clock;
import java.util.List;

/**
 * Records every view, change and export of personal data in the same transaction as the act
 * itself: if the entry cannot be written, the act does not happen either.
 */
@ApplicationScoped
public class AuditTrail {

    private final Clock clock = Clock.systemUTC();

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @jakarta.inject.Inject
    CurrentCaller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, AuditAction action, Long requestId, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor == null ? "anonymous" : actor, action, requestId, detail));
    }

    /** Records outside any business transaction (reads), in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordRead(String actor, AuditAction action, Long requestId, String detail) {
        record(actor, action, requestId, detail);
    }

    /** Newest first; {@code requestId} and {@code actor} narrow it when given. */
    public List<AuditEntry> entries(Long requestId, String actor, int first, int max) {
        caller.require(Role.ADMIN);
        return query("select a", requestId, actor, AuditEntry.class, " order by a.id desc")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Long requestId, String actor) {
        caller.require(Role.ADMIN);
        return query("select count(a)", requestId, actor, Long.class, "").getSingleResult();
    }

    private <R> TypedQuery<R> query(String select, Long requestId, String actor, Class<R> type, String order) {
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEntry a where 1 = 1");
        if (requestId != null) {
            jpql.append(" and a.requestId = :request");
        }
        if (actor != null && !actor.isBlank()) {
            jpql.append(" and lower(a.actor) like :actor");
        }
        TypedQuery<R> query = em.createQuery(jpql.append(order).toString(), type);
        if (requestId != null) {
            query.setParameter("request", requestId);
        }
        if (actor != null && !actor.isBlank()) {
            query.setParameter("actor", "%" + actor.strip().toLowerCase() + "%");
        }
        return query;
    }
}
