package org.familyportal.portal.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.directory.application.port.VerificationScope;
import org.familyportal.directory.domain.listing.ChangeRecord;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.application.provider.OrganisationClaims;
import org.familyportal.portal.domain.account.Role;

/**
 * Who may confirm an organisation's listings "still accurate": moderators and administrators for
 * every organisation, and an approved member for their own (the scope rule of the providers module,
 * {@link OrganisationClaims#requireMemberOf}); the change log names a member's role "member".
 */
@ApplicationScoped
public class PortalVerificationScope implements VerificationScope {

    @Inject
    CurrentCaller caller;

    @Inject
    OrganisationClaims claims;

    @Override
    public Confirmer confirmer(String claimed, String organizationId) {
        if (caller.hasRole(Role.MODERATOR) || caller.hasRole(Role.ADMIN)) {
            String name = caller.actingAs(claimed, Role.MODERATOR, Role.ADMIN);
            return new Confirmer(name, caller.hasRole(Role.ADMIN) ? ChangeRecord.ADMINISTRATOR : ChangeRecord.MODERATOR);
        }
        String name = caller.actingAs(claimed, Role.ORG_MEMBER);
        claims.requireMemberOf(organizationId);
        return new Confirmer(name, ChangeRecord.MEMBER);
    }
}
