package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff sign in with the database identity store; wrong passwords fail and, repeated, slow down their address only. */
@PortalContainerTest
class SignInIT {

    private static final String PASSWORD = "правильный-пароль-2026";

    @ArquillianResource
    URL portal;

    @Test
    void createdUserCanSignInAndOut() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.OPERATOR);
        PortalClient operator = new PortalClient(portal);

        HttpResponse<String> answer = signIn(operator, email, PASSWORD);
        assertEquals(302, answer.statusCode(), "signed in and redirected");
        assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/account/"));
        HttpResponse<String> account = operator.follow(answer);
        assertEquals(200, account.statusCode());
        assertTrue(account.body().contains(email), "the account page names who is signed in");

        HttpResponse<String> signedOut = operator.submit("/account/", account.body(), "signOutForm", "signOut", Map.of());
        assertEquals(302, signedOut.statusCode());
        assertEquals(404, operator.get("/account/").statusCode(), "after signing out the account page is gone");
    }

    @Test
    void wrongPasswordIsRefusedAndTheEmailKept() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.SPECIALIST);
        PortalClient visitor = new PortalClient(portal);

        HttpResponse<String> answer = signIn(visitor, email, "not-the-password");
        assertEquals(200, answer.statusCode(), "stays on the sign-in page");
        assertTrue(answer.body().contains("Не удалось войти"), "a localized error");
        assertTrue(answer.body().contains("value=\"" + email + "\""), "what was typed is kept");
        assertEquals(404, visitor.get("/account/").statusCode(), "not signed in");
    }

    @Test
    void unknownEmailIsRefusedLikeAWrongPassword() {
        HttpResponse<String> answer = signIn(new PortalClient(portal), "nobody@it.family-portal.test", PASSWORD);
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("Не удалось войти"));
    }

    @Test
    void emptyFieldsGetLocalizedMessages() {
        PortalClient visitor = new PortalClient(portal);
        HttpResponse<String> page = visitor.get("/sign-in.xhtml?lang=en");
        HttpResponse<String> answer = visitor.submit("/sign-in.xhtml", page.body(), "signIn", "submit",
                Map.of("email", "", "password", ""));
        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("Please fill in this field"), answer.body());
    }

    @Test
    void anAttackerFromOneAddressDoesNotKeepTheOwnerOutFromAnother() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.EDITOR);
        PortalClient attacker = new PortalClient(portal).from("10.66.1.1");
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> guess = signIn(attacker, email, "guess-" + i);
            assertTrue(guess.body().contains("Не удалось войти"), "guess " + i + " refused");
        }
        HttpResponse<String> attackerWithRightPassword = signIn(attacker, email, PASSWORD);
        assertEquals(200, attackerWithRightPassword.statusCode(),
                "the guessing address must wait before its next try, even with the right password");
        assertTrue(attackerWithRightPassword.body().contains("Не удалось войти"));
        // The wait counts down from 5 s after the sixth guess; on a loaded machine seconds pass before this try.
        assertTrue(java.util.regex.Pattern.compile("Попробуйте снова через [1-5] с").matcher(attackerWithRightPassword.body()).find(),
                "refused at once and told how long to wait: " + attackerWithRightPassword.body());

        HttpResponse<String> owner = signIn(new PortalClient(portal).from("10.66.2.2"), email, PASSWORD);
        assertEquals(302, owner.statusCode(), "the owner from another address signs in at once");

        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*), SUM(f.failures) FROM sign_in_failure f"
                     + " JOIN user_account a ON a.id = f.user_account_id WHERE a.email = ?")) {
            q.setString(1, email);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1), "failures are counted for the attacker's address only");
                assertEquals(6, rs.getInt(2), "a try refused while waiting is not checked, so not counted");
            }
        }
    }

    @Test
    void parallelGuessesFromOneAddressAreCheckedNoMoreOftenThanTheThrottleAllows() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.OPERATOR);
        int guesses = 14;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(guesses);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < guesses; i++) {
                PortalClient attacker = new PortalClient(portal).from("10.66.3.3");
                HttpResponse<String> page = attacker.get("/sign-in.xhtml");
                String guess = "parallel-guess-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return attacker.submit("/sign-in.xhtml", page.body(), "signIn", "submit",
                            Map.of("email", email, "password", guess));
                }));
            }
            start.countDown();
            int toldToWait = 0;
            for (var answer : answers) {
                HttpResponse<String> response = answer.get(120, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(200, response.statusCode());
                assertTrue(response.body().contains("Не удалось войти"), response.body());
                toldToWait += response.body().contains("Попробуйте снова через") ? 1 : 0;
            }
            int checked;
            try (Connection c = TestDatabase.get().connect();
                 PreparedStatement q = c.prepareStatement("SELECT SUM(f.failures) FROM sign_in_failure f"
                         + " JOIN user_account a ON a.id = f.user_account_id WHERE a.email = ?")) {
                q.setString(1, email);
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next());
                    checked = rs.getInt(1);
                }
            }
            // Five free guesses and a sixth are checked; every other one waits for those and is then refused.
            assertTrue(checked >= 1 && checked <= 6, "at most the allowed guesses are checked, not " + checked);
            assertEquals(guesses - checked, toldToWait, "the others are refused unchecked and told to wait");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theThrottleHashesAddressesWithTheInstallationsOwnSecretNotTheDataKey() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.OPERATOR);
        signIn(new PortalClient(portal).from("10.66.4.4"), email, "not-the-password");
        byte[] secret;
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT secret FROM instance_secret WHERE name = 'sign-in-sources'");
             ResultSet rs = q.executeQuery()) {
            assertTrue(rs.next(), "made by the portal, in its database");
            secret = java.util.HexFormat.of().parseHex(rs.getString(1));
        }
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(
                mac.doFinal("sign-in 10.66.4.4".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT f.source_hash FROM sign_in_failure f"
                     + " JOIN user_account a ON a.id = f.user_account_id WHERE a.email = ?")) {
            q.setString(1, email);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(expected, rs.getString(1), "so signing in works without PORTAL_DATA_KEY");
            }
        }
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT ABS(TIMESTAMPDIFF(MINUTE, f.last_failure_at, UTC_TIMESTAMP())) < 5"
                     + " FROM sign_in_failure f JOIN user_account a ON a.id = f.user_account_id WHERE a.email = ?")) {
            q.setString(1, email);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertTrue(rs.getBoolean(1), "the failure's time is UTC, though the portal's JVM runs in Irkutsk");
            }
        }
    }

    @Test
    void aPasswordHashOfThePortalsFirstHasherStillSignsInAndIsUpgraded() throws Exception {
        String email = StaffAccounts.createWithLegacyHash(PASSWORD, Role.OPERATOR);
        assertEquals(302, signIn(new PortalClient(portal), email, PASSWORD).statusCode());
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT password_hash FROM user_account WHERE email = ?")) {
            q.setString(1, email);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("PBKDF2WithHmacSHA512:210000:"),
                        "rehashed by Jakarta Security's Pbkdf2PasswordHash: " + rs.getString(1).substring(0, 20));
            }
        }
        assertEquals(302, signIn(new PortalClient(portal), email, PASSWORD).statusCode(), "and signs in again");
        assertEquals(200, signIn(new PortalClient(portal), email, "not-the-password").statusCode());
    }

    @Test
    void firstAdministratorFromConfigurationManagesAccounts() throws Exception {
        PortalClient admin = new PortalClient(portal);
        HttpResponse<String> answer = signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
        assertEquals(302, answer.statusCode());
        HttpResponse<String> users = admin.get("/admin/users.xhtml");
        assertEquals(200, users.statusCode());
        assertTrue(users.body().contains(TestDatabase.ADMIN_EMAIL));

        HttpResponse<String> tooShort = admin.submit("/admin/users.xhtml", users.body(), "newAccount", "create",
                Map.of("email", "new.specialist@it.family-portal.test", "displayName", "Ольга Петрова",
                        "password", "short"));
        assertTrue(tooShort.body().contains("Пароль должен быть не короче 12 символов"), tooShort.body());
        assertTrue(tooShort.body().contains("value=\"Ольга Петрова\""), "the name typed is kept");

        HttpResponse<String> created = admin.submit("/admin/users.xhtml", tooShort.body(), "newAccount", "create",
                Map.of("email", "new.specialist@it.family-portal.test", "displayName", "Ольга Петрова",
                        "password", PASSWORD, "roles", "SPECIALIST"));
        assertTrue(created.body().contains("Учётная запись создана"), created.body());
        assertEquals(TestDatabase.ADMIN_EMAIL,
                AccountLifecycleIT.auditActor("account new.specialist@it.family-portal.test opened, roles [SPECIALIST]"),
                "opening an account is audited");
        assertEquals(302, signIn(new PortalClient(portal), "New.Specialist@it.family-portal.test", PASSWORD).statusCode(),
                "the new account signs in, its e-mail compared without case");
    }

    @Test
    void staffWithoutTheRoleGetNotFoundForAdminPages() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.MODERATOR);
        PortalClient moderator = new PortalClient(portal);
        assertEquals(302, signIn(moderator, email, PASSWORD).statusCode());
        assertEquals(200, moderator.get("/account/").statusCode());
        HttpResponse<String> admin = moderator.get("/admin/users.xhtml");
        assertEquals(404, admin.statusCode());
        assertFalse(admin.body().contains(TestDatabase.ADMIN_EMAIL), "nothing of the page leaks");
    }

    static HttpResponse<String> signIn(PortalClient client, String email, String password) {
        HttpResponse<String> page = client.get("/sign-in.xhtml");
        assertEquals(200, page.statusCode());
        return client.submit("/sign-in.xhtml", page.body(), "signIn", "submit",
                Map.of("email", email, "password", password));
    }
}
