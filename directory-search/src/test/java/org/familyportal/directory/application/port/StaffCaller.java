package org.familyportal.directory.application.port;

import java.util.Arrays;
import java.util.Set;

/**
 * A caller for tests of the use cases' own checks, refusing as the portal's does (there with its
 * own "access denied" exception, here with a {@link SecurityException}).
 */
public record StaffCaller(String name, Set<DirectoryRole> roles) implements DirectoryCaller {

    /** The caller {@code name} with {@code roles} (null name: anonymous). */
    public static StaffCaller of(String name, DirectoryRole... roles) {
        return new StaffCaller(name, Set.of(roles));
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
}
