package org.familyportal.portal.infrastructure.persistence.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.familyportal.portal.domain.centre.MunicipalityCode;
import org.familyportal.portal.domain.request.EventKind;
import org.familyportal.portal.domain.request.FollowUpTask;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.HelpRequestRepository;
import org.familyportal.portal.domain.request.Referral;
import org.familyportal.portal.domain.request.QueueOrder;
import org.familyportal.portal.domain.request.QueueSelection;
import org.familyportal.portal.domain.request.ReferralStatus;
import org.familyportal.portal.domain.request.RequestEvent;
import org.familyportal.portal.domain.request.RequestNumber;
import org.familyportal.portal.domain.request.RequestStatus;
import org.familyportal.portal.domain.request.TriageLevel;
import org.familyportal.portal.infrastructure.persistence.InstantConverter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link HelpRequestRepository} on the portal's persistence unit. Joins the caller's transaction. */
@ApplicationScoped
public class JpaHelpRequestRepository implements HelpRequestRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<HelpRequest> find(long id) {
        return Optional.ofNullable(em.find(HelpRequest.class, id));
    }

    @Override
    public Optional<HelpRequest> findByNumber(RequestNumber number) {
        return em.createNamedQuery("HelpRequest.byNumber", HelpRequest.class).setParameter("number", number.value())
                .getResultStream().findFirst();
    }

    @Override
    public void add(HelpRequest request) {
        em.persist(request);
        em.flush(); // the identity column gives the id, which the timeline's first event needs
    }

    @Override
    public Optional<HelpRequest> bySubmission(List<String> submissionKeys) {
        return em.createNamedQuery("HelpRequest.bySubmission", HelpRequest.class).setParameter("keys", submissionKeys)
                .getResultStream().findFirst();
    }

    @Override
    public List<HelpRequest> byPhoneIndex(List<String> phoneIndexes, int max) {
        return em.createNamedQuery("HelpRequest.byPhoneIndex", HelpRequest.class).setParameter("phone", phoneIndexes)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<HelpRequest> queue(QueueSelection selection, QueueOrder order, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<HelpRequest> query = cb.createQuery(HelpRequest.class);
        Root<HelpRequest> r = query.from(HelpRequest.class);
        List<Order> orders = new ArrayList<>();
        for (Expression<?> key : sortKeys(order.column(), cb, r)) {
            orders.add(order.descending() ? cb.desc(key) : cb.asc(key));
        }
        orders.addAll(List.of(cb.desc(r.get("urgent")),
                cb.asc(cb.selectCase().when(cb.isNull(r.get("acknowledgedAt")), 0).otherwise(1)),
                cb.asc(r.get("createdAt")), cb.asc(r.get("id"))));
        query.select(r).where(shownBy(selection, cb, r)).orderBy(orders);
        return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList();
    }

    /** What a column sorts by, in its natural direction (the same as {@link QueueOrder#comparator()}). */
    private static List<Expression<?>> sortKeys(QueueOrder.Column column, CriteriaBuilder cb, Root<HelpRequest> r) {
        return switch (column) {
            case STANDARD -> List.of();
            case RECEIVED -> List.of(r.get("createdAt"));
            case DEADLINE -> List.of(cb.selectCase().when(cb.isNull(r.get("acknowledgeBy")), 1).otherwise(0),
                    r.get("acknowledgeBy"));
            case URGENCY -> {
                CriteriaBuilder.SimpleCase<TriageLevel, Integer> rank = cb.selectCase(r.get("triageLevel"));
                for (TriageLevel level : TriageLevel.values()) {
                    rank.when(level, QueueOrder.urgencyRank(level));
                }
                yield List.of(cb.selectCase().when(cb.isTrue(r.get("urgent")), 0).otherwise(1),
                        rank.otherwise(QueueOrder.urgencyRank(null)));
            }
            case STATUS -> {
                CriteriaBuilder.SimpleCase<RequestStatus, Integer> rank = cb.selectCase(r.get("status"));
                for (RequestStatus status : RequestStatus.values()) {
                    rank.when(status, status.ordinal());
                }
                yield List.of(rank.otherwise(RequestStatus.values().length));
            }
            case TOPIC -> List.of(r.get("topics"));
        };
    }

    @Override
    public long count(QueueSelection selection) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<HelpRequest> r = query.from(HelpRequest.class);
        query.select(cb.count(r)).where(shownBy(selection, cb, r));
        return em.createQuery(query).getSingleResult();
    }

    @Override
    public java.util.Map<String, Long> newPerCentre() {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (Object[] row : em.createNamedQuery("HelpRequest.newPerCentre", Object[].class)
                .setParameter("new", RequestStatus.NEW).getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /** The queue's conditions, only those the selection gives (the queue's filters make the query). */
    private static Predicate[] shownBy(QueueSelection selection, CriteriaBuilder cb, Root<HelpRequest> r) {
        List<Predicate> where = new ArrayList<>();
        if (selection.centres() != null) {
            where.add(selection.centres().isEmpty() ? cb.disjunction() : r.get("centreId").in(selection.centres()));
        }
        if (selection.statuses() != null) {
            where.add(r.get("status").in(selection.statuses()));
        }
        if (selection.urgentOnly()) {
            where.add(cb.isTrue(r.get("urgent")));
        }
        if (selection.assigneeId() != null) {
            where.add(cb.equal(r.get("assigneeId"), selection.assigneeId()));
        }
        if (selection.overdueAt() != null) {
            where.add(cb.isNull(r.get("acknowledgedAt")));
            where.add(cb.lessThan(r.<Instant>get("acknowledgeBy"), selection.overdueAt()));
        }
        return where.toArray(Predicate[]::new);
    }

    @Override
    public List<HelpRequest> loggedBy(long operatorId, int max) {
        return em.createNamedQuery("HelpRequest.loggedBy", HelpRequest.class).setParameter("me", operatorId)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<HelpRequest> waitingForCentre(MunicipalityCode municipality) {
        return em.createNamedQuery("HelpRequest.waitingForCentre", HelpRequest.class)
                .setParameter("code", municipality.value()).setParameter("open", OPEN).getResultList();
    }

    @Override
    public List<HelpRequest> withoutCentre(int max) {
        return em.createNamedQuery("HelpRequest.withoutCentre", HelpRequest.class)
                .setParameter("open", OPEN).setMaxResults(max).getResultList();
    }

    @Override
    public List<HelpRequest> overdue(Instant now, int max) {
        return em.createNamedQuery("HelpRequest.overdue", HelpRequest.class)
                .setParameter("now", now).setParameter("new", RequestStatus.NEW).setMaxResults(max).getResultList();
    }

    @Override
    public boolean markEscalated(long id, Instant now) {
        return em.createNamedQuery("HelpRequest.markEscalated").setParameter(1, InstantConverter.utc(now))
                .setParameter(2, id).executeUpdate() > 0;
    }

    @Override
    public boolean markUnroutedAlerted(long id, Instant now, Instant toldBefore) {
        return em.createNamedQuery("HelpRequest.markUnroutedAlerted").setParameter(1, InstantConverter.utc(now))
                .setParameter(2, id).setParameter(3, InstantConverter.utc(toldBefore)).executeUpdate() > 0;
    }

    @Override
    public List<HelpRequest> expired(Instant before, List<EventKind> systemKinds, String systemActor, int max) {
        return em.createNamedQuery("HelpRequest.expired", HelpRequest.class)
                .setParameter("systemKinds", systemKinds).setParameter("system", systemActor)
                .setParameter("closed", RequestStatus.CLOSED).setParameter("before", before)
                .setMaxResults(max).getResultList();
    }

    @Override
    public void addEvent(RequestEvent event) {
        em.persist(event);
    }

    @Override
    public void addTask(FollowUpTask task) {
        em.persist(task);
    }

    @Override
    public Optional<FollowUpTask> task(long taskId) {
        return Optional.ofNullable(em.find(FollowUpTask.class, taskId));
    }

    @Override
    public void addReferral(Referral referral) {
        em.persist(referral);
        // Its id at once: a referral to an organisation without members is signed into a link by it.
        em.flush();
    }

    @Override
    public Optional<Referral> referral(long referralId) {
        return Optional.ofNullable(em.find(Referral.class, referralId));
    }

    @Override
    public List<Referral> referralsTo(List<String> organizationIds, int max) {
        return em.createNamedQuery("Referral.toOrganisations", Referral.class).setParameter("orgs", organizationIds)
                .setParameter("sent", ReferralStatus.SENT).setMaxResults(max).getResultList();
    }

    @Override
    public List<RequestEvent> events(long requestId) {
        return em.createNamedQuery("RequestEvent.ofRequest", RequestEvent.class).setParameter("id", requestId).getResultList();
    }

    @Override
    public List<FollowUpTask> tasks(long requestId) {
        return em.createNamedQuery("FollowUpTask.ofRequest", FollowUpTask.class).setParameter("id", requestId).getResultList();
    }

    @Override
    public List<Referral> referrals(long requestId) {
        return em.createNamedQuery("Referral.ofRequest", Referral.class).setParameter("id", requestId).getResultList();
    }
}
