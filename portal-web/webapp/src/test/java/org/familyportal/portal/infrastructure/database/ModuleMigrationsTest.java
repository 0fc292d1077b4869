package org.familyportal.portal.infrastructure.database;

import org.familyportal.directory.infrastructure.schema.ModuleMigrations;
import org.familyportal.directory.infrastructure.schema.ModuleMigrations.Module;
import org.familyportal.directory.infrastructure.schema.ModuleMigrations.Outcome;
import org.familyportal.embedded.DatabaseSettings;
import org.familyportal.embedded.EmbeddedMariaDb;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The modules' migrations, each in its own history, on a real (embedded) MariaDB: a fresh database,
 * a new directory migration below portal migrations already applied, and the carry-over of a
 * database migrated the way before (one history for all modules).
 */
class ModuleMigrationsTest {

    /**
     * Test-only migrations: the directory's next one (V3_998), and a later portal one (V3_999), numbered
     * above every real migration so that the versions the modules' branches use never meet them.
     */
    private static final Module DIRECTORY_NEXT = ModuleMigrations.DIRECTORY.withLocation("classpath:db/test-migration/directory-next");
    private static final Module PORTAL_LATER = DatabaseMigration.PORTAL.withLocation("classpath:db/test-migration/portal-later");

    private static EmbeddedMariaDb server;
    private static int databases;

