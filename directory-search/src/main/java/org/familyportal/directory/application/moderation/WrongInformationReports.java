package org.familyportal.directory.application.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.directory.application.port.DirectoryCaller;
import org.familyportal.directory.application.port.DirectoryRole;
import org.familyportal.directory.application.port.OrganizationContacts;
import org.familyportal.directory.application.port.ReportNotices;
import org.familyportal.directory.domain.listing.ListingReport;
import org.familyportal.directory.domain.listing.ListingReports;
import org.familyportal.directory.domain.listing.Listings;
import org.familyportal.directory.domain.listing.ServiceListing;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * "Report wrong information", from the public page to the people who can fix it: the report is
 * kept for the moderators (who see all reports and resolve them) and reaches the approved members
 * of the service's organisation by mail, who read the reports about their own organisations' services
 * and answer them. A member never sees the reporter's contact, and never a report of another
 * organisation: the scope is checked here, whatever page or request asked. A service takes at most
 * {@link #REPORTS_PER_SERVICE_PER_DAY} reports a day, so that neither the queue nor the members'
 * mailboxes can be flooded (the per-client limit is the web layer's).
 */
@ApplicationScoped
public class WrongInformationReports {

    public static final int REPORTS_PER_SERVICE_PER_DAY = 10;
    public static final int CONTACT_MAX = 254;
    private static final int MAX_LISTED = 200;

    /** A report as an organisation's member reads it: the reporter's words, never their contact. */
    public record MemberReport(String id, String serviceId, String serviceName, String organizationId,
                               String organizationName, String message, LocalDateTime reportedAt,
                               String answer, LocalDateTime answeredAt) {
    }

    private final Clock clock;

    @Inject
    Listings listings;

    @Inject
    ListingReports reports;

    @Inject
    DirectoryCaller caller;

    @Inject
    OrganizationContacts contacts;

    @Inject
    ReportNotices notices;

    /** For CDI. */
    public WrongInformationReports() {
        this.clock = Clock.systemUTC();
    }

    /** Outside a container (tests of the rules). */
    public WrongInformationReports(Listings listings, ListingReports reports, DirectoryCaller caller,
                                   OrganizationContacts contacts, ReportNotices notices, Clock clock) {
        this.listings = listings;
        this.reports = reports;
        this.caller = caller;
        this.contacts = contacts;
        this.notices = notices;
        this.clock = clock;
    }

    /** Someone (anyone) reports wrong information about a service; its organisation's members are told. */
    @Transactional
    public void report(String serviceId, String message, String contact) {
        ServiceListing service = listings.service(serviceId)
                .orElseThrow(() -> new InvalidListingException("moderation.service.missing"));
        if (message == null || message.isBlank()) {
            throw new InvalidListingException("reports.message.required");
        }
        if (message.strip().length() > ListingReport.MESSAGE_MAX || (contact != null && contact.strip().length() > CONTACT_MAX)) {
            throw new InvalidListingException("reports.tooLong");
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (reports.reportsSince(serviceId, now.minus(Duration.ofDays(1))) >= REPORTS_PER_SERVICE_PER_DAY) {
            throw new InvalidListingException("reports.tooMany");
        }
        listings.add(new ListingReport(service, message, contact, now));
        String organizationId = service.getProvider().getId();
        for (OrganizationContacts.Recipient member : contacts.members(organizationId)) {
            notices.reported(new ReportNotices.Reported(member, service.getProvider().getName(), serviceId, service.getName()));
        }
    }

    /** The open reports about the services of the caller's own organisations (a member's), oldest first. */
    public List<MemberReport> forMember() {
        caller.require(DirectoryRole.ORG_MEMBER);
        Set<String> own = caller.memberOrganizations();
        return reports.openReportsOf(own, MAX_LISTED).stream()
                .filter(r -> own.contains(r.getService().getProvider().getId()))
                .map(WrongInformationReports::asMember).toList();
    }

    /**
     * A member answers an open report about a service of their own organisation (a later answer
     * replaces theirs); the moderator reads it and resolves the report. A report of another
     * organisation, or none, is refused as the host refuses a restricted page: the same for both,
     * so that report ids cannot be probed.
     */
    @Transactional
    public MemberReport answer(String reportId, String text, String by) {
        String member = caller.actingAs(by, DirectoryRole.ORG_MEMBER);
        ListingReport report = listings.report(reportId)
                .filter(r -> caller.memberOrganizations().contains(r.getService().getProvider().getId()))
                .orElseThrow(() -> caller.refusal("report " + reportId + " is not of " + member + "'s organisations"));
        if (report.getResolvedAt() != null) {
            throw new InvalidListingException("reports.answer.resolved");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidListingException("reports.answer.required");
        }
        if (text.strip().length() > ListingReport.ANSWER_MAX) {
            throw new InvalidListingException("reports.tooLong");
        }
        report.answer(text, member, LocalDateTime.now(clock));
        return asMember(report);
    }

    private static MemberReport asMember(ListingReport r) {
        ServiceListing service = r.getService();
        return new MemberReport(r.getId(), service.getId(), service.getName(), service.getProvider().getId(),
                service.getProvider().getName(), r.getMessage(), r.getReportedAt(), r.getAnswer(), r.getAnsweredAt());
    }
}
