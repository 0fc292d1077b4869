package org.familyportal.ops.launch;

import org.familyportal.embedded.DatabaseSettings;
import org.familyportal.embedded.EmbeddedMariaDb;
import org.familyportal.embedded.SecretFile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Starts the whole portal for one machine: an embedded MariaDB (unless an external one is
 * configured) and Payara Micro with the portal's WAR at {@code http://localhost:8080/}.
 * <p>
 * Ctrl-C stops Payara Micro first and then MariaDB, so no {@code mariadbd} is left behind.
 * Payara's own log goes to {@code <data folder>/logs/payara.0.log}, rotated and capped
 * ({@link PayaraLog}); the console gets one line that says where the portal is and where its data lives.
 * <p>
 * The start is judged by what Payara shows ({@link StartupWatch}), never by a time limit: only a dead
 * process or a failed deployment ends it. The embedded MariaDB is watched and started again when it
 * dies; the portal's connection pool reconnects by itself.
 * <p>
 * Usage: {@code PortalLauncher <portal-web.war> <payara-micro.jar>}
 */
public final class PortalLauncher {

    static final Duration POLL_EVERY = Duration.ofSeconds(1);
    static final Duration REPORT_EVERY = Duration.ofMinutes(2);

    private final LaunchSettings settings;
    private final Path war;
    private final Path payaraJar;
    private EmbeddedMariaDb embedded;
    private Process payara;
    private PayaraLog log;
    /** HTTP/1.1: an offer of HTTP/2 over plain HTTP may go unanswered (ops/README, "HTTP/2 over plain HTTP"). */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

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
        log = new PayaraLog(settings.dataHome().resolve("logs"), settings.log());
        DatabaseSettings database = settings.externalDatabase().orElseGet(this::startEmbeddedDatabase);
        if (embedded != null) {
            // A database that dies under the portal is started again: the portal reconnects by itself.
            embedded.keepRunning(this::tell);
        }
        String adminPassword = settings.adminPassword()
                .orElseGet(() -> SecretFile.readOrCreate(settings.dataHome().resolve("secrets/admin-password")));

        payara = startPayara(database, adminPassword);
        StartupWatch watch = new StartupWatch();
        log.pump(payara.getInputStream(), watch::line);
        StartupWatch.Verdict verdict = awaitReady(watch, payara::isAlive, this::probeReadiness, Clock.systemUTC(),
                d -> TimeUnit.MILLISECONDS.sleep(d.toMillis()), System.out::println);
        if (verdict.state() != StartupWatch.State.READY) {
            System.err.println(verdict.reason() + ". The end of " + log.current() + ":");
            log.tail().forEach(System.err::println);
            return 1;
        }
        System.out.println(startedLine(database));
        return payara.waitFor();
    }

    /** Sleeps between two looks at the starting server (a test passes one that only moves its clock). */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /**
     * Waits until the portal is ready or its start has failed (the process died, or Payara reported a
     * failed deployment); never gives up on a server that is merely slow, and says every
     * {@link #REPORT_EVERY} that it is still waiting and on what.
     */
    static StartupWatch.Verdict awaitReady(StartupWatch watch, BooleanSupplier alive, Supplier<StartupWatch.Probe> probe,
                                           Clock clock, Sleeper sleeper, Consumer<String> say) throws InterruptedException {
        Instant start = clock.instant();
        Instant nextReport = start.plus(REPORT_EVERY);
        while (true) {
            StartupWatch.Verdict verdict = watch.judge(alive.getAsBoolean(), probe.get());
            if (verdict.state() != StartupWatch.State.STARTING) {
                return verdict;
            }
            Instant now = clock.instant();
            if (!now.isBefore(nextReport)) {
                say.accept("The portal is still starting after " + Duration.between(start, now).toMinutes()
                        + " min: " + verdict.reason() + ". The machine may be busy; waiting on (Ctrl-C stops)."
                        + (watch.lastLine().isEmpty() ? "" : " Payara's last line: " + watch.lastLine()));
                nextReport = now.plus(REPORT_EVERY);
            }
            sleeper.sleep(POLL_EVERY);
        }
    }

    private StartupWatch.Probe probeReadiness() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + settings.httpPort() + "/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            return StartupWatch.Probe.answer(response.statusCode(), response.body());
        } catch (IOException notYet) {
            return StartupWatch.Probe.noAnswer();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return StartupWatch.Probe.noAnswer();
        }
    }

    /** A message of the launcher's: on the console and in Payara's log, where it belongs in time. */
    private void tell(String message) {
        String line = Instant.now() + " [launcher] " + message;
        System.out.println(line);
        if (log != null) {
            log.write(line);
        }
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

    private Process startPayara(DatabaseSettings database, String adminPassword) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx1g",
                "-Dfile.encoding=UTF-8",
                "-jar", payaraJar.toString(),
                "--deploy", war.toString(),
                "--contextroot", "/",
                "--port", Integer.toString(settings.httpPort()),
                "--rootdir", freshRuntimeFolder(settings.dataHome()).toString(),
                "--nocluster"));
        // The output comes to the launcher, which writes it to rotated files and watches the deployment.
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
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
            env.put("PORTAL_DATA_KEY", SecretFile.readOrCreateKey(settings.dataHome().resolve("secrets/data-key")));
        }
        // The one-command run shows a believable directory; an external database gets it only on request.
        env.putIfAbsent("PORTAL_DEMO_DATA", Boolean.toString(embedded != null));
        // Absolute URLs (mail links, the API's openapi_url) name the port the portal really listens on.
        env.putIfAbsent("PORTAL_PUBLIC_URL", "http://localhost:" + settings.httpPort());
        if (embedded != null) {
            // Demo staff (operator, specialist, partner) to try a help request end to end.
            env.put("PORTAL_DEMO_STAFF_PASSWORD", SecretFile.readOrCreate(settings.dataHome().resolve("secrets/demo-staff-password")));
        }
        System.out.println("Starting Payara Micro with the portal (log: " + log.current() + ", rotated, at most "
                + (settings.log().maxBytes() >> 20) + " MB) ...");
        return builder.start();
    }

    /**
     * Payara's runtime folder (its configuration, the unpacked WAR, compiled pages), in the data folder
     * rather than under /tmp, which the system may clean while the portal runs for weeks; emptied at
     * every start, so that each start is configured by the jar and the launcher alone.
     */
    static Path freshRuntimeFolder(Path dataHome) throws IOException {
        Path runtime = dataHome.resolve("payara-runtime");
        if (Files.isDirectory(runtime, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> files = Files.walk(runtime)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        return Files.createDirectories(runtime);
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
        if (log != null) {
            log.close();
        }
    }
}
