package org.familyportal.portal.application.request;

import org.familyportal.portal.domain.centre.MunicipalityCode;
import org.familyportal.portal.domain.request.EventKind;
import org.familyportal.portal.domain.request.FollowUpTask;
import org.familyportal.portal.domain.request.HelpRequest;
import org.familyportal.portal.domain.request.HelpRequestRepository;
import org.familyportal.portal.domain.request.QueueOrder;
import org.familyportal.portal.domain.request.QueueSelection;
import org.familyportal.portal.domain.request.Referral;
import org.familyportal.portal.domain.request.ReferralStatus;
import org.familyportal.portal.domain.request.RequestEvent;
import org.familyportal.portal.domain.request.RequestNumber;
import org.familyportal.portal.domain.request.RequestStatus;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The help requests in a map, with the same meaning as the named queries of the JPA repository. */
final class InMemoryHelpRequests implements HelpRequestRepository {

    final Map<Long, HelpRequest> requests = new LinkedHashMap<>();
    final List<RequestEvent> events = new ArrayList<>();
    final List<FollowUpTask> tasks = new ArrayList<>();
    final List<Referral> referrals = new ArrayList<>();
    /** The marks the clock sets by plain updates, outside the entity (as in the database). */
    final Map<Long, Instant> escalated = new LinkedHashMap<>();
    final Map<Long, Instant> unroutedAlerted = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public Optional<HelpRequest> find(long id) {
        return Optional.ofNullable(requests.get(id));
    }

    @Override
    public Optional<HelpRequest> findByNumber(RequestNumber number) {
        return requests.values().stream().filter(r -> r.getNumber().equals(number.value())).findFirst();
    }

    @Override
    public void add(HelpRequest request) {
        long id = nextId++;
        set(request, "id", id); // the database's identity column
        requests.put(id, request);
    }

    @Override
    public Optional<HelpRequest> bySubmission(List<String> submissionKeys) {
        return requests.values().stream().filter(r -> submissionKeys.contains(r.getSubmissionKey())).findFirst();
    }

    @Override
    public List<HelpRequest> queue(QueueSelection selection, QueueOrder order, int first, int max) {
        return requests.values().stream().filter(selection::shows).sorted(order.comparator())
                .skip(first).limit(max).toList();
    }

    @Override
    public java.util.Map<String, Long> newPerCentre() {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        requests.values().stream().filter(r -> r.getStatus() == org.familyportal.portal.domain.request.RequestStatus.NEW
                && r.getAnonymisedAt() == null).forEach(r -> counts.merge(r.getCentreId(), 1L, Long::sum));
        return counts;
    }

    @Override
    public long count(QueueSelection selection) {
        return requests.values().stream().filter(selection::shows).count();
    }

    @Override
    public List<HelpRequest> byPhoneIndex(List<String> phoneIndexes, int max) {
        return requests.values().stream().filter(r -> phoneIndexes.contains(r.getPhoneIndex()))
                .sorted(Comparator.comparing(HelpRequest::getCreatedAt).reversed()).limit(max).toList();
    }

    @Override
    public List<HelpRequest> loggedBy(long operatorId, int max) {
        return requests.values().stream().filter(r -> Objects.equals(r.getLoggedById(), operatorId))
                .sorted(Comparator.comparing(HelpRequest::getCreatedAt).reversed()).limit(max).toList();
    }

    @Override
    public List<HelpRequest> waitingForCentre(MunicipalityCode municipality) {
        return requests.values().stream().filter(r -> r.getMunicipalityCode().equals(municipality.value()))
                .filter(this::openWithoutCentre).toList();
    }

    @Override
    public List<HelpRequest> withoutCentre(int max) {
        return requests.values().stream().filter(this::openWithoutCentre)
                .sorted(Comparator.comparing(HelpRequest::getCreatedAt)).limit(max).toList();
    }

    @Override
    public List<HelpRequest> overdue(Instant now, int max) {
        return requests.values().stream().filter(r -> r.getAcknowledgedAt() == null && !escalated.containsKey(r.getId())
                && r.getAcknowledgeBy() != null && r.getAcknowledgeBy().isBefore(now)
                && r.getStatus() == RequestStatus.NEW && r.getCentreId() != null).limit(max).toList();
    }

    @Override
    public boolean markEscalated(long id, Instant now) {
        HelpRequest request = requests.get(id);
        if (request == null || request.getAcknowledgedAt() != null || escalated.containsKey(id)) {
            return false;
        }
        escalated.put(id, now);
        return true;
    }

    @Override
    public boolean markUnroutedAlerted(long id, Instant now, Instant toldBefore) {
        HelpRequest request = requests.get(id);
        Instant last = unroutedAlerted.get(id);
        if (request == null || request.getCentreId() != null || (last != null && !last.isBefore(toldBefore))) {
            return false;
        }
        unroutedAlerted.put(id, now);
        request.unroutedAlerted(now); // what the entity reads after the update, on the next transaction
        return true;
    }

    @Override
    public List<HelpRequest> expired(Instant before, List<EventKind> systemKinds, String systemActor, int max) {
        return requests.values().stream().filter(r -> !r.isAnonymised()).filter(r -> r.getStatus() == RequestStatus.CLOSED
                ? r.getClosedAt().isBefore(before)
                : r.getCreatedAt().isBefore(before) && events.stream().noneMatch(e -> Objects.equals(e.getRequestId(), r.getId())
                        && !e.getOccurredAt().isBefore(before) && !systemKinds.contains(e.getKind())
                        && (e.getActor() == null || !e.getActor().equals(systemActor))))
                .limit(max).toList();
    }

    @Override
    public void addEvent(RequestEvent event) {
        events.add(event);
    }

    @Override
    public void addTask(FollowUpTask task) {
        tasks.add(task);
    }

    @Override
    public Optional<FollowUpTask> task(long taskId) {
        return tasks.stream().filter(t -> t.getId() != null && t.getId() == taskId).findFirst();
    }

    @Override
    public void addReferral(Referral referral) {
        referrals.add(referral);
    }

    @Override
    public Optional<Referral> referral(long referralId) {
        return referrals.stream().filter(f -> f.getId() != null && f.getId() == referralId).findFirst();
    }

    @Override
    public List<Referral> referralsTo(List<String> organizationIds, int max) {
        return referrals.stream().filter(f -> organizationIds.contains(f.getOrganizationId()))
                .sorted(Comparator.comparing((Referral f) -> f.getStatus() == ReferralStatus.SENT ? 0 : 1)
                        .thenComparing(Referral::getCreatedAt, Comparator.reverseOrder())).limit(max).toList();
    }

    @Override
    public List<RequestEvent> events(long requestId) {
        return events.stream().filter(e -> e.getRequestId() == requestId).toList();
    }

    @Override
    public List<FollowUpTask> tasks(long requestId) {
        return tasks.stream().filter(t -> t.getRequestId() == requestId).toList();
    }

    @Override
    public List<Referral> referrals(long requestId) {
        return referrals.stream().filter(f -> f.getRequestId() == requestId).toList();
    }

    List<EventKind> timeline(long requestId) {
        return events(requestId).stream().map(RequestEvent::getKind).toList();
    }

    private boolean openWithoutCentre(HelpRequest r) {
        return r.getCentreId() == null && OPEN.contains(r.getStatus()) && !r.isAnonymised();
    }

    private static void set(Object target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
