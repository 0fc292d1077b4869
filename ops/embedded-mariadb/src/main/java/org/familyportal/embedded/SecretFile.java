package org.familyportal.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * A generated secret kept in a file readable only by its owner, so that a local installation gets
 * strong credentials without any default password living in code or git.
 * <p>
 * The file never exists with wider permissions, not even for a moment: the secret is written into a
 * temporary file created owner-only ({@code rw-------}, in a folder created {@code rwx------}) and
 * then renamed atomically into place, so nobody can open it between its creation and a later
 * {@code chmod}, and a crash never leaves a half-written secret behind. A secret file left readable
 * by others (an installation made before this was so) is narrowed when it is read.
 */
public final class SecretFile {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");

    private SecretFile() {
    }

    /** Returns the secret stored at {@code file}, generating and storing a new one the first time. */
    public static String readOrCreate(Path file) {
        return readOrCreate(file, 18, Base64.getUrlEncoder().withoutPadding());
    }

    /**
     * Like {@link #readOrCreate(Path)} for a key: a new one is 32 random bytes in base64, what the
     * portal takes as a key without stretching it (PORTAL_DATA_KEY). An existing file stays as it is.
     */
    public static String readOrCreateKey(Path file) {
        return readOrCreate(file, 32, Base64.getEncoder());
    }

    private static String readOrCreate(Path file, int bytes, Base64.Encoder encoding) {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        try {
            if (Files.exists(file)) {
                String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!stored.isEmpty()) {
                    if (posix && !OWNER_ONLY_FILE.containsAll(Files.getPosixFilePermissions(file))) {
                        Files.setPosixFilePermissions(file, OWNER_ONLY_FILE);
                    }
                    return stored;
                }
            }
            Path folder = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                if (posix) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
                } else {
                    Files.createDirectories(folder);
                }
            }
            String secret = newSecret(bytes, encoding);
            FileAttribute<?>[] ownerOnly = posix
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                    : new FileAttribute<?>[0];
            Path draft = Files.createTempFile(folder, "." + file.getFileName(), ".new", ownerOnly);
            try {
                Files.writeString(draft, secret + "\n", StandardCharsets.UTF_8);
                Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(draft);
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret file " + file, e);
        }
    }

    static String newSecret(int length, Base64.Encoder encoding) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return encoding.encodeToString(bytes);
    }
}
