package org.familyportal.portal.application.directory;

import org.familyportal.directory.application.port.DirectoryRole;
import org.familyportal.portal.application.access.AccessDeniedException;
import org.familyportal.portal.application.access.TestCallers;
import org.familyportal.portal.domain.account.Role;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The directory's checks are the portal's: its roles, its "access denied", nobody in another's name. */
class PortalDirectoryCallerTest {

    private static PortalDirectoryCaller as(String name, Role... roles) {
        PortalDirectoryCaller caller = new PortalDirectoryCaller();
        caller.caller = TestCallers.of(name, roles);
        return caller;
    }

    @Test
    void aModeratorModeratesButDoesNotAdminister() {
        PortalDirectoryCaller moderator = as("moderator@example.org", Role.MODERATOR);
        assertEquals("moderator@example.org", moderator.actingAs("Moderator@example.org",
                DirectoryRole.MODERATOR, DirectoryRole.ADMIN));
        assertThrows(AccessDeniedException.class, () -> moderator.require(DirectoryRole.ADMIN));
        assertFalse(moderator.isAdministrator());
    }

    @Test
    void anAdministratorActsInTheirOwnNameOnly() {
        PortalDirectoryCaller admin = as("admin@example.org", Role.ADMIN);
        assertTrue(admin.isAdministrator());
        assertThrows(AccessDeniedException.class, () -> admin.actingAs("other@example.org", DirectoryRole.ADMIN));
        assertThrows(AccessDeniedException.class, () -> as(null).require(DirectoryRole.MODERATOR));
        assertThrows(AccessDeniedException.class, () -> as("editor@example.org", Role.EDITOR).require(DirectoryRole.MODERATOR));
    }
}
