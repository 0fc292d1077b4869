package org.familyportal.ops.launch;

import org.familyportal.embedded.DatabaseSettings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What the launcher needs to know, read from environment variables (or the equivalent system
 * properties, e.g. {@code PORTAL_DB_URL} or {@code -Dportal.db.url}). Nothing here has a default
 * password: a missing administrator password is generated and kept in the data folder.
 */
public record LaunchSettings(Path dataHome, int httpPort, Optional<DatabaseSettings> externalDatabase,
                             String adminEmail, Optional<String> adminPassword, LogRotation log) {

    public static final String DEFAULT_ADMIN_EMAIL = "admin@family-portal.local";

    /**
     * How much of Payara's log is kept: files of at most {@code fileBytes} (a file is closed and a new
     * one begun when it gets there), the newest {@code files} of them; at most their product on disk.
     */
    public record LogRotation(long fileBytes, int files) {
        public static final LogRotation DEFAULT = new LogRotation(10L << 20, 5);

        public long maxBytes() {
            return fileBytes * files;
        }
    }

    public static LaunchSettings from(Map<String, String> env, Properties system) {
        Lookup lookup = new Lookup(env, system);
        Path dataHome = lookup.get("PORTAL_DATA_DIR")
                .map(Path::of)
                .orElse(Path.of(system.getProperty("user.home"), ".family-portal"))
                .toAbsolutePath().normalize();
        int port = lookup.get("PORTAL_HTTP_PORT").map(LaunchSettings::parsePort).orElse(8080);
        Optional<DatabaseSettings> external = lookup.get("PORTAL_DB_URL").map(url -> new DatabaseSettings(
                url, lookup.get("PORTAL_DB_USER").orElse("root"), lookup.get("PORTAL_DB_PASSWORD").orElse("")));
        LogRotation log = new LogRotation(
                lookup.get("PORTAL_LOG_FILE_MB").map(v -> parseRange("PORTAL_LOG_FILE_MB", v, 1, 1024))
                        .orElse((int) (LogRotation.DEFAULT.fileBytes() >> 20)) * (1L << 20),
                lookup.get("PORTAL_LOG_FILES").map(v -> parseRange("PORTAL_LOG_FILES", v, 1, 100))
                        .orElse(LogRotation.DEFAULT.files()));
        return new LaunchSettings(dataHome, port, external,
                lookup.get("PORTAL_ADMIN_EMAIL").orElse(DEFAULT_ADMIN_EMAIL),
                lookup.get("PORTAL_ADMIN_PASSWORD"), log);
    }

    private static int parseRange(String variable, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new IllegalArgumentException(variable + " must be between " + min + " and " + max + ": " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " is not a number: " + value, e);
        }
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("PORTAL_HTTP_PORT must be between 1 and 65535: " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORTAL_HTTP_PORT is not a number: " + value, e);
        }
    }

    /** An environment variable, else its system-property spelling (PORTAL_DB_URL ~ portal.db.url). */
    private record Lookup(Map<String, String> env, Properties system) {
        Optional<String> get(String variable) {
            String value = env.get(variable);
            if (value == null) {
                value = system.getProperty(variable.toLowerCase().replace('_', '.'));
            }
            return Optional.ofNullable(value).filter(v -> !v.isBlank());
        }
    }
}
