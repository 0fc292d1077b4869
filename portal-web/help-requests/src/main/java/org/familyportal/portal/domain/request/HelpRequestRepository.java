package org.familyportal.portal.domain.request;

import org.familyportal.portal.domain.centre.MunicipalityCode;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The help requests with their timelines, follow-up tasks and referrals, as the use cases read and
 * change them. The marks set by the clock ({@link #markEscalated}, {@link #markUnroutedAlerted}) are
 * plain updates that leave the request's version alone, so nobody's edit is refused for them.
 */
public interface HelpRequestRepository {

    /** The statuses of a request somebody still works on. */
    List<RequestStatus> OPEN = List.of(RequestStatus.NEW, RequestStatus.IN_PROGRESS, RequestStatus.REFERRED);

    Optional<HelpRequest> find(long id);

    Optional<HelpRequest> findByNumber(RequestNumber number);

    /** Stores a new request; its id is known afterwards. */
    void add(HelpRequest request);

    /** The request stored with any of these submission keys (a retried submission). */
    Optional<HelpRequest> bySubmission(List<String> submissionKeys);

    /** Requests whose phone's lookup hash is one of {@code phoneIndexes}, newest first. */
    List<HelpRequest> byPhoneIndex(List<String> phoneIndexes, int max);

    /**
     * A page of a centre's queue: the requests {@code selection} shows in {@code order} (see
     * {@link QueueOrder#comparator()}, which sorts the same way).
     */
    List<HelpRequest> queue(QueueSelection selection, QueueOrder order, int first, int max);

    /** How many requests {@code selection} shows. */
    long count(QueueSelection selection);

    /**
     * How many requests are new (not yet taken on), per centre; the key {@code null} counts those
     * that wait without a centre.
     */
    java.util.Map<String, Long> newPerCentre();

    /** What a hotline operator logged, newest first. */
    List<HelpRequest> loggedBy(long operatorId, int max);

    /** Open requests from {@code municipality} that wait for a centre. */
    List<HelpRequest> waitingForCentre(MunicipalityCode municipality);

    /** Open requests without a centre, oldest first. */
    List<HelpRequest> withoutCentre(int max);

    /** New requests with a centre, neither acknowledged nor escalated, whose deadline was before {@code now}. */
    List<HelpRequest> overdue(Instant now, int max);

    /** Marks a request escalated unless it was already, or acknowledged meanwhile; false when it was. */
    boolean markEscalated(long id, Instant now);

    /**
     * Marks that the administrators were told of a request without a centre, unless it got one or
     * they were told after {@code toldBefore}; false when so (another server did it).
     */
    boolean markUnroutedAlerted(long id, Instant now, Instant toldBefore);

    /**
     * Requests that keep personal data past the retention: closed before {@code before}, or created
     * before it with no event by a person ({@code systemKinds} and {@code systemActor} do not count) since.
     */
    List<HelpRequest> expired(Instant before, List<EventKind> systemKinds, String systemActor, int max);

    void addEvent(RequestEvent event);

    /** The request's timeline, oldest first. */
    List<RequestEvent> events(long requestId);

    void addTask(FollowUpTask task);

    Optional<FollowUpTask> task(long taskId);

    void addReferral(Referral referral);

    Optional<Referral> referral(long referralId);

    /** Referrals to these organisations, those still waiting for an answer first, then newest first. */
    List<Referral> referralsTo(List<String> organizationIds, int max);

    /** The request's follow-up tasks, soonest due first. */
    List<FollowUpTask> tasks(long requestId);

    /** The request's referrals, oldest first. */
    List<Referral> referrals(long requestId);
}
