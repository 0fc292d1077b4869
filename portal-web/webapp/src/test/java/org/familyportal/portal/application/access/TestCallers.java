package org.familyportal.portal.application.access;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.familyportal.portal.domain.account.Role;

import java.security.Principal;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Callers for tests of the services' own checks: a security context as Jakarta Security would give it. */
public final class TestCallers {

    private TestCallers() {
    }

    /** The caller of a request by {@code name} with {@code roles} (null name: anonymous). */
    public static CurrentCaller of(String name, Role... roles) {
        Set<String> groups = Arrays.stream(roles).map(Role::name).collect(Collectors.toSet());
        return new CurrentCaller(new SecurityContext() {
            @Override
            public Principal getCallerPrincipal() {
                return name == null ? null : () -> name;
            }

            @Override
            public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
                return Set.of();
            }

            @Override
            public boolean isCallerInRole(String role) {
                return name != null && groups.contains(role);
            }

            @Override
            public boolean hasAccessToWebResource(String resource, String... methods) {
                return false;
            }

            @Override
            public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                                     AuthenticationParameters parameters) {
                throw new UnsupportedOperationException();
            }
        });
    }
}
