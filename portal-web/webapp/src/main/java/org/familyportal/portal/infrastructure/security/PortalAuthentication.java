package org.familyportal.portal.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Staff sign in on the portal's own page ({@code /sign-in.xhtml}); the session then remembers them.
 * Restricted pages are not guarded by login redirects but answer 404 to anyone without access
 * (see RestrictedAreaFilter), so that their existence does not leak.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/sign-in.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({"ADMIN", "MODERATOR", "EDITOR", "OPERATOR", "SPECIALIST", "ORG_MEMBER"})
@ApplicationScoped
public class PortalAuthentication {
}
