package org.familyportal.directory.application.port;

import java.util.Arrays;
import java.util.Set;

/**
 * A caller for tests of the use cases' own checks, refusing as the portal's does (there with its
 * own "access denied" exception, here with a {@link SecurityException}).
 */
public record StaffCaller(String name, Set<DirectoryRole> roles, Set<String> organizations) implements DirectoryCaller {

    /** The caller {@code name} with {@code roles} (null name: anonymous). */
    public static StaffCaller of(String name, DirectoryRole... roles) {
        return new StaffCaller(name, Set.of(roles), Set.of());
    }

    /** An approved member of {@code organizations}. */
    public static StaffCaller member(String name, String... organizations) {
        return new StaffCaller(name, Set.of(DirectoryRole.ORG_MEMBER), Set.of(organizations));
    }

    @Override
    public String require(DirectoryRole... anyOf) {
        if (name == null || Arrays.stream(anyOf).noneMatch(roles::contains)) {
            throw new SecurityException(name + " lacks " + Arrays.toString(anyOf));
        }
        return name;
    }

    @Override
    public String actingAs(String claimed, DirectoryRole... anyOf) {
        String own = require(anyOf);
        if (claimed == null || !claimed.equalsIgnoreCase(own)) {
            throw new SecurityException(own + " acting as " + claimed);
        }
        return own;
    }

    @Override
    public boolean isAdministrator() {
        return name != null && roles.contains(DirectoryRole.ADMIN);
    }

    @Override
    public boolean hasRole(DirectoryRole role) {
        return name != null && roles.contains(role);
    }

    @Override
    public Set<String> memberOrganizations() {
        return name == null || !roles.contains(DirectoryRole.ORG_MEMBER) ? Set.of() : organizations;
    }

    @Override
    public RuntimeException refusal(String why) {
        return new SecurityException(why);
    }
}
