package org.familyportal.portal.interfaces.web.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.portal.interfaces.web.BusinessOutcome;
import org.familyportal.directory.domain.listing.ListingReport;
import org.familyportal.directory.application.moderation.ListingModeration;
import org.omnifaces.util.Messages;

import java.util.List;

/** Backing bean of {@code moderation/reports.xhtml}: reports of wrong information, to check and resolve. */
@Named("moderationReports")
@RequestScoped
public class Reports {

    @Inject
    ListingModeration moderation;

    @Inject
    SecurityContext security;

    public List<ListingReport> getOpen() {
        return moderation.openReports();
    }

    /** Resolves a report; when another moderator did at the same moment, says so. */
    public void resolve(String reportId) {
        BusinessOutcome.attempt(() -> {
            moderation.resolveReport(reportId, security.getCallerPrincipal().getName());
            Messages.addGlobalInfo("moderation.reports.resolved");
        });
    }
}
