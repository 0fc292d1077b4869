package org.familyportal.portal.it;

import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.infrastructure.protection.DataKey;
import org.familyportal.portal.infrastructure.protection.DataProtection;
import org.familyportal.portal.infrastructure.directory.ListingReportSealedColumns;
import org.familyportal.portal.infrastructure.protection.provider.ProviderSealedColumns;
import org.familyportal.portal.infrastructure.protection.request.HelpRequestSealedColumns;
import org.familyportal.portal.infrastructure.protection.KeyRotation;
import org.familyportal.portal.infrastructure.protection.SealedColumns;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal data at rest: sealed with a key id and bound to its column, data of the format before key
 * ids still readable and re-encrypted by a rotation, a wrong key shown as "cannot decrypt" (never an
 * error page) and reported by readiness; reports of wrong information encrypted and purged.
 */
@PortalContainerTest
class DataProtectionIT {

    /** What the contexts declare to the server's key rotation (DataKeyRotation collects the same beans). */
    private static final List<SealedColumns.Column> SEALED_COLUMNS = java.util.stream.Stream.of(
            new HelpRequestSealedColumns(), new ListingReportSealedColumns(), new ProviderSealedColumns())
            .flatMap(context -> context.columns().stream()).toList();

    @ArquillianResource
    URL portal;

    private String[] submit(String municipality, String description) {
        PortalClient family = new PortalClient(portal);
        HttpResponse<String> page = family.get("/ask-for-help.xhtml");
        HttpResponse<String> sent = family.submit("/ask-for-help.xhtml", page.body(), "ask", "send",
                AskForHelpIT.form(municipality, description));
        return new String[] {Requests.find(sent.body(), "id=\"request-number\">([0-9-]+)<"),
                Requests.find(sent.body(), "id=\"request-code\">([A-Z0-9-]+)<")};
    }

    /** The portal's own keys, as the server derives them (the test key is a passphrase: salt from the database). */
    private static DataProtection serverProtection(List<DataKey> previous) throws Exception {
        byte[] salt = HexFormat.of().parseHex(Requests.query("SELECT salt FROM data_key_salt WHERE id = 1"));
        return new DataProtection(DataKey.of(TestDatabase.DATA_KEY, salt), previous);
    }

    @Test
    void valuesCarryTheKeyIdAndDataOfTheFormerFormatIsReadAndReencrypted() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        String specialist = Requests.staffOf(place[1], Role.SPECIALIST, false, false);
        String[] request = submit(place[0], "Новое обращение " + System.nanoTime());
        DataProtection protection = serverProtection(List.of());
        String sealed = Requests.column(request[0], "description_sealed");
        assertTrue(sealed.startsWith("v2:" + protection.currentKeyId() + ":"), sealed);

        // A request sealed before key ids (format 1, as demo data and existing installs have it).
        String id = Requests.column(request[0], "id");
        Requests.update("UPDATE help_request SET description_sealed = ?, name_sealed = ? WHERE id = ?",
                legacySeal(TestDatabase.DATA_KEY, "Старое обращение о пособии"), legacySeal(TestDatabase.DATA_KEY, "Вера Старая"), id);
        PortalClient centre = Requests.signedIn(portal, specialist);
        HttpResponse<String> page = centre.get("/centre/request.xhtml?id=" + id);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Старое обращение о пособии") && page.body().contains("Вера Старая"), page.body());