    @BeforeAll
    static void startServer() {
        server = EmbeddedMariaDb.start(Path.of("target", "module-migrations-mariadb").toAbsolutePath());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aFreshDatabaseGetsEveryModuleInItsOwnHistoryDirectoryFirst() throws Exception {
        DataSource db = freshDatabase();

        List<Outcome> outcomes = migrate(db, DatabaseMigration.MODULES);

        assertEquals(List.of("directory", "portal", "providers", "content"), outcomes.stream().map(o -> o.module().name()).toList());
        assertEquals(count(db, "directory"), outcomes.get(0).applied());
        assertEquals(count(db, "portal"), outcomes.get(1).applied());
        assertEquals(count(db, "providers"), outcomes.get(2).applied());
        assertEquals(count(db, "content"), outcomes.get(3).applied());
        assertEquals(versions(db, "flyway_history_directory").size(), outcomes.get(0).applied());
        assertEquals("1.0", versions(db, "flyway_history_providers").get(0));
        assertEquals("1.0", versions(db, "flyway_history_portal").get(0));
        assertEquals("2.0", versions(db, "flyway_history_directory").get(0));
        assertFalse(tableExists(db, ModuleMigrations.LEGACY_HISTORY), "no shared history");
        assertTrue(tableExists(db, "help_request") && tableExists(db, "service") && tableExists(db, "provider_claim"),
                "every module's tables");
        assertEquals(List.of(0, 0, 0, 0), migrate(db, DatabaseMigration.MODULES).stream().map(Outcome::applied).toList(),
                "a second start applies nothing");
    }

    @Test
    void aModuleAddedLaterGetsItsOwnHistoryBesideTheOthers() throws Exception {
        DataSource db = freshDatabase();
        migrate(db, List.of(ModuleMigrations.DIRECTORY));

        List<Outcome> outcomes = migrate(db, DatabaseMigration.MODULES);

        assertEquals(0, outcomes.get(0).applied());
        assertEquals(count(db, "portal"), outcomes.get(1).applied());
    }

    @Test
    void aNewDirectoryMigrationIsAppliedBelowPortalMigrationsAlreadyApplied() throws Exception {
        DataSource db = freshDatabase();
        migrate(db, List.of(ModuleMigrations.DIRECTORY, PORTAL_LATER));
        assertEquals("3.999", last(versions(db, "flyway_history_portal")), "every portal migration, up to 3.999");

        List<Outcome> outcomes = migrate(db, List.of(DIRECTORY_NEXT, PORTAL_LATER));

        assertEquals(1, outcomes.get(0).applied(), "the directory's 3.998");
        assertEquals("3.998", outcomes.get(0).version());
        assertEquals(0, outcomes.get(1).applied());
        assertEquals(1, rows(db, "directory_probe"));
        Flyway.configure().dataSource(db).table("flyway_history_directory")
                .locations(DIRECTORY_NEXT.locations().toArray(String[]::new)).load().validate();
    }

    /** Why: in the one history of before, the same new migration is refused on the same database. */
    @Test
    void theSingleHistoryOfBeforeRefusedTheSameMigration() throws Exception {
        DataSource db = freshDatabase();
        legacyFlyway(db, "classpath:db/test-migration/portal-later").migrate();

        assertThrows(FlywayValidateException.class, () -> legacyFlyway(db, "classpath:db/test-migration/portal-later",
                "classpath:db/test-migration/directory-next").migrate());
    }

    @Test
    void aDatabaseMigratedTheWayBeforeCarriesOverWithNothingAppliedAgain() throws Exception {
        DataSource db = freshDatabase();
        legacyFlyway(db).migrate();
        execute(db, "INSERT INTO data_key_salt (id, salt, created_at) VALUES (1, 'kept', UTC_TIMESTAMP(3))");
        List<String> before = historyRows(db, ModuleMigrations.LEGACY_HISTORY, "");
        int municipalities = rows(db, "municipality");

        List<Outcome> outcomes = migrate(db, DatabaseMigration.MODULES);

        assertEquals(List.of(0, 0, count(db, "providers"), count(db, "content")), outcomes.stream().map(Outcome::applied).toList(),
                "nothing applied again; the providers' and the content's modules, which came later, start their own histories");
        assertFalse(tableExists(db, ModuleMigrations.LEGACY_HISTORY));
        assertEquals(before, historyRows(db, ModuleMigrations.LEGACY_HISTORY_KEPT, ""), "the old history is kept as it was");
        List<String> split = new ArrayList<>(historyRows(db, "flyway_history_directory", "directory/"));
        split.addAll(historyRows(db, "flyway_history_portal", "portal/"));
        split.sort(null);
        List<String> sortedBefore = new ArrayList<>(before);
        sortedBefore.sort(null);
        assertEquals(sortedBefore, split, "every row in its module's history: rank, version, script, checksum, date");
        assertEquals(count(db, "directory") + count(db, "portal"), before.size());
        assertEquals(1, rows(db, "data_key_salt"), "data kept");
        assertEquals(municipalities, rows(db, "municipality"));
        assertThrows(FlywayException.class, () -> legacyFlyway(db).migrate(),
                "an older portal refuses the database carried over rather than run migrations again");

        List<Outcome> next = migrate(db, List.of(DIRECTORY_NEXT, DatabaseMigration.PORTAL));

        assertEquals(1, next.get(0).applied(), "and it migrates on");
        assertEquals(List.of(0, 0), migrate(db, List.of(DIRECTORY_NEXT, DatabaseMigration.PORTAL)).stream()
                .map(Outcome::applied).toList());
    }

    @Test
    void twoServersStartingAtOnceSplitTheOldHistoryOnce() throws Exception {
        DataSource db = freshDatabase();
        legacyFlyway(db).migrate();
        int rowsBefore = rows(db, ModuleMigrations.LEGACY_HISTORY);
        Callable<List<Outcome>> start = () -> migrate(db, List.of(DIRECTORY_NEXT, DatabaseMigration.PORTAL));

        ExecutorService servers = Executors.newFixedThreadPool(2);
        try {
            Future<List<Outcome>> first = servers.submit(start);
            Future<List<Outcome>> second = servers.submit(start);
            int applied = first.get().get(0).applied() + second.get().get(0).applied();
            assertEquals(1, applied, "the directory's new migration, once");
            assertEquals(0, first.get().get(1).applied() + second.get().get(1).applied());
        } finally {
            servers.shutdown();
        }
        assertEquals(rowsBefore + 1, rows(db, "flyway_history_directory") + rows(db, "flyway_history_portal"));
    }

    @Test
    void aSplitInterruptedHalfWayIsFinishedAtTheNextStart() throws Exception {
        DataSource db = freshDatabase();
        legacyFlyway(db).migrate();
        int rowsBefore = rows(db, ModuleMigrations.LEGACY_HISTORY);
        // As if a start had stopped after copying the first directory row.
        execute(db, "CREATE TABLE flyway_history_directory LIKE flyway_schema_history");
        execute(db, "INSERT INTO flyway_history_directory SELECT * FROM flyway_schema_history"
                + " WHERE script LIKE 'directory/%' ORDER BY installed_rank LIMIT 1");
        execute(db, "UPDATE flyway_history_directory SET script = SUBSTRING(script, 11)");

        List<Outcome> outcomes = migrate(db, DatabaseMigration.MODULES);

        assertEquals(List.of(0, 0, count(db, "providers"), count(db, "content")), outcomes.stream().map(Outcome::applied).toList());
        assertEquals(rowsBefore, rows(db, "flyway_history_directory") + rows(db, "flyway_history_portal"));
    }

    @Test
    void anOldHistoryRowOfNoModuleStopsTheStartAndChangesNothing() throws Exception {
        DataSource db = freshDatabase();
        legacyFlyway(db).migrate();
        execute(db, "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, installed_on, execution_time, success)"
                + " VALUES (100, '9.0', 'stray', 'SQL', 'V9_0__stray.sql', 1, 'someone', NOW(), 1, 1)");

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> migrate(db, DatabaseMigration.MODULES));

        assertTrue(refused.getMessage().contains("V9_0__stray.sql"), refused.getMessage());
        assertTrue(tableExists(db, ModuleMigrations.LEGACY_HISTORY));
        assertFalse(tableExists(db, "flyway_history_directory"));
    }

