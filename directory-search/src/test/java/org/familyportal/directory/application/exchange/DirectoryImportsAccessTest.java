package org.familyportal.directory.application.exchange;

import org.familyportal.directory.application.port.DirectoryRole;
import org.familyportal.directory.application.port.StaffCaller;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** Imports are started and read by administrators only, in their own name. */
class DirectoryImportsAccessTest {

    private static final byte[] FILE = "id,name\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void aModeratorCannotStartAnImport() {
        DirectoryImports imports = new DirectoryImports();
        imports.caller = StaffCaller.of("moderator@example.org", DirectoryRole.MODERATOR);
        assertThrows(SecurityException.class, () -> imports.start("moderator@example.org", "services.csv", FILE));
    }

    @Test
    void anAdministratorCannotStartOrReadAnImportInAnothersName() {
        DirectoryImports imports = new DirectoryImports();
        imports.caller = StaffCaller.of("admin@example.org", DirectoryRole.ADMIN);
        assertThrows(SecurityException.class, () -> imports.start("other@example.org", "services.csv", FILE));
        assertThrows(SecurityException.class, () -> imports.job("any", "other@example.org"));
    }
}
