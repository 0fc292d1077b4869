package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.PasswordHasher;
import org.familyportal.portal.domain.account.Role;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** Creates staff accounts straight in the test database, as an administrator's tool would. */
final class StaffAccounts {

    private StaffAccounts() {
    }

    /** A new account with a unique e-mail; returns that e-mail. */
    static String create(String password, Role... roles) throws Exception {
        String email = "staff-" + UUID.randomUUID() + "@it.family-portal.test";
        String hash = new PasswordHasher().hash(password.toCharArray());
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
