package org.familyportal.directory.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.familyportal.directory.domain.draft.DraftChangedMeanwhileException;
import org.familyportal.directory.domain.draft.DraftState;
import org.familyportal.directory.domain.draft.ListingDraft;
import org.familyportal.directory.domain.draft.ListingDrafts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@link ListingDrafts} in JPA (named queries on {@link ListingDraft}), in the caller's (JTA) transaction. */
@ApplicationScoped
public class JpaListingDrafts implements ListingDrafts {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<ListingDraft> find(String id) {
        return Optional.ofNullable(id == null ? null : em.find(ListingDraft.class, id));
    }

    @Override
    public Optional<ListingDraft> openFor(String organizationId) {
        return em.createNamedQuery("ListingDraft.openFor", ListingDraft.class).setParameter("organization", organizationId)
                .getResultStream().findFirst();
    }

    @Override
    public void add(ListingDraft draft) {
        em.persist(draft);
    }

    @Override
    public List<ListingDraft> queue(Set<DraftState> states, String text, int first, int max) {
        return em.createNamedQuery("ListingDraft.queue", ListingDraft.class).setParameter("states", states)
                .setParameter("text", like(text)).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(Set<DraftState> states, String text) {
        return em.createNamedQuery("ListingDraft.count", Long.class).setParameter("states", states)
                .setParameter("text", like(text)).getSingleResult();
    }

    @Override
    public long countAll() {
        return em.createNamedQuery("ListingDraft.countAll", Long.class).getSingleResult();
    }

    @Override
    public void writeNow() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                // Another draft of the organisation was opened meanwhile: the unique open_organization_id.
                if (t instanceof OptimisticLockException || t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                    throw new DraftChangedMeanwhileException(e);
                }
            }
            throw e;
        }
    }

    private static String like(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
