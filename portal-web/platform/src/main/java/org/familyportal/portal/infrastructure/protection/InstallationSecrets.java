package org.familyportal.portal.infrastructure.protection;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.familyportal.portal.infrastructure.config.PortalDataSource;
import org.familyportal.portal.infrastructure.persistence.InstantConverter;

import javax.sql.DataSource;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * Random values the installation makes once and keeps in its database: the salt of a passphrase
 * data key, and named secrets such as the key of the sign-in throttle's address hashes.
 * <p>
 * Each is read, or made (the first writer wins), in a transaction of its own, whatever transaction
 * the caller is in: a value cached by the caller must never be one whose row a rollback took away
 * (everything sealed with a key derived from a lost salt would be unreadable after a restart).
 */
@ApplicationScoped
public class InstallationSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource(lookup = PortalDataSource.NAME)
    DataSource dataSource;

    /** The salt of passphrase data keys (16 bytes), committed before it is returned. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] dataKeySalt() {
        return readOrMake("SELECT salt FROM data_key_salt WHERE id = 1",
                "INSERT IGNORE INTO data_key_salt (id, salt, created_at) VALUES (1, ?, ?)", null, 16);
    }

    /** The secret called {@code name} (32 bytes), committed before it is returned. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public byte[] secret(String name) {
        return readOrMake("SELECT secret FROM instance_secret WHERE name = ?",
                "INSERT IGNORE INTO instance_secret (secret, created_at, name) VALUES (?, ?, ?)", name, 32);
    }

    private byte[] readOrMake(String select, String insert, String name, int length) {
        try (Connection connection = dataSource.getConnection()) {
            String stored = read(connection, select, name);
            if (stored == null) {
                byte[] fresh = new byte[length];
                RANDOM.nextBytes(fresh);
                try (PreparedStatement statement = connection.prepareStatement(insert)) {
                    statement.setString(1, HexFormat.of().formatHex(fresh));
                    statement.setObject(2, InstantConverter.utc(Instant.now()));
                    if (name != null) {
                        statement.setString(3, name);
                    }
                    statement.executeUpdate();
                }
                stored = read(connection, select, name);
            }
            return HexFormat.of().parseHex(stored);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read or make the installation's secret "
                    + (name == null ? "data key salt" : name), e);
        }
    }

    private static String read(Connection connection, String select, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(select)) {
            if (name != null) {
                query.setString(1, name);
            }
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
