package org.familyportal.portal.interfaces.web.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.directory.application.moderation.ConcurrentListingChangeException;
import org.familyportal.directory.application.moderation.InvalidListingException;
import org.familyportal.directory.application.moderation.ListingModeration;
import org.familyportal.directory.application.verification.ListingVerification;
import org.omnifaces.util.Messages;

import java.util.List;

/**
 * Backing bean of {@code moderation/verification.xhtml}: organisations whose listings were not
 * confirmed within the reminder period, with the reminders sent, to confirm them "still accurate" or
 * to take their services out of the directory.
 */
@Named
@RequestScoped
public class VerificationList {

    @Inject
    ListingVerification verification;

    @Inject
    ListingModeration moderation;

    @Inject
    SecurityContext security;

    private List<ListingVerification.Unconfirmed> unconfirmed;

    public List<ListingVerification.Unconfirmed> getUnconfirmed() {
        if (unconfirmed == null) {
            unconfirmed = verification.unconfirmed();
        }
        return unconfirmed;
    }

    /** The reminder period, stale period and escalation period, as configured (ISO periods). */
    public String getPeriods() {
        var periods = verification.periods();
        return periods.remindAfter() + " / " + periods.escalateAfter() + " / " + periods.staleAfter();
    }

    public void confirm(String organizationId) {
        try {
            Messages.addGlobalInfo("verification.moderation.confirmed", verification.confirmOrganisation(organizationId, who()));
        } catch (ConcurrentListingChangeException e) {
            Messages.addGlobalError("verification.moderation.changedMeanwhile");
        } catch (InvalidListingException e) {
            Messages.addGlobalError(e.messageKey());
        }
        unconfirmed = null;
    }

    public void retire(String organizationId) {
        try {
            Messages.addGlobalInfo("moderation.organization.retired", moderation.retireProvider(organizationId, who()));
        } catch (ConcurrentListingChangeException e) {
            Messages.addGlobalError("verification.moderation.changedMeanwhile");
        } catch (InvalidListingException e) {
            Messages.addGlobalError(e.messageKey());
        }
        unconfirmed = null;
    }

    private String who() {
        return security.getCallerPrincipal().getName();
    }
}