    // --- helpers ---

    private static List<Outcome> migrate(DataSource db, List<Module> modules) {
        return ModuleMigrations.migrate(db, ModuleMigrationsTest.class.getClassLoader(), modules);
    }

    /**
     * Flyway as the portal configured it before: every module's migrations in one default history, read
     * from {@code db/migration} with its module folders. Only the modules of then (the directory and the
     * portal) are in that folder: the providers' module came after the split, with a history of its own
     * from its first migration (its numbers may repeat theirs).
     */
    private static Flyway legacyFlyway(DataSource db, String... moreLocations) {
        List<String> locations = new ArrayList<>(List.of("filesystem:" + legacyMigrations()));
        locations.addAll(List.of(moreLocations));
        return Flyway.configure().dataSource(db).locations(locations.toArray(String[]::new)).load();
    }

    private static Path legacyMigrations;

    /** A {@code db/migration} folder as the class path had it before the split: the directory's and the portal's folders. */
    private static synchronized Path legacyMigrations() {
        if (legacyMigrations == null) {
            try {
                Path root = Files.createDirectories(Path.of("target", "legacy-migrations").toAbsolutePath());
                for (String module : List.of("directory", "portal")) {
                    URL folder = ModuleMigrationsTest.class.getClassLoader().getResource("db/migration/" + module);
                    Path target = Files.createDirectories(root.resolve(module));
                    if ("jar".equals(folder.getProtocol())) {
                        try (FileSystem jar = FileSystems.newFileSystem(folder.toURI(), Map.of())) {
                            copy(jar.provider().getPath(folder.toURI()), target);
                        }
                    } else {
                        copy(Path.of(folder.toURI()), target);
                    }
                }
                legacyMigrations = root;
            } catch (IOException | URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return legacyMigrations;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static synchronized DataSource freshDatabase() throws SQLException {
        String name = "modules_" + (++databases);
        DatabaseSettings settings = server.provisionEmpty(name, "modules_test", "modules-test-password");
        MariaDbDataSource dataSource = new MariaDbDataSource(settings.url());
        dataSource.setUser(settings.user());
        dataSource.setPassword(settings.password());
        return dataSource;
    }

    /** How many migrations a module has in the main code, as Flyway finds them (a history that does not exist: all pending). */
    private static int count(DataSource db, String module) {
        return Flyway.configure().dataSource(db).table("flyway_history_none")
                .locations(Module.of(module).locations().toArray(String[]::new)).load().info().all().length;
    }

    private static List<String> versions(DataSource db, String table) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version, success FROM " + table + " ORDER BY installed_rank")) {
            while (rs.next()) {
                assertTrue(rs.getBoolean(2), table + " " + rs.getString(1));
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }

    /** A history's rows as text, each script with the given folder before it. */
    private static List<String> historyRows(DataSource db, String table, String folder) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT installed_rank, version, description, type, script, checksum,"
                     + " installed_by, installed_on, execution_time, success FROM " + table + " ORDER BY installed_rank")) {
            while (rs.next()) {
                rows.add(String.format("%04d %s %s %s %s%s %s %s %s %s %s", rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), folder, rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10)));
            }
        }
        return rows;
    }

    private static String last(List<String> list) {
        return list.get(list.size() - 1);
    }

    private static int rows(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static boolean tableExists(DataSource db, String table) throws SQLException {
        try (Connection c = db.getConnection();
             ResultSet rs = c.getMetaData().getTables(c.getCatalog(), null, table, null)) {
            return rs.next();
        }
    }

    private static void execute(DataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
