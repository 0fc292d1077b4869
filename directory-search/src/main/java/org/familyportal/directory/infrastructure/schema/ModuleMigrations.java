package org.familyportal.directory.infrastructure.schema;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Flyway for every module that owns tables, through one configuration: each module keeps its
 * migrations in its own location ({@code db/migration/<module>/}) and its own history table
 * ({@code flyway_history_<module>}), so a module numbers its migrations without looking at the
 * others' (the directory may add {@code V3_18} while the portal is at {@code V4_2}, or the other
 * way round). Modules are migrated in the order given, which must be their dependency order: a
 * module's migrations may refer to tables of the modules before it (the portal's help requests
 * have foreign keys to the directory's {@code organization} and {@code municipality}; its
 * {@code V3_4} widens {@code listing_report}), never to those after it.
 * <p>
 * <b>Carry-over.</b> Until this class, all modules shared Flyway's default history
 * {@code flyway_schema_history} with the location {@code db/migration}, where Flyway recorded each
 * script as {@code <module>/V..sql}. On the first migration of such a database its rows are copied,
 * with their rank, checksum, date and author, into the history of the module their script's
 * folder names (the folder dropped from the script, as Flyway would have written it), checked, and
 * the old table is then renamed {@link #LEGACY_HISTORY_KEPT} (kept as a record; it may be dropped
 * later). Nothing is applied again and no schema object is touched. Flyway's own {@code baseline}
 * is not used: it would record one version per module instead of the migrations actually applied,
 * and a baseline version in the middle of a module's history would hide a missing migration. A
 * split interrupted half way is finished by the next start (rows are copied only where missing,
 * in one transaction, and the rename comes last). A rename back, or an older portal that recreated
 * the old table, stops the start with an explanation rather than guess.
 * <p>
 * <b>Several servers.</b> Everything runs under one MariaDB named lock per database
 * ({@code GET_LOCK}), held on a connection of its own from the split to the last module, so two
 * portals started at once on one database migrate one after the other: the second finds the work
 * done. (Flyway's own lock covers one history table only.)
 * <p>
 * <b>A module added later</b> (e.g. {@code content}) on a database that already has others: Flyway
 * refuses to create a history table in a schema that is not empty, so the missing history is
 * created first as an empty copy of a sibling's structure ({@code CREATE TABLE ... LIKE}); a
 * schema with tables but no module history at all is left to Flyway's own refusal.
 * <p>
 * It lives in directory-search, the lowest module with a schema: the WAR (portal-web), the
 * benchmarks and the command line (ops) and the directory's own tests all depend on it, so every
 * user reaches the one configuration without a dependency cycle.
 */
public final class ModuleMigrations {

    /** The single history all modules shared before, as Flyway names it by default. */
    public static final String LEGACY_HISTORY = "flyway_schema_history";

    /** The name the old history is kept under once its rows are in the modules' histories. */
    public static final String LEGACY_HISTORY_KEPT = "flyway_schema_history_legacy";

    private static final String HISTORY_PREFIX = "flyway_history_";
    private static final Pattern MODULE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");
    private static final String COLUMNS = "installed_rank, version, description, type, script, checksum,"
            + " installed_by, installed_on, execution_time, success";
    /** How long a start waits for another server's migration (the first one, with reference data, takes a while). */
    private static final int LOCK_WAIT_SECONDS = 900;

    private static final Logger LOG = Logger.getLogger(ModuleMigrations.class.getName());

    /** The directory's migrations (this module's): the first to run, it depends on no other. */
    public static final Module DIRECTORY = Module.of("directory");

    private ModuleMigrations() {
    }

    /**
     * A module with a schema: its name, which names its history table, and where its migrations are.
     *
     * @param name      lower-case, e.g. {@code directory}; the history is {@code flyway_history_<name>}
     * @param locations Flyway locations, by default {@code classpath:db/migration/<name>}
     */
    public record Module(String name, List<String> locations) {

        public Module {
            Objects.requireNonNull(name, "name");
            if (!MODULE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("A module name is lower-case letters, digits and '_': " + name);
            }
            locations = List.copyOf(locations);
            if (locations.isEmpty()) {
                throw new IllegalArgumentException("Module " + name + " has no migration location");
            }
        }

        /** The module whose migrations are in {@code db/migration/<name>/} on the class path. */
        public static Module of(String name) {
            return new Module(name, List.of("classpath:db/migration/" + name));
        }

        /** The same module with migrations from one more location too (tests add a migration so). */
        public Module withLocation(String location) {
            return new Module(name, Stream.concat(locations.stream(), Stream.of(location)).toList());
        }

        public String historyTable() {
            return HISTORY_PREFIX + name;
        }
    }

    /** What one module's migration did: how many migrations it applied now, and its version after. */
    public record Outcome(Module module, int applied, String version) {

        @Override
        public String toString() {
            return module.name() + " at " + version + " (" + applied + " applied now)";
        }
    }

    /**
     * Migrates the modules in the given (dependency) order, after carrying a database with the single
     * history of before over to one history per module.
     *
     * @param classLoader where the migrations are (the application's, in a container)
     * @throws IllegalStateException when the database cannot be read or locked, or its history is not
     *                               one this class can carry over (nothing is changed then)
     * @throws org.flywaydb.core.api.FlywayException when Flyway refuses a module's migrations
     */
    public static List<Outcome> migrate(DataSource dataSource, ClassLoader classLoader, List<Module> modules) {
        if (modules.stream().map(Module::name).distinct().count() != modules.size()) {
            throw new IllegalArgumentException("A module is listed twice: " + modules);
        }
        try (Connection lock = dataSource.getConnection()) {
            acquire(lock);
            try {
                splitLegacyHistory(lock);
                List<Outcome> outcomes = new ArrayList<>();
                for (Module module : modules) {
                    prepareHistory(lock, module);
                    Flyway flyway = Flyway.configure(classLoader)
                            .dataSource(dataSource)
                            .table(module.historyTable())
                            .locations(module.locations().toArray(String[]::new))
                            .failOnMissingLocations(true)
                            .load();
                    MigrateResult result = flyway.migrate();
                    MigrationInfo current = flyway.info().current();
                    outcomes.add(new Outcome(module, result.migrationsExecuted,
                            current == null ? "none" : current.getVersion().getVersion()));
                }
                return outcomes;
            } finally {
                release(lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not migrate the database schema: " + e.getMessage(), e);
        }
    }

    private static void acquire(Connection c) throws SQLException {
        try (PreparedStatement get = c.prepareStatement("SELECT GET_LOCK(" + lockName() + ", ?)")) {
            get.setInt(1, LOCK_WAIT_SECONDS);
            try (ResultSet rs = get.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != 1) {
                    throw new IllegalStateException("Another server has been migrating this database for "
                            + LOCK_WAIT_SECONDS + " s; not starting a second migration beside it");
                }
            }
        }
    }

    private static void release(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DO RELEASE_LOCK(" + lockName() + ")");
        }
    }

    /** A named lock is server-wide: one per database, so portals on other databases of the server do not wait. */
    private static String lockName() {
        return "CONCAT('family-portal-schema:', DATABASE())";
    }

    /** The carry-over from the single history of before (see the class comment). */
    static void splitLegacyHistory(Connection c) throws SQLException {
        if (!tableExists(c, LEGACY_HISTORY)) {
            return;
        }
        if (tableExists(c, LEGACY_HISTORY_KEPT)) {
            throw new IllegalStateException("The database has both " + LEGACY_HISTORY + " and " + LEGACY_HISTORY_KEPT
                    + ": its history was already split into one table per module (" + HISTORY_PREFIX
                    + "<module>), and something (an older portal?) wrote the old one again. Compare the two by hand;"
                    + " when " + LEGACY_HISTORY + " holds nothing the module histories lack, drop it and start again.");
        }
        Map<String, Integer> rowsPerModule = new TreeMap<>();
        List<String> strays = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT installed_rank, script FROM " + LEGACY_HISTORY + " ORDER BY installed_rank")) {
            while (rs.next()) {
                String script = rs.getString(2);
                int slash = script == null ? -1 : script.indexOf('/');
                String module = slash < 0 ? "" : script.substring(0, slash);
                if (MODULE_NAME.matcher(module).matches()) {
                    rowsPerModule.merge(module, 1, Integer::sum);
                } else {
                    strays.add("rank " + rs.getInt(1) + ": " + script);
                }
            }
        }
        if (!strays.isEmpty()) {
            throw new IllegalStateException("Cannot split " + LEGACY_HISTORY + " into one history per module: these rows"
                    + " name no module folder (db/migration/<module>/) " + strays + ". Nothing was changed.");
        }
        for (String module : rowsPerModule.keySet()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + HISTORY_PREFIX + module + " LIKE " + LEGACY_HISTORY);
            }
        }
        c.setAutoCommit(false);
        try {
            for (Map.Entry<String, Integer> module : rowsPerModule.entrySet()) {
                copy(c, module.getKey(), module.getValue());
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        try (Statement s = c.createStatement()) {
            s.execute("RENAME TABLE " + LEGACY_HISTORY + " TO " + LEGACY_HISTORY_KEPT);
        }
        LOG.info(() -> "Split the single Flyway history into one per module " + rowsPerModule
                + "; the old table is kept as " + LEGACY_HISTORY_KEPT);
    }

    /** One module's rows of the old history into its own, where missing (an earlier start may have copied them). */
    private static void copy(Connection c, String module, int expected) throws SQLException {
        String table = HISTORY_PREFIX + module;
        String folder = module + "/";
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + COLUMNS + ")"
                + " SELECT l.installed_rank, l.version, l.description, l.type, SUBSTRING(l.script, ?), l.checksum,"
                + " l.installed_by, l.installed_on, l.execution_time, l.success FROM " + LEGACY_HISTORY + " l"
                + " WHERE LEFT(l.script, ?) = ?"
                + " AND NOT EXISTS (SELECT 1 FROM " + table + " m WHERE m.installed_rank = l.installed_rank)")) {
            insert.setInt(1, folder.length() + 1);
            insert.setInt(2, folder.length());
            insert.setString(3, folder);
            insert.executeUpdate();
        }
        // Every row of the module, and nothing else, is in its history now, unchanged but for the folder.
        try (PreparedStatement check = c.prepareStatement("SELECT"
                + " (SELECT COUNT(*) FROM " + table + "),"
                + " (SELECT COUNT(*) FROM " + LEGACY_HISTORY + " l JOIN " + table + " m ON m.installed_rank = l.installed_rank"
                + " AND m.version <=> l.version AND m.description <=> l.description AND m.type <=> l.type"
                + " AND m.checksum <=> l.checksum AND m.success <=> l.success AND m.installed_on <=> l.installed_on"
                + " AND CONCAT(?, m.script) = l.script)")) {
            check.setString(1, folder);
            try (ResultSet rs = check.executeQuery()) {
                rs.next();
                if (rs.getInt(1) != expected || rs.getInt(2) != expected) {
                    throw new IllegalStateException("The split of " + LEGACY_HISTORY + " for module " + module
                            + " does not add up: " + expected + " rows expected, " + rs.getInt(1) + " in " + table + ", "
                            + rs.getInt(2) + " matching. Nothing was changed; compare the tables by hand.");
                }
            }
        }
    }

    /**
     * A module without a history on a database that has others' gets an empty one of the same
     * structure, so Flyway applies all its migrations instead of refusing a non-empty schema.
     */
    private static void prepareHistory(Connection c, Module module) throws SQLException {
        if (tableExists(c, module.historyTable())) {
            return;
        }
        try (PreparedStatement sibling = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name LIKE ? ORDER BY table_name LIMIT 1")) {
            sibling.setString(1, HISTORY_PREFIX.replace("_", "\\_") + "%");
            try (ResultSet rs = sibling.executeQuery(); Statement s = c.createStatement()) {
                if (rs.next()) {
                    s.execute("CREATE TABLE IF NOT EXISTS " + module.historyTable() + " LIKE " + rs.getString(1));
                }
            }
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
