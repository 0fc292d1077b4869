package org.familyportal.portal.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.portal.application.access.Viewer;
import org.familyportal.portal.domain.account.Role;

import java.security.Principal;
import java.util.Arrays;
import java.util.Locale;

/**
 * The signed-in caller of the current request, as Jakarta Security knows them. Application services
 * ask it before they act: {@link #require} for a role, {@link #actingAs} when a page also names the
 * actor (for the audit trail), {@link #confirm(Viewer)} for the centre's scope.
 */
@ApplicationScoped
public class CurrentCaller {

    @Inject
    SecurityContext security;

    public CurrentCaller() {
    }

    /** For tests of the rules. */
    public CurrentCaller(SecurityContext security) {
        this.security = security;
    }

    /** The sign-in name of the caller, or null when nobody is signed in. */
    public String name() {
        Principal principal = security.getCallerPrincipal();
        return principal == null ? null : principal.getName();
    }

    public boolean hasRole(Role role) {
        return name() != null && security.isCallerInRole(role.name());
    }

    /** The caller's name, when anybody is signed in (with or without a role). */
    public String requireSignedIn() {
        String name = name();
        if (name == null) {
            throw new AccessDeniedException("not signed in");
        }
        return name;
    }

    /** The caller's name, when they are signed in with one of {@code anyOf}; otherwise access is denied. */
    public String require(Role... anyOf) {
        String name = requireSignedIn();
        if (Arrays.stream(anyOf).noneMatch(this::hasRole)) {
            throw new AccessDeniedException(name + " lacks " + Arrays.toString(anyOf));
        }
        return name;
    }

    /**
     * Like {@link #require}, and the actor a page named ({@code claimed}) must be the caller: nobody
     * acts, or is written in the audit trail, in another's name. Returns the caller's own name.
     */
    public String actingAs(String claimed, Role... anyOf) {
        String name = require(anyOf);
        if (claimed == null || !same(claimed, name)) {
            throw new AccessDeniedException(name + " acting as " + claimed);
        }
        return name;
    }

    /** The caller as the resource centre's work sees them: a specialist, or an administrator who reaches every centre. */
    public Viewer viewer() {
        String name = require(Role.SPECIALIST, Role.ADMIN);
        return new Viewer(name, hasRole(Role.ADMIN));
    }

    /**
     * The {@code claimed} viewer, once checked against the security context: the same person, with
     * the administrator's reach only when they are one.
     */
    public Viewer confirm(Viewer claimed) {
        Viewer actual = viewer();
        if (claimed == null || !same(claimed.email(), actual.email()) || (claimed.admin() && !actual.admin())) {
            throw new AccessDeniedException(actual.email() + " claimed " + claimed);
        }
        return new Viewer(actual.email(), claimed.admin());
    }

    private static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
