package org.familyportal.portal.application.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.portal.application.request.Memberships;
import org.familyportal.portal.application.request.PartnerAccounts;

/**
 * An organisation has people on the portal when it has members with an enabled account (the
 * memberships administrators set today at {@code /admin/centres.xhtml}). With sign-up and claims
 * (issue #12), the organisation members approved by moderators count here as well.
 */
@ApplicationScoped
public class PortalPartnerAccounts implements PartnerAccounts {

    @Inject
    Memberships memberships;

    @Override
    public boolean hasMembers(String organizationId) {
        return !memberships.members(organizationId).isEmpty();
    }
}
