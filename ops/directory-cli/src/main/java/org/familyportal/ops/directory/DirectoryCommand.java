package org.familyportal.ops.directory;

import org.familyportal.directory.wiring.Directory;
import org.familyportal.directory.infrastructure.jdbc.JdbcHsdsRows;
import org.familyportal.directory.application.exchange.Audience;
import org.familyportal.directory.application.exchange.DirectoryImport;
import org.familyportal.directory.application.exchange.ImportBatch;
import org.familyportal.directory.application.exchange.ImportReport;
import org.familyportal.directory.application.exchange.JsonExport;
import org.familyportal.directory.application.exchange.JsonReader;
import org.familyportal.directory.application.exchange.TabularExport;
import org.familyportal.directory.application.exchange.TabularReader;
import org.familyportal.directory.application.places.GazetteerImport;
import org.familyportal.directory.domain.hsds.HsdsModel;
import org.familyportal.embedded.DatabaseSettings;
import org.familyportal.embedded.EmbeddedMariaDb;
import org.familyportal.ops.launch.LaunchSettings;
import org.familyportal.ops.launch.PortalLauncher;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Imports and exports the directory from the command line, on the portal's database: the external
 * one when {@code PORTAL_DB_URL} is set, else the embedded one of the data folder (the portal must
 * be stopped then, as MariaDB holds its folder).
 * <pre>
 *   import &lt;folder | file.zip | file.json | file.csv ...&gt;
 *   export &lt;file.zip | file.json&gt; [--public]
 *   gazetteer &lt;places.csv&gt;      (a region's list of municipalities and settlements, see the README)
 * </pre>
 */
public final class DirectoryCommand {

    private DirectoryCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || !("import".equals(args[0]) || "export".equals(args[0]) || "gazetteer".equals(args[0]))) {
            System.err.println("Usage: import <folder|file.zip|file.json|file.csv ...>  |  export <file.zip|file.json> [--public]"
                    + "  |  gazetteer <places.csv>");
            System.exit(2);
        }
        LaunchSettings settings = LaunchSettings.from(System.getenv(), System.getProperties());
        EmbeddedMariaDb embedded = null;
        try {
            DatabaseSettings database;
            if (settings.externalDatabase().isPresent()) {
                database = settings.externalDatabase().get();
            } else {
                embedded = PortalLauncher.startEmbedded(settings);
                database = PortalLauncher.provisionPortal(embedded, settings);
            }
            DataSource dataSource = dataSource(database);
            requireSchema(dataSource);
            int exit = switch (args[0]) {
                case "import" -> importFiles(dataSource, args);
                case "gazetteer" -> gazetteer(dataSource, Path.of(args[1]));
                default -> export(dataSource, args);
            };
            System.exit(exit);
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static int importFiles(DataSource dataSource, String[] args) throws IOException {
        HsdsModel model = HsdsModel.standard();
        ImportBatch batch;
        Path first = Path.of(args[1]);
        if (Files.isDirectory(first)) {
            batch = new TabularReader(model).readFolder(first);
        } else if (first.toString().endsWith(".zip")) {
            try (InputStream in = Files.newInputStream(first)) {
                batch = new TabularReader(model).readZip(in);
            }
        } else if (first.toString().endsWith(".json")) {
            batch = new JsonReader(model).read(first.getFileName().toString(), Files.readAllBytes(first));
        } else {
            Map<String, byte[]> files = new TreeMap<>();
            for (int i = 1; i < args.length; i++) {
                Path file = Path.of(args[i]);
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
            batch = new TabularReader(model).read(files);
        }
        int total = batch.totalRows();
        ImportReport report = new DirectoryImport(model, new JdbcHsdsRows(model, dataSource)).run(batch,
                done -> System.out.print("\r" + done + " of " + total + " rows handled"));
        System.out.println();
        System.out.print(report.describe());
        System.out.println(report.written() + " rows written, " + report.rejected() + " rejected, "
                + report.warnings() + " changed.");
        return report.clean() ? 0 : 1;
    }

    /**
     * Loads a region's list of places: every line checked, all or nothing, existing entries
     * updated by code and id. A running portal takes it into its search at the next index rebuild
     * or restart.
     */
    private static int gazetteer(DataSource dataSource, Path file) throws IOException, SQLException {
        GazetteerImport.Report report = new Directory(dataSource).gazetteer().run(file.getFileName().toString(),
                Files.readAllBytes(file));
        System.out.print(report.describe());
        if (!report.clean()) {
            System.out.println("Nothing was loaded: correct the lines above and run this again.");
            return 1;
        }
        report.routedToNearestCentre().forEach((municipality, centre) -> System.out.println("  " + municipality
                + " routed for now to centre " + centre + " (of its nearest municipality); change it on /admin/centres.xhtml"));
        record(dataSource, "CHANGE", "gazetteer loaded from " + file.toAbsolutePath());
        return 0;
    }

    private static int export(DataSource dataSource, String[] args) throws IOException, SQLException {
        Path target = Path.of(args[1]);
        Audience audience = args.length > 2 && "--public".equals(args[2]) ? Audience.PUBLIC : Audience.FULL;
        audit(dataSource, target, audience);
        try (OutputStream out = Files.newOutputStream(target)) {
            if (target.toString().endsWith(".json")) {
                new Directory(dataSource).jsonExport().write(audience, out);
            } else {
                new Directory(dataSource).export().writeZip(audience, out);
            }
        }
        System.out.println("Exported the directory (" + audience.name().toLowerCase() + ") to " + target);
        return 0;
    }

    /**
     * Records the export in the portal's audit trail (as the portal does for downloads): who (the
     * operating-system user), when, what. Without the entry, nothing is exported.
     */
    private static void audit(DataSource dataSource, Path target, Audience audience) throws SQLException {
        record(dataSource, "EXPORT", "directory export, " + (target.toString().endsWith(".json") ? "json" : "zip") + ", "
                + (audience == Audience.FULL ? "full (with confidential addresses)" : "public") + ", to " + target.toAbsolutePath());
    }

    /** An entry of the portal's audit trail in the operating-system user's name. */
    private static void record(DataSource dataSource, String action, String detail) throws SQLException {
        try (Connection c = dataSource.getConnection(); var insert = c.prepareStatement(
                "INSERT INTO audit_entry (occurred_at, actor, action, help_request_id, detail) VALUES (UTC_TIMESTAMP(3), ?, ?, NULL, ?)")) {
            insert.setString(1, "command line: " + System.getProperty("user.name"));
            insert.setString(2, action);
            insert.setString(3, detail.length() <= 500 ? detail : detail.substring(0, 500));
            insert.executeUpdate();
        }
    }

    private static DataSource dataSource(DatabaseSettings settings) throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource(settings.url());
        dataSource.setUser(settings.user());
        dataSource.setPassword(settings.password());
        return dataSource;
    }

    private static void requireSchema(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
             var tables = c.getMetaData().getTables(c.getCatalog(), null, "service", null)) {
            if (!tables.next()) {
                throw new IllegalStateException("The database has no directory yet: start the portal once"
                        + " (mvn -Prun package) so that it creates its tables, then run this again.");
            }
        }
    }
}
