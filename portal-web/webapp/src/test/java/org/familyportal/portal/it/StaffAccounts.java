package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Creates staff accounts straight in the test database, as an administrator's tool would. */
final class StaffAccounts {

    private StaffAccounts() {
    }

    /** A new account with a unique e-mail; returns that e-mail. */
    static String create(String password, Role... roles) throws Exception {
        return createWithHash(hash(password, false), roles);
    }

    /** A new account whose password hash is in the notation of the portal's first hasher (before #9). */
    static String createWithLegacyHash(String password, Role... roles) throws Exception {
        return createWithHash(hash(password, true), roles);
    }

    /**
     * A PBKDF2-HMAC-SHA512 hash (210,000 iterations, 16-byte salt, 64-byte key) as Jakarta Security's
     * Pbkdf2PasswordHash writes it, or with {@code legacy} as the portal's first hasher wrote it.
     */
    static String hash(String password, boolean legacy) throws Exception {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 210_000, 512)).getEncoded();
        if (legacy) {
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            return "pbkdf2-sha512$210000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        }
        Base64.Encoder b64 = Base64.getEncoder();
        return "PBKDF2WithHmacSHA512:210000:" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    private static String createWithHash(String hash, Role... roles) throws Exception {
        String email = "staff-" + UUID.randomUUID() + "@it.family-portal.test";
        try (Connection c = TestDatabase.get().connect()) {
            long id;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO user_account"
                    + " (email, display_name, password_hash, created_at) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, email);
                insert.setString(2, "Мария Иванова");
                insert.setString(3, hash);
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            for (Role role : roles) {
                try (PreparedStatement grant = c.prepareStatement(
                        "INSERT INTO user_account_role (user_account_id, role) VALUES (?, ?)")) {
                    grant.setLong(1, id);
                    grant.setString(2, role.name());
                    grant.executeUpdate();
                }
            }
        }
        return email;
    }
}
