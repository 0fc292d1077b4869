package org.familyportal.ops.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Payara's own configuration is found beside its jar, and a server without it is not started. */
class PrebootCommandsTest {

    @Test
    void theCommandsBesideTheJarAreTaken(@TempDir Path folder) throws IOException {
        Path commands = Files.writeString(folder.resolve("pre-boot-commands.txt"), "set x=y\n");
        assertEquals(commands, PortalLauncher.prebootCommands(folder.resolve("payara-micro.jar")));
    }

    @Test
    void withoutThemTheLauncherSaysWhatToDo(@TempDir Path folder) {
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> PortalLauncher.prebootCommands(folder.resolve("payara-micro.jar")));
        assertTrue(missing.getMessage().contains("mvn package"), missing.getMessage());
    }
}
