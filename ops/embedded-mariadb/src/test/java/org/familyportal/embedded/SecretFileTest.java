package org.familyportal.embedded;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretFileTest {

    private static Path folder() throws Exception {
        return Files.createTempDirectory(Files.createDirectories(Path.of("target")), "secrets-");
    }

    @Test
    void aNewSecretLivesInAnOwnerOnlyFileInAnOwnerOnlyFolder() throws Exception {
        Path file = folder().resolve("secrets/db-password");
        String secret = SecretFile.readOrCreate(file);

        assertTrue(secret.length() >= 20, secret);
        assertEquals(secret, Files.readString(file).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
        assertEquals(secret, SecretFile.readOrCreate(file), "read back, not generated again");
        try (Stream<Path> left = Files.list(file.getParent())) {
            assertEquals(List.of(file.getFileName()), left.map(Path::getFileName).toList(), "no draft left behind");
        }
    }

    @Test
    void aNewDataKeyIs32RandomBytesInBase64AndAnExistingOneStays() throws Exception {
        Path file = folder().resolve("secrets/data-key");
        String key = SecretFile.readOrCreateKey(file);
        assertEquals(32, java.util.Base64.getDecoder().decode(key).length, key);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(key, SecretFile.readOrCreateKey(file), "read back, not generated again");

        Path older = folder().resolve("data-key");
        Files.writeString(older, "an-18-byte-key-of-an-older-launcher\n");
        assertEquals("an-18-byte-key-of-an-older-launcher", SecretFile.readOrCreateKey(older), "kept as it is");
    }

    @Test
    void aSecretFileLeftReadableByOthersIsNarrowed() throws Exception {
        Path file = folder().resolve("data-key");
        Files.writeString(file, "an older installation's key\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertEquals("an older installation's key", SecretFile.readOrCreate(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void anEmptySecretFileIsReplacedByANewSecret() throws Exception {
        Path file = folder().resolve("admin-password");
        Files.createFile(file);

        String secret = SecretFile.readOrCreate(file);
        assertTrue(secret.length() >= 20);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    /**
     * While secrets are created, a watcher looks at every file of the folder as fast as it can: none
     * may ever be seen with permissions for the group or others (writing first and restricting
     * afterwards leaves such a moment).
     */
    @Test
    void noSecretIsEverVisibleWithWiderPermissions() throws Exception {
        Path secrets = folder();
        AtomicBoolean done = new AtomicBoolean();
        List<String> seen = new ArrayList<>();
        Thread watcher = new Thread(() -> {
            while (!done.get()) {
                try (Stream<Path> files = Files.list(secrets)) {
                    for (Path f : files.toList()) {
                        try {
                            Set<PosixFilePermission> p = Files.getPosixFilePermissions(f);
                            if (!SecretFile.OWNER_ONLY_FILE.containsAll(p)) {
                                synchronized (seen) {
                                    seen.add(f.getFileName() + " " + PosixFilePermissions.toString(p));
                                }
                            }
                        } catch (java.io.IOException gone) {
                            // renamed or deleted meanwhile
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        watcher.start();
        for (int i = 0; i < 300; i++) {
            SecretFile.readOrCreate(secrets.resolve("secret-" + i));
        }
        done.set(true);
        watcher.join();
        assertEquals(List.of(), seen);
    }
}
