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
                             String adminEmail, Optional<String> adminPassword) {

    public static final String DEFAULT_ADMIN_EMAIL = "admin@family-portal.local";

    public static LaunchSettings from(Map<String, String> env, Properties system) {
        Lookup lookup = new Lookup(env, system);
        Path dataHome = lookup.get("PORTAL_DATA_DIR")
                .map(Path::of)
                .orElse(Path.of(system.getProperty("user.home"), ".family-portal"))
                .toAbsolutePath().normalize();
        int port = lookup.get("PORTAL_HTTP_PORT").map(LaunchSettings::parsePort).orElse(8080);
        Optional<DatabaseSettings> external = lookup.get("PORTAL_DB_URL").map(url -> new DatabaseSettings(
                url, lookup.get("PORTAL_DB_USER").orElse("root"), lookup.get("PORTAL_DB_PASSWORD").orElse("")));
        return new LaunchSettings(dataHome, port, external,
                lookup.get("PORTAL_ADMIN_EMAIL").orElse(DEFAULT_ADMIN_EMAIL),
                lookup.get("PORTAL_ADMIN_PASSWORD"));
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