        // The administrator's command (also run at every start) re-encrypts it with the current key.
        PortalClient admin = new PortalClient(portal);
        SignInIT.signIn(admin, TestDatabase.ADMIN_EMAIL, TestDatabase.get().adminPassword());
        HttpResponse<String> keyPage = admin.get("/admin/data-key.xhtml");
        assertEquals(200, keyPage.statusCode());
        assertTrue(keyPage.body().contains(protection.currentKeyId()), keyPage.body());
        HttpResponse<String> started = admin.submit("/admin/data-key.xhtml", keyPage.body(), "dataKey", "reencrypt", Map.of());
        assertTrue(started.body().contains("Перешифрование"), started.body());
        String prefix = "v2:" + protection.currentKeyId() + ":";
        long until = System.nanoTime() + 30_000_000_000L;
        while (!Requests.column(request[0], "name_sealed").startsWith(prefix) && System.nanoTime() < until) {
            Thread.sleep(250);
        }
        assertTrue(Requests.column(request[0], "description_sealed").startsWith(prefix));
        assertTrue(Requests.column(request[0], "name_sealed").startsWith(prefix));
        assertTrue(centre.get("/centre/request.xhtml?id=" + id).body().contains("Старое обращение о пособии"));
        assertEquals(404, centre.get("/admin/data-key.xhtml").statusCode(), "only administrators see the key page");
    }

    @Test
    void aRotationReencryptsWhatTheOldKeySealedAndKeepsPhonesFindable() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        String[] request = submit(place[0], "До смены ключа " + System.nanoTime());
        String id = Requests.column(request[0], "id");
        DataProtection current = serverProtection(List.of());
        // As if sealed with the key used before: "previous" opens it, the current one re-seals it.
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String oldKey = Base64.getEncoder().encodeToString(random);
        DataProtection old = DataProtection.withKey(oldKey);
        Requests.update("UPDATE help_request SET phone_sealed = ?, phone_index = ? WHERE id = ?",
                old.seal("+7 914 000-11-22", "help_request.phone_sealed"), old.lookupHash("9140001122"), id);
        DataProtection rotating = serverProtection(List.of(DataKey.of(oldKey, null)));
        try (Connection c = TestDatabase.get().connect()) {
            KeyRotation.Result result = new KeyRotation(rotating, SEALED_COLUMNS).run(c);
            assertTrue(result.resealed() >= 1, result.toString());
        }
        assertEquals("+7 914 000-11-22", current.open(Requests.column(request[0], "phone_sealed"), "help_request.phone_sealed"));
        assertEquals(current.lookupHash("9140001122"), Requests.column(request[0], "phone_index"),
                "the repeat-caller hash follows the new key");
    }

    @Test
    void aValueTheKeyCannotOpenReadsAsCannotDecryptAndReadinessSaysSo() throws Exception {
        String[] place = Requests.municipalityWithCentre(0);
        String specialist = Requests.staffOf(place[1], Role.SPECIALIST, false, false);
        String[] request = submit(place[0], "Под чужим ключом " + System.nanoTime());
        String id = Requests.column(request[0], "id");
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        DataProtection stranger = DataProtection.withKey(Base64.getEncoder().encodeToString(random));
        // One value sealed with a key the portal does not have; another moved from its own column.
        String description = Requests.column(request[0], "description_sealed");
        Requests.update("UPDATE help_request SET description_sealed = ?, name_sealed = ? WHERE id = ?",
                stranger.seal("Чужая тайна", "help_request.description_sealed"), description, id);
        try {
            PortalClient centre = Requests.signedIn(portal, specialist);
            HttpResponse<String> queue = centre.get("/centre/index.xhtml");
            assertEquals(200, queue.statusCode(), "the queue still opens");
            HttpResponse<String> page = centre.get("/centre/request.xhtml?id=" + id);
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("не удаётся расшифровать"), page.body());
            assertFalse(page.body().contains("Чужая тайна") || page.body().contains("Под чужим ключом"),
                    "neither the foreign value nor the moved one opens");
            PortalClient english = Requests.signedIn(portal, specialist);
            assertTrue(english.get("/centre/request.xhtml?id=" + id + "&lang=en").body().contains("cannot decrypt"));

            String ready = null;
            long until = System.nanoTime() + 40_000_000_000L;
            while (System.nanoTime() < until) {
                ready = new PortalClient(portal).getFromServerRoot("/health/ready").body();
                if (ready.contains("cannot decrypt")) {
                    break;
                }
                Thread.sleep(1000);
            }
            assertTrue(ready.contains("\"name\":\"data-key\"") && ready.contains("cannot decrypt"), ready);

            // Working on the request goes on; the unreadable value is not overwritten with the label.
            HttpResponse<String> taken = centre.submit("/centre/request.xhtml?id=" + id, page.body(), "work", "takeOn", Map.of());
            assertEquals(200, taken.statusCode());
            assertTrue(Requests.column(request[0], "description_sealed").startsWith("v2:" + stranger.currentKeyId()));
        } finally {
            Requests.update("UPDATE help_request SET description_sealed = NULL, name_sealed = NULL WHERE id = ?", id);
        }
    }

    @Test
    void reportsOfWrongInformationAreEncryptedAndPurged() throws Exception {
        String service = Requests.query("SELECT id FROM service WHERE status = 'active' ORDER BY id LIMIT 1");
        PortalClient parent = new PortalClient(portal);
        HttpResponse<String> page = parent.get("/service.xhtml?id=" + service);
        String words = "Номер телефона устарел " + System.nanoTime();
        HttpResponse<String> sent = parent.submit("/service.xhtml?id=" + service, page.body(), "report", "send",
                Map.of("message", words, "contact", "mama@example.org"));
        assertTrue(sent.body().contains("Спасибо"), sent.body());
        String reportId = Requests.query("SELECT id FROM listing_report WHERE service_id = ? ORDER BY reported_at DESC LIMIT 1", service);
        String message = Requests.query("SELECT message FROM listing_report WHERE id = ?", reportId);
        String contact = Requests.query("SELECT contact FROM listing_report WHERE id = ?", reportId);
        assertTrue(message.startsWith("v2:") && !message.contains("устарел"), message);
        assertTrue(contact.startsWith("v2:") && !contact.contains("mama"), contact);

        // A report stored in plain text before encryption still reads, and the rotation seals it.
        String plainId = java.util.UUID.randomUUID().toString();
        Requests.update("INSERT INTO listing_report (id, service_id, message, contact, reported_at) VALUES (?, ?, ?, ?, UTC_TIMESTAMP(3))",
                plainId, service, "Старый отзыв открытым текстом", "old@example.org");
        String password = "отчёт-пароль-2026";
        PortalClient moderator = new PortalClient(portal);
        SignInIT.signIn(moderator, StaffAccounts.create(password, Role.MODERATOR), password);
        HttpResponse<String> reports = moderator.get("/moderation/reports.xhtml");
        assertTrue(reports.body().contains(words) && reports.body().contains("mama@example.org"), "moderators read it");
        assertTrue(reports.body().contains("Старый отзыв открытым текстом"));
        try (Connection c = TestDatabase.get().connect()) {
            new KeyRotation(serverProtection(List.of()), SEALED_COLUMNS).run(c);
        }
        assertTrue(Requests.query("SELECT message FROM listing_report WHERE id = ?", plainId).startsWith("v2:"));

        // Older than portal.directory.report-retention (180 days): gone.
        Requests.update("UPDATE listing_report SET reported_at = UTC_TIMESTAMP(3) - INTERVAL 181 DAY WHERE id IN (?, ?)",
                reportId, plainId);
        long until = System.nanoTime() + 30_000_000_000L;
        while (Requests.query("SELECT id FROM listing_report WHERE id = ?", reportId) != null && System.nanoTime() < until) {
            Thread.sleep(250);
        }
        assertNull(Requests.query("SELECT id FROM listing_report WHERE id = ?", reportId));
        assertNull(Requests.query("SELECT id FROM listing_report WHERE id = ?", plainId));
        assertNotNull(Requests.query("SELECT id FROM service WHERE id = ?", service));
    }

    /** What the portal wrote before key ids: AES-GCM under one HMAC of the secret text, no associated data. */
    static String legacySeal(String secret, String plain) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] key = mac.doFinal("family-portal/sealing/v1".getBytes(StandardCharsets.UTF_8));
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        byte[] body = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[12 + body.length];
        System.arraycopy(nonce, 0, out, 0, 12);
        System.arraycopy(body, 0, out, 12, body.length);
        return "v1:" + Base64.getEncoder().encodeToString(out);
    }
}
