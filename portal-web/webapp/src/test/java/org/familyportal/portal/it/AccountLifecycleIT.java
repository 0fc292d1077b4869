package org.familyportal.portal.it;

import jakarta.mail.internet.MimeMessage;
import org.familyportal.portal.domain.account.Role;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.familyportal.portal.it.SignInIT.signIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The life of a staff account, every step audited: an administrator disables and enables it (its
 * sessions end at once), changes its roles (the next sign-in carries them), resets its password (a
 * temporary one, changed at the next sign-in); everyone changes their own password; a forgotten one
 * is reset by a single-use link by mail, with the same answer whether or not the address exists.
 * A session whose access was taken away cannot act, not even with a form it already holds.
 */
@PortalContainerTest
class AccountLifecycleIT {

    private static final String PASSWORD = "правильный-пароль-2026";
    private static final String NEW_PASSWORD = "новый-пароль-на-зиму-2027";
    private static final Pattern TEMPORARY = Pattern.compile("<code id=\"temporary-password\">([^<]+)</code>");
    private static final Pattern RESET_LINK = Pattern.compile("reset-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @ArquillianResource
    URL portal;

    @Test
    void aDisabledAccountIsSignedOutAtOnceAndCannotSignIn() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.SPECIALIST);
        PortalClient specialist = new PortalClient(portal);
        assertEquals(302, signIn(specialist, email, PASSWORD).statusCode());
        assertEquals(200, specialist.get("/account/").statusCode());

        PortalClient admin = administrator();
        HttpResponse<String> page = admin.get("/admin/user.xhtml?id=" + accountId(email));
        assertEquals(200, page.statusCode());
        HttpResponse<String> disabled = admin.submit("/admin/user.xhtml?id=" + accountId(email), page.body(),
                "account", "disable", Map.of());
        assertTrue(disabled.body().contains("Учётная запись отключена"), disabled.body());

        HttpResponse<String> next = specialist.get("/account/");
        assertEquals(302, next.statusCode(), "the open session's next request is signed out");
        assertTrue(next.headers().firstValue("Location").orElse("").endsWith("/sign-in.xhtml"));
        assertEquals(404, specialist.get("/centre/index.xhtml").statusCode(), "and stays signed out");
        assertEquals(200, signIn(new PortalClient(portal), email, PASSWORD).statusCode(), "a disabled account cannot sign in");
        assertEquals(TestDatabase.ADMIN_EMAIL, auditActor("account " + email + " disabled"));

