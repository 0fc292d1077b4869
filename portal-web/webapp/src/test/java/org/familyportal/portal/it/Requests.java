package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test fixtures of help requests: staff working for organisations, and raw reads of the tables. */
final class Requests {

    static final String PASSWORD = "специалист-пароль-2026";

    private Requests() {
    }

    /** A municipality whose centre is set by the demo data, and that centre: [municipality code, centre id]. */
    static String[] municipalityWithCentre(int which) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT code, resource_centre_organization_id FROM municipality"
                     + " WHERE resource_centre_organization_id IS NOT NULL ORDER BY code");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        // Two different centres for "which" 0 and 1.
        String firstCentre = rows.get(0)[1];
        return which == 0 ? rows.get(0) : rows.stream().filter(r -> !r[1].equals(firstCentre)).findFirst().orElseThrow();
    }

    /** Any organisation that is not a resource centre, for referrals. */
    static String partnerOrganisation(int which) throws Exception {
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT id FROM organization WHERE id NOT IN"
                     + " (SELECT resource_centre_organization_id FROM municipality WHERE resource_centre_organization_id IS NOT NULL)"
                     + " ORDER BY id LIMIT 1 OFFSET " + which);
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A new account with {@code role} working for {@code organisation}; returns its e-mail. */
    static String staffOf(String organisation, Role role, boolean onDuty, boolean head) throws Exception {
        String email = StaffAccounts.create(PASSWORD, role);
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement insert = c.prepareStatement("INSERT INTO organization_member"
                     + " (user_account_id, organization_id, on_duty, head)"
                     + " SELECT id, ?, ?, ? FROM user_account WHERE email = ?")) {
            insert.setString(1, organisation);
            insert.setBoolean(2, onDuty);
            insert.setBoolean(3, head);
            insert.setString(4, email);
            insert.executeUpdate();
        }
        return email;
    }

    static PortalClient signedIn(java.net.URL portal, String email) {
        PortalClient client = new PortalClient(portal);
        SignInIT.signIn(client, email, PASSWORD);
        return client;
    }

    static String column(String number, String column) throws Exception {
        return query("SELECT " + column + " FROM help_request WHERE number = ?", number);
    }

    static String query(String sql, Object... parameters) throws Exception {
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static int update(String sql, Object... parameters) throws Exception {
        try (Connection c = TestDatabase.get().connect(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            return q.executeUpdate();
        }
    }

    static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        if (!m.find()) {
            throw new AssertionError("Not found: " + regex + " in\n" + html);
        }
        return m.group(1);
    }

    /** Waits until {@code sql} gives a non-null first value. */
    static String await(String sql, Object... parameters) throws Exception {
        long until = System.nanoTime() + 30_000_000_000L;
        String value;
        while ((value = query(sql, parameters)) == null && System.nanoTime() < until) {
            Thread.sleep(250);
        }
        return value;
    }
}
