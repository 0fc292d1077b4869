package org.familyportal.portal.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.directory.application.port.VerificationScope;
import org.familyportal.directory.domain.listing.ChangeRecord;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.domain.account.Role;

/**
 * Who may confirm an organisation's listings "still accurate": for now moderators and administrators,
 * for every organisation. Once organisations have members (issue #12, sign-up and claims), a member of
 * the organisation is let in here too, with the role "member" in the change log.
 */
@ApplicationScoped
public class PortalVerificationScope implements VerificationScope {

    @Inject
    CurrentCaller caller;

    @Override
    public Confirmer confirmer(String claimed, String organizationId) {
        String name = caller.actingAs(claimed, Role.MODERATOR, Role.ADMIN);
        return new Confirmer(name, caller.hasRole(Role.ADMIN) ? ChangeRecord.ADMINISTRATOR : ChangeRecord.MODERATOR);
    }
}