        HttpResponse<String> again = admin.get("/admin/user.xhtml?id=" + accountId(email));
        HttpResponse<String> enabled = admin.submit("/admin/user.xhtml?id=" + accountId(email), again.body(),
                "account", "enable", Map.of());
        assertTrue(enabled.body().contains("Учётная запись включена"), enabled.body());
        assertEquals(302, signIn(new PortalClient(portal), email, PASSWORD).statusCode(), "enabled again");
        assertEquals(TestDatabase.ADMIN_EMAIL, auditActor("account " + email + " enabled"));
    }

    @Test
    void newRolesEndTheSessionAndTheNextSignInCarriesThem() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.OPERATOR);
        PortalClient person = new PortalClient(portal);
        assertEquals(302, signIn(person, email, PASSWORD).statusCode());
        assertEquals(200, person.get("/hotline/index.xhtml").statusCode());

        PortalClient admin = administrator();
        String path = "/admin/user.xhtml?id=" + accountId(email);
        HttpResponse<String> saved = admin.submit(path, admin.get(path).body(), "account", "saveRoles",
                Map.of("roles", "EDITOR"));
        assertTrue(saved.body().contains("Роли сохранены"), saved.body());

        assertEquals(302, person.get("/hotline/index.xhtml").statusCode(), "the old roles' session is over");
        assertEquals(302, signIn(person, email, PASSWORD).statusCode());
        assertEquals(404, person.get("/hotline/index.xhtml").statusCode(), "no longer an operator");
        HttpResponse<String> editorial = person.get("/editorial/");
        assertEquals(200, editorial.statusCode(), "the editor's start page");
        assertTrue(editorial.body().contains("id=\"editorial-title\""));
        assertTrue(person.get("/account/").body().contains("id=\"editorial-link\""), "linked from the account page");
        assertEquals(TestDatabase.ADMIN_EMAIL, auditActor("account " + email + " roles [OPERATOR] -> [EDITOR]"));
    }

    @Test
    void aSessionWhoseAdministratorRoleWasTakenCannotActWithAFormItAlreadyHolds() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.ADMIN);
        PortalClient former = new PortalClient(portal);
        assertEquals(302, signIn(former, email, PASSWORD).statusCode());
        HttpResponse<String> tokens = former.get("/admin/api-tokens.xhtml");
        assertEquals(200, tokens.statusCode());

        PortalClient admin = administrator();
        String path = "/admin/user.xhtml?id=" + accountId(email);
        admin.submit(path, admin.get(path).body(), "account", "saveRoles", Map.of("roles", "MODERATOR"));

        String name = "stale-session-" + System.nanoTime();
        HttpResponse<String> crafted = former.submit("/admin/api-tokens.xhtml", tokens.body(), "tokens", "issue",
                Map.of("name", name));
        assertEquals(302, crafted.statusCode(), "signed out instead of acting");
        assertFalse(crafted.body().contains("fp_"), "no token shown");
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM api_token WHERE name = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no token was issued");
            }
        }
    }

    @Test
    void aResetGivesATemporaryPasswordThatMustBeChangedAtTheNextSignIn() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.ORG_MEMBER);
        PortalClient person = new PortalClient(portal);
        assertEquals(302, signIn(person, email, PASSWORD).statusCode());

        PortalClient admin = administrator();
        String path = "/admin/user.xhtml?id=" + accountId(email);
        HttpResponse<String> reset = admin.submit(path, admin.get(path).body(), "account", "resetPassword", Map.of());
        Matcher temporary = TEMPORARY.matcher(reset.body());
        assertTrue(temporary.find(), "the temporary password is shown once: " + reset.body());
        assertEquals(302, person.get("/account/").statusCode(), "the session ended");
        assertEquals(200, signIn(new PortalClient(portal), email, PASSWORD).statusCode(), "the old password is gone");

        HttpResponse<String> signedIn = signIn(person, email, temporary.group(1));
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml"),
                "straight to changing it");
        HttpResponse<String> elsewhere = person.get("/organisation/referrals.xhtml");
        assertEquals(302, elsewhere.statusCode(), "nothing else opens before the password is changed");
        assertTrue(elsewhere.headers().firstValue("Location").orElse("").endsWith("/account/password.xhtml"));

        HttpResponse<String> form = person.get("/account/password.xhtml");
        HttpResponse<String> changed = person.submit("/account/password.xhtml", form.body(), "password", "change",
                Map.of("current", temporary.group(1), "new", NEW_PASSWORD, "repeat", NEW_PASSWORD));
        assertTrue(changed.body().contains("Пароль изменён"), changed.body());
        assertEquals(200, person.get("/organisation/referrals.xhtml").statusCode(), "and then work goes on");
        assertEquals(302, signIn(new PortalClient(portal), email, NEW_PASSWORD).statusCode());
        assertEquals(TestDatabase.ADMIN_EMAIL, auditActor("account " + email + " password reset by an administrator"));
        assertEquals(email, auditActor("account " + email + " changed its own password"));
    }

    @Test
    void everyoneChangesTheirOwnPasswordByGivingTheCurrentOne() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.MODERATOR);
        PortalClient here = new PortalClient(portal);
        PortalClient otherDevice = new PortalClient(portal);
        assertEquals(302, signIn(here, email, PASSWORD).statusCode());
        assertEquals(302, signIn(otherDevice, email, PASSWORD).statusCode());

        HttpResponse<String> form = here.get("/account/password.xhtml");
        HttpResponse<String> wrong = here.submit("/account/password.xhtml", form.body(), "password", "change",
                Map.of("current", "not-the-password", "new", NEW_PASSWORD, "repeat", NEW_PASSWORD));
        assertTrue(wrong.body().contains("Текущий пароль введён неверно"), wrong.body());
        HttpResponse<String> mismatch = here.submit("/account/password.xhtml", wrong.body(), "password", "change",
                Map.of("current", PASSWORD, "new", NEW_PASSWORD, "repeat", NEW_PASSWORD + "x"));
        assertTrue(mismatch.body().contains("Новые пароли не совпадают"), mismatch.body());
        HttpResponse<String> changed = here.submit("/account/password.xhtml", mismatch.body(), "password", "change",
                Map.of("current", PASSWORD, "new", NEW_PASSWORD, "repeat", NEW_PASSWORD));
        assertTrue(changed.body().contains("Пароль изменён"), changed.body());

        assertEquals(200, here.get("/moderation/services.xhtml").statusCode(), "this session goes on");
        assertEquals(302, otherDevice.get("/moderation/services.xhtml").statusCode(), "the other one ends");
        assertEquals(200, signIn(new PortalClient(portal), email, PASSWORD).statusCode());
        assertEquals(302, signIn(new PortalClient(portal), email, NEW_PASSWORD).statusCode());
    }

    @Test
    void aForgottenPasswordIsResetByASingleUseLinkAndTheAnswerTellsNothing() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.OPERATOR);
        String known = askForLink(email, "10.67.1.1");
        String unknown = askForLink("nobody-" + System.nanoTime() + "@it.family-portal.test", "10.67.1.2");
        assertEquals(known, unknown, "the same answer whether or not the address has an account");

        List<MimeMessage> mails = TestMail.to(email, "восстановление пароля", Duration.ofSeconds(20));
        assertEquals(1, mails.size());
        Matcher link = RESET_LINK.matcher(TestMail.text(mails.get(0)));
        assertTrue(link.find(), TestMail.text(mails.get(0)));
        String path = "/reset-password.xhtml?token=" + link.group(1);

        PortalClient person = new PortalClient(portal);
        HttpResponse<String> page = person.get(path);
        assertEquals(200, page.statusCode());
        HttpResponse<String> done = person.submit(path, page.body(), "reset", "save",
                Map.of("new", NEW_PASSWORD, "repeat", NEW_PASSWORD));
        assertTrue(done.body().contains("Новый пароль сохранён"), done.body());
        assertEquals(302, signIn(new PortalClient(portal), email, NEW_PASSWORD).statusCode());
        assertEquals(200, signIn(new PortalClient(portal), email, PASSWORD).statusCode(), "the old one is gone");

        HttpResponse<String> reused = new PortalClient(portal).get(path);
        assertTrue(reused.body().contains("id=\"reset-invalid\""), "the link works once");
        assertTrue(new PortalClient(portal).get("/reset-password.xhtml?token=forged").body().contains("id=\"reset-invalid\""));
        assertEquals("anonymous", auditActor("account " + email + " password reset link mailed"));
        assertEquals(email, auditActor("account " + email + " password set through a mailed link"));
    }

    @Test
    void aResetLinkIsNotKeptInTheOutboxOnceDeliveredAndAnUnsentOneLapsesWithIt() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.OPERATOR);
        askForLink(email, "10.67.2.1");
        List<MimeMessage> mails = TestMail.to(email, "восстановление пароля", Duration.ofSeconds(20));
        assertEquals(1, mails.size());
        assertTrue(RESET_LINK.matcher(TestMail.text(mails.get(0))).find(), "the mail carries the link");
        String mail = Requests.await("SELECT id FROM mail_outbox WHERE recipient = ? AND sent_at IS NOT NULL", email);
        assertEquals("", Requests.query("SELECT body FROM mail_outbox WHERE id = ?", mail),
                "delivered: the link is nowhere in the database");
        assertNotNull(Requests.query("SELECT expires_at FROM mail_outbox WHERE id = ?", mail));
        // The portal's JVM runs in Irkutsk (UTC+8) in these tests: the outbox and the reset token hold UTC all the same.
        assertEquals("1", Requests.query("SELECT ABS(TIMESTAMPDIFF(MINUTE, created_at, UTC_TIMESTAMP())) < 5"
                + " AND ABS(TIMESTAMPDIFF(MINUTE, sent_at, UTC_TIMESTAMP())) < 5"
                + " AND TIMESTAMPDIFF(SECOND, created_at, expires_at) BETWEEN 1790 AND 1800 FROM mail_outbox WHERE id = ?", mail));
        assertEquals("1", Requests.query("SELECT ABS(TIMESTAMPDIFF(MINUTE, t.created_at, UTC_TIMESTAMP())) < 5"
                + " FROM password_reset_token t JOIN user_account a ON a.id = t.user_account_id WHERE a.email = ?", email));

        // A link mail the server never took: a dead letter, which must not outlive its link.
        Requests.update("INSERT INTO mail_outbox (recipient, subject, body, created_at, attempts, next_attempt_at,"
                + " trying_since, dead_at, expires_at) VALUES (?, 'lapsed link', 'reset-password.xhtml?token=lapsed', NOW() - INTERVAL 2 HOUR,"
                + " 9, NULL, NOW() - INTERVAL 2 HOUR, NOW() - INTERVAL 1 HOUR, NOW() - INTERVAL 90 MINUTE)", email);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"0".equals(Requests.query("SELECT COUNT(*) FROM mail_outbox WHERE recipient = ? AND subject = 'lapsed link'", email))
                && System.nanoTime() < until) {
            Thread.sleep(250);
        }
        assertEquals("0", Requests.query("SELECT COUNT(*) FROM mail_outbox WHERE body LIKE '%token=lapsed%'"),
                "deleted when its link lapsed");
    }

    @Test
    void resetMailsToOneAccountAreLimited() throws Exception {
        String email = StaffAccounts.create(PASSWORD, Role.OPERATOR);
        for (int i = 0; i < 5; i++) {
            askForLink(email, "10.68.1." + (i + 1));
        }
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (TestMail.to(email, "восстановление пароля", Duration.ZERO).size() < 3 && System.nanoTime() < until) {
            Thread.sleep(200);
        }
        Thread.sleep(2_000);
        assertEquals(3, TestMail.to(email, "восстановление пароля", Duration.ZERO).size(),
                "at most three links an hour, whoever asks");
    }

    @Test
    void anAccountWithoutARoleReachesItsOwnAccountPage() throws Exception {
        String email = StaffAccounts.create(PASSWORD);
        PortalClient person = new PortalClient(portal);
        assertEquals(302, signIn(person, email, PASSWORD).statusCode());
        HttpResponse<String> account = person.get("/account/");
        assertEquals(200, account.statusCode());
        assertTrue(account.body().contains("id=\"change-password-link\""), "change password");
        assertTrue(account.body().contains("id=\"no-role-note\""), "told why there is nothing else");
        assertTrue(account.body().contains("signOutForm"), "sign out");
        assertEquals(200, person.get("/account/password.xhtml").statusCode());
        assertEquals(404, person.get("/admin/users.xhtml").statusCode());
        assertEquals(404, person.get("/editorial/").statusCode());
    }

    /** Asks for a reset link from {@code address}; returns the answer's text. */
    private String askForLink(String email, String address) {
        PortalClient visitor = new PortalClient(portal).from(address);
        HttpResponse<String> page = visitor.get("/forgot-password.xhtml");
        assertEquals(200, page.statusCode());
        HttpResponse<String> answer = visitor.submit("/forgot-password.xhtml", page.body(), "forgot", "send",
                Map.of("email", email));
        assertEquals(200, answer.statusCode());
        Matcher sent = Pattern.compile("<p class=\"receipt\" id=\"forgot-sent\">([^<]+)</p>").matcher(answer.body());
        assertTrue(sent.find(), answer.body());
        return sent.group(1);
    }

    private PortalClient administrator() {
        PortalClient admin = new PortalClient(portal);
        assertEquals(302, signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword()).statusCode());
        return admin;
    }

    static long accountId(String email) throws Exception {
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT id FROM user_account WHERE email = ?")) {
            q.setString(1, email);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next(), email);
                return rs.getLong(1);
            }
        }
    }

    /** Who the audit trail names for the entry with exactly this detail (null: none). */
    static String auditActor(String detail) throws Exception {
        try (Connection c = TestDatabase.get().connect();
             PreparedStatement q = c.prepareStatement("SELECT actor FROM audit_entry WHERE detail = ? ORDER BY id DESC")) {
            q.setString(1, detail);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
