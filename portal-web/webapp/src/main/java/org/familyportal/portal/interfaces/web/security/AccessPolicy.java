package org.familyportal.portal.interfaces.web.security;

import org.familyportal.portal.domain.account.Role;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which staff areas of the site each role may open. Everything outside these areas is public.
 * A visitor without access gets "not found", never "forbidden", so the areas do not reveal themselves.
 */
public final class AccessPolicy {

    /** Any signed-in person, with any role or none (their own account page: password, sign-out). */
    private static final Set<Role> SIGNED_IN = EnumSet.noneOf(Role.class);

    private final Map<String, Set<Role>> areas = new LinkedHashMap<>();

    public AccessPolicy() {
        areas.put("/admin/", EnumSet.of(Role.ADMIN));
        areas.put("/moderation/", EnumSet.of(Role.MODERATOR, Role.ADMIN));
        areas.put("/editorial/", EnumSet.of(Role.EDITOR, Role.ADMIN));
        areas.put("/hotline/", EnumSet.of(Role.OPERATOR));
        areas.put("/centre/", EnumSet.of(Role.SPECIALIST, Role.ADMIN));
        areas.put("/organisation/", EnumSet.of(Role.ORG_MEMBER));
        areas.put("/account/", SIGNED_IN);
        // The server's metrics (JVM, heap, threads), served inside the portal when it runs at "/".
        areas.put("/metrics/", EnumSet.of(Role.ADMIN));
    }

    /** Whether {@code path} lies in a staff area (its answers hold personal or internal data). */
    public boolean isRestricted(String path) {
        return area(path) != null;
    }

    /**
     * @param path      the request path inside the application, e.g. {@code /admin/users.xhtml}
     * @param hasRole   tells whether the current caller has a role (false for everyone anonymous)
     * @param signedIn  whether anybody is signed in
     */
    public boolean allows(String path, Predicate<Role> hasRole, boolean signedIn) {
        Set<Role> roles = area(path);
        return roles == null || signedIn && (roles == SIGNED_IN || roles.stream().anyMatch(hasRole));
    }

    private Set<Role> area(String path) {
        String normalized = (path == null || path.isEmpty() ? "/" : path).toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Set<Role>> area : areas.entrySet()) {
            String prefix = area.getKey();
            if (normalized.startsWith(prefix) || normalized.equals(prefix.substring(0, prefix.length() - 1))) {
                return area.getValue();
            }
        }
        return null;
    }
}
