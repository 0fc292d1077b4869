package org.familyportal.portal.application.attention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.directory.application.draft.ListingEditing;
import org.familyportal.directory.application.moderation.ListingModeration;
import org.familyportal.directory.domain.draft.DraftState;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.application.provider.MembershipReview;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.centre.ResourceCentreRepository;
import org.familyportal.portal.domain.request.HelpRequestRepository;
import org.familyportal.portal.domain.request.QueueSelection;
import org.familyportal.portal.infrastructure.mail.MailOutbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The administrator's start page: what waits for somebody, in numbers, each with where to act on it.
 * Only counts: no personal data is read, so nothing is audited. Administrators only.
 */
@ApplicationScoped
public class AdminAttention {

    private final Clock clock = Clock.systemUTC();

    @Inject
    CurrentCaller caller;

    @Inject
    HelpRequestRepository requests;

    @Inject
    ResourceCentreRepository centres;

    @Inject
    ListingModeration moderation;

    @Inject
    ListingEditing drafts;

    @Inject
    MembershipReview memberships;

    @Inject
    MailOutbox outbox;

    /** New requests of one centre ({@code centreId} null: those waiting without a centre). */
    public record CentreCount(String centreId, String centreName, long count) {
    }

    /** Everything the start page shows. */
    public record Summary(List<CentreCount> newPerCentre, long overdue, long reports, long drafts, long memberships,
                          long undeliveredMail) {

        /** Nothing waits for anybody. */
        public boolean calm() {
            return newPerCentre.isEmpty() && overdue == 0 && reports == 0 && drafts == 0 && memberships == 0
                    && undeliveredMail == 0;
        }
    }

    public Summary summary() {
        caller.require(Role.ADMIN);
        List<CentreCount> perCentre = new ArrayList<>();
        for (Map.Entry<String, Long> entry : requests.newPerCentre().entrySet()) {
            String name = entry.getKey() == null ? null : centres.organisationName(entry.getKey()).orElse(entry.getKey());
            perCentre.add(new CentreCount(entry.getKey(), name, entry.getValue()));
        }
        // Those without a centre first (nobody will take them up), then the busiest centre.
        perCentre.sort(Comparator.comparing((CentreCount c) -> c.centreId() != null)
                .thenComparing(Comparator.comparingLong(CentreCount::count).reversed())
                .thenComparing(c -> c.centreName() == null ? "" : c.centreName()));
        long overdue = requests.count(new QueueSelection(null, HelpRequestRepository.OPEN, false, null, clock.instant()));
        return new Summary(List.copyOf(perCentre), overdue, moderation.openReportCount(),
                drafts.count(EnumSet.of(DraftState.SUBMITTED), null), memberships.pendingCount(), outbox.state().dead());
    }
}
