package org.familyportal.portal.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.directory.application.port.DirectoryCaller;
import org.familyportal.directory.application.port.DirectoryRole;
import org.familyportal.portal.application.access.AccessDeniedException;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.application.provider.OrganisationClaims;
import org.familyportal.portal.domain.account.Role;

import java.util.Arrays;
import java.util.Set;

/** The directory's caller is the portal's: same security context, same "access denied". */
@ApplicationScoped
public class PortalDirectoryCaller implements DirectoryCaller {

    @Inject
    CurrentCaller caller;

    @Inject
    OrganisationClaims claims;

    @Override
    public String require(DirectoryRole... anyOf) {
        return caller.require(roles(anyOf));
    }

    @Override
    public String actingAs(String claimed, DirectoryRole... anyOf) {
        return caller.actingAs(claimed, roles(anyOf));
    }

    @Override
    public boolean isAdministrator() {
        return caller.hasRole(Role.ADMIN);
    }

    @Override
    public boolean hasRole(DirectoryRole role) {
        return caller.hasRole(Role.valueOf(role.name()));
    }

    /** The approved memberships of the providers module (sign-up and claims, moderators' decisions). */
    @Override
    public Set<String> memberOrganizations() {
        return claims.callerOrganizations();
    }

    @Override
    public RuntimeException refusal(String why) {
        return new AccessDeniedException(why);
    }

    private static Role[] roles(DirectoryRole... roles) {
        return Arrays.stream(roles).map(r -> Role.valueOf(r.name())).toArray(Role[]::new);
    }
}
