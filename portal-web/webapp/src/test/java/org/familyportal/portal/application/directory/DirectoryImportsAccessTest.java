package org.familyportal.portal.application.directory;

import org.familyportal.portal.application.access.AccessDeniedException;
import org.familyportal.portal.application.access.TestCallers;
import org.familyportal.portal.domain.account.Role;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Imports are started and read by administrators only, in their own name. */
class DirectoryImportsAccessTest {

    private static final byte[] FILE = "id,name\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aModeratorCannotStartAnImport() {
        DirectoryImports imports = new DirectoryImports();
        imports.caller = TestCallers.of("moderator@example.org", Role.MODERATOR);
        assertThrows(AccessDeniedException.class, () -> imports.start("moderator@example.org", "services.csv", FILE));
    }

    @Test
    void anAdministratorCannotStartOrReadAnImportInAnothersName() {
        DirectoryImports imports = new DirectoryImports();
        imports.caller = TestCallers.of("admin@example.org", Role.ADMIN);
        assertThrows(AccessDeniedException.class, () -> imports.start("other@example.org", "services.csv", FILE));
        assertThrows(AccessDeniedException.class, () -> imports.job("any", "other@example.org"));
    }
}
