package org.familyportal.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.familyportal.portal.domain.audit.AuditEntry;
import org.familyportal.portal.domain.audit.AuditEntryRepository;

import java.util.List;
import java.util.Locale;

/** {@link AuditEntryRepository} on the portal's persistence unit. Joins the caller's transaction. */
@ApplicationScoped
public class JpaAuditEntryRepository implements AuditEntryRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public void add(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> entries(Long requestId, String actor, int first, int max) {
        return query("select a", requestId, actor, AuditEntry.class, " order by a.id desc")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(Long requestId, String actor) {
        return query("select count(a)", requestId, actor, Long.class, "").getSingleResult();
    }

    /** Only the filters that are given make the query (the audit log's page narrows by either or both). */
    private <R> TypedQuery<R> query(String select, Long requestId, String actor, Class<R> type, String order) {
        boolean byActor = actor != null && !actor.isBlank();
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEntry a where 1 = 1");
        if (requestId != null) {
            jpql.append(" and a.requestId = :request");
        }
        if (byActor) {
            jpql.append(" and lower(a.actor) like :actor");
        }
        TypedQuery<R> query = em.createQuery(jpql.append(order).toString(), type);
        if (requestId != null) {
            query.setParameter("request", requestId);
        }
        if (byActor) {
            query.setParameter("actor", "%" + actor.strip().toLowerCase(Locale.ROOT) + "%");
        }
        return query;
    }
}
