package org.familyportal.portal.infrastructure.protection;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.portal.infrastructure.persistence.DatabaseMigration;
import org.familyportal.portal.infrastructure.persistence.InstantConverter;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The one {@link DataProtection} of the application: sealing with {@code portal.data.key}
 * ({@code PORTAL_DATA_KEY}; the launcher generates one into the data directory's
 * {@code secrets/data-key}), opening with it and with the keys of {@code portal.data.key-previous}
 * ({@code PORTAL_DATA_KEY_PREVIOUS}, comma-separated) while a rotation re-encrypts what they sealed.
 * A key is 32 random bytes in base64, or a passphrase stretched with PBKDF2 and the installation's
 * salt (kept in the table {@code data_key_salt}, made on first use). Without a key, nothing with
 * personal data can be stored, and saying so is better than storing it readable.
 */
@ApplicationScoped
public class DataProtectionSettings {

    @Inject
    @ConfigProperty(name = "portal.data.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "portal.data.key-previous")
    Optional<String> previous;

    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;

    private volatile DataProtection protection;

    @Produces
    public DataProtection protection() {
        DataProtection current = protection;
        if (current == null) {
            synchronized (this) {
                current = protection;
                if (current == null) {
                    current = build();
                    protection = current;
                }
            }
        }
        return current;
    }

    public boolean isConfigured() {
        return key.isPresent() && key.get().strip().length() >= DataKey.MIN_SECRET;
    }

    private DataProtection build() {
        String secret = key.orElseThrow(() -> new IllegalStateException(
                "portal.data.key (PORTAL_DATA_KEY) is not configured: personal data cannot be stored"));
        List<String> earlier = new ArrayList<>();
        for (String text : previous.orElse("").split(",")) {
            if (!text.isBlank()) {
                earlier.add(text.strip());
            }
        }
        byte[] salt = null;
        boolean needsSalt = !DataKey.isRandomKey(secret) || earlier.stream().anyMatch(k -> !DataKey.isRandomKey(k));
        if (needsSalt) {
            salt = salt();
        }
        List<DataKey> keys = new ArrayList<>();
        for (String text : earlier) {
            keys.add(DataKey.of(text, salt));
        }
        return new DataProtection(DataKey.of(secret, salt), keys);
    }

    /** The installation's salt for passphrases: read, or made once (the first writer wins). */
    private byte[] salt() {
        try (Connection connection = dataSource.getConnection()) {
            String stored = read(connection);
            if (stored == null) {
                byte[] fresh = new byte[16];
                new SecureRandom().nextBytes(fresh);
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT IGNORE INTO data_key_salt (id, salt, created_at) VALUES (1, ?, ?)")) {
                    insert.setString(1, HexFormat.of().formatHex(fresh));
                    insert.setObject(2, InstantConverter.utc(Instant.now()));
                    insert.executeUpdate();
                }
                stored = read(connection);
            }
            return HexFormat.of().parseHex(stored);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the salt of the data key", e);
        }
    }

    private static String read(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT salt FROM data_key_salt WHERE id = 1");
             ResultSet rs = query.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
