package org.familyportal.ops.launch;

import org.familyportal.embedded.DatabaseSettings;
import org.familyportal.embedded.EmbeddedMariaDb;
import org.familyportal.embedded.SecretFile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the whole portal for one machine: an embedded MariaDB (unless an external one is
 * configured) and Payara Micro with the portal's WAR at {@code http://localhost:8080/}.
 * <p>
 * Ctrl-C stops Payara Micro first and then MariaDB, so no {@code mariadbd} is left behind.
 * Payara's own log goes to {@code <data folder>/logs/payara.log}; the console gets one line
 * that says where the portal is and where its data lives.
 * <p>
 * Usage: {@code PortalLauncher <portal-web.war> <payara-micro.jar>}
 */
public final class PortalLauncher {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final LaunchSettings settings;
    private final Path war;
    private final Path payaraJar;
    private EmbeddedMariaDb embedded;
    private Process payara;

    PortalLauncher(LaunchSettings settings, Path war, Path payaraJar) {
        this.settings = settings;
        this.war = war;
        this.payaraJar = payaraJar;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("Usage: PortalLauncher <portal-web.war> <payara-micro.jar>");
            System.exit(2);
        }
        LaunchSettings settings = LaunchSettings.from(System.getenv(), System.getProperties());
        PortalLauncher launcher = new PortalLauncher(settings, Path.of(args[0]), Path.of(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "portal-shutdown"));
        int exit = launcher.runUntilStopped();
        System.exit(exit);
    }

    int runUntilStopped() throws IOException, InterruptedException {
        Files.createDirectories(settings.dataHome());
        DatabaseSettings database = settings.externalDatabase().orElseGet(this::startEmbeddedDatabase);
        String adminPassword = settings.adminPassword()
                .orElseGet(() -> SecretFile.readOrCreate(settings.dataHome().resolve("secrets/admin-password")));

        Path log = settings.dataHome().resolve("logs/payara.log");
        Files.createDirectories(log.getParent());
        if (Files.exists(log)) {
            Files.move(log, log.resolveSibling("payara.previous.log"), StandardCopyOption.REPLACE_EXISTING);
        }
        payara = startPayara(database, adminPassword, log);
        if (!awaitReady(log)) {
            return 1;
        }
        System.out.println(startedLine(database));
        return payara.waitFor();
    }

    private DatabaseSettings startEmbeddedDatabase() {
        embedded = startEmbedded(settings);
        return provisionPortal(embedded, settings);
    }

    /** The embedded MariaDB of this data folder (the one-command run's). */
    public static EmbeddedMariaDb startEmbedded(LaunchSettings settings) {
        Path home = settings.dataHome().resolve("mariadb");
        System.out.println("Starting the embedded MariaDB in " + home + " ...");
        return EmbeddedMariaDb.start(home);
    }

    /** The portal's database and user in the embedded MariaDB, with the password kept in the data folder. */
    public static DatabaseSettings provisionPortal(EmbeddedMariaDb embedded, LaunchSettings settings) {
        String password = SecretFile.readOrCreate(settings.dataHome().resolve("secrets/db-password"));
        return embedded.provision("portal", "portal", password);
    }

    private Process startPayara(DatabaseSettings database, String adminPassword, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx1g",
                "-Dfile.encoding=UTF-8",
                "-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(settings.httpPort()),
                "--nocluster"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // Secrets travel in the child's environment, never on its command line (visible in ps).
        Map<String, String> env = builder.environment();
        env.put("PORTAL_DB_URL", database.url());
        env.put("PORTAL_DB_USER", database.user());
        env.put("PORTAL_DB_PASSWORD", database.password());
        env.put("PORTAL_ADMIN_EMAIL", settings.adminEmail());
        env.put("PORTAL_ADMIN_PASSWORD", adminPassword);
        env.put("PORTAL_DATA_DIR", settings.dataHome().toString());
        // The key that encrypts personal data of help requests: configured, or kept beside the data.
        if (System.getenv("PORTAL_DATA_KEY") == null) {
            env.put("PORTAL_DATA_KEY", SecretFile.readOrCreate(settings.dataHome().resolve("secrets/data-key")));
        }
        // The one-command run shows a believable directory; an external database gets it only on request.
        env.putIfAbsent("PORTAL_DEMO_DATA", Boolean.toString(embedded != null));
        if (embedded != null) {
            // Demo staff (operator, specialist, partner) to try a help request end to end.
            env.put("PORTAL_DEMO_STAFF_PASSWORD", SecretFile.readOrCreate(settings.dataHome().resolve("secrets/demo-staff-password")));
        }
        System.out.println("Starting Payara Micro with the portal (log: " + log + ") ...");
        return builder.start();
    }

    /** Waits for the readiness check; prints the end of Payara's log if it dies or takes too long. */
    private boolean awaitReady(Path log) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI ready = URI.create("http://localhost:" + settings.httpPort() + "/health/ready");
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!payara.isAlive()) {
                System.err.println("Payara Micro stopped during start-up. The end of " + log + ":");
                printTail(log);
                return false;
            }
            try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready)
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return true;
                }
                if (response.body().contains("No Application deployed") && serverBooted(log)) {
                    System.err.println("Payara Micro started but could not deploy the portal. The end of " + log + ":");
                    printTail(log);
                    return false;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.SECONDS.sleep(1);
        }
        System.err.println("The portal did not become ready within " + START_TIMEOUT.toMinutes()
                + " minutes. The end of " + log + ":");
        printTail(log);
        return false;
    }

    /**
     * Payara Micro has finished booting: if its health check still says no application is deployed,
     * the portal's deployment failed (the reason is in the log) and waiting longer is pointless.
     */
    private static boolean serverBooted(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).contains(") ready in ");
        } catch (IOException e) {
            return false;
        }
    }

    private String startedLine(DatabaseSettings database) {
        String where = embedded != null
                ? "embedded MariaDB, data in " + embedded.home().resolve("data")
                : "external MariaDB " + database;
        String admin = settings.adminPassword().isPresent()
                ? "administrator " + settings.adminEmail()
                : "administrator " + settings.adminEmail() + " (password in "
                        + settings.dataHome().resolve("secrets/admin-password") + ")";
        String demoStaff = embedded == null ? "" : "; demo staff operator@, specialist@ and partner@family-portal.local"
                + " (password in " + settings.dataHome().resolve("secrets/demo-staff-password") + ")";
        return "Family Portal is running at http://localhost:" + settings.httpPort() + "/ — " + where
                + "; " + admin + demoStaff + ". Ctrl-C stops it.";
    }

    /** Stops Payara Micro, then the database; safe to call more than once. */
    synchronized void stop() {
        if (payara != null && payara.isAlive()) {
            payara.destroy();
            try {
                if (!payara.waitFor(60, TimeUnit.SECONDS)) {
                    payara.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                payara.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }

    private static void printTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(System.err::println);
        } catch (IOException e) {
            System.err.println("(cannot read " + log + ": " + e.getMessage() + ")");
        }
    }
}
