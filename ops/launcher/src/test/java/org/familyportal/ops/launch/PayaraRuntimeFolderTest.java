package org.familyportal.ops.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Payara's runtime folder: in the data folder, not under /tmp, and empty at every start. */
class PayaraRuntimeFolderTest {

    @Test
    void eachStartGetsAnEmptyRuntimeFolderInTheDataFolder(@TempDir Path data) throws IOException {
        Path first = PortalLauncher.freshRuntimeFolder(data);
        Files.createDirectories(first.resolve("config"));
        Files.writeString(first.resolve("config/domain.xml"), "<domain/>");
        Path outside = Files.writeString(data.resolve("keep.txt"), "kept");
        Files.createSymbolicLink(first.resolve("link"), outside);

        Path second = PortalLauncher.freshRuntimeFolder(data);
        assertEquals(data.resolve("payara-runtime"), second);
        try (var left = Files.list(second)) {
            assertEquals(0, left.count(), "the last start's configuration is gone");
        }
        assertEquals("kept", Files.readString(outside), "a link is removed, never what it points to");
    }
}
