package org.familyportal.directory;

import org.familyportal.directory.infrastructure.schema.ModuleMigrations;
import org.familyportal.embedded.DatabaseSettings;
import org.familyportal.embedded.EmbeddedMariaDb;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A real MariaDB with the directory's schema for this module's tests: one embedded server per
 * test JVM; {@link #fresh()} gives an empty database with all migrations applied.
 */
public final class DirectoryDatabase {

    private static EmbeddedMariaDb server;
    private static int databases;

    private DirectoryDatabase() {
    }

    public static synchronized DataSource fresh() throws SQLException {
        if (server == null) {
            server = EmbeddedMariaDb.start(Path.of("target", "test-mariadb").toAbsolutePath());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-mariadb-stop"));
        }
        String name = "directory_" + (++databases);
        DatabaseSettings settings = server.provisionEmpty(name, "directory_test", "directory-test-password");
        MariaDbDataSource dataSource = new MariaDbDataSource(settings.url());
        dataSource.setUser(settings.user());
        dataSource.setPassword(settings.password());
        ModuleMigrations.migrate(dataSource, DirectoryDatabase.class.getClassLoader(), List.of(ModuleMigrations.DIRECTORY));
        return dataSource;
    }

    public static int count(DataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
