package org.familyportal.ops.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One Payara Micro JVM with the portal, started directly as a child of this JVM (no shell or
 * wrapper in between), so that {@link #kill()} is a SIGKILL of the server itself.
 */
final class PayaraMicroProcess {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final int port;
    private final Path log;
    private final Path payaraJar;

    private PayaraMicroProcess(Process process, int port, Path log, Path payaraJar) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.payaraJar = payaraJar;
    }

    /** Starts Payara Micro with {@code war} at the root context on {@code port}; secrets go in {@code env}. */
    static PayaraMicroProcess start(Path war, Path payaraJar, int port, Path rootDir, Path log,
                                    Map<String, String> env) throws IOException {
        Files.createDirectories(rootDir);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx1g", "-Dfile.encoding=UTF-8",
                "-jar", payaraJar.toString(),
                "--deploy", war.toString(), "--contextroot", "/",
                "--port", Integer.toString(port), "--nocluster",
                // Payara's runtime folder stays in the work folder: a killed server leaves nothing in /tmp.
                "--rootdir", rootDir.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        return new PayaraMicroProcess(builder.start(), port, log, payaraJar);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    long pid() {
        return process.pid();
    }

    /** Waits until {@code /health/ready} answers 200; fails early when the JVM dies or the deployment failed. */
    void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped during start-up, exit " + process.exitValue()
                        + "; see " + log);
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(uri("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
                if (ready.body().contains("No Application deployed") && logContains(") ready in ")) {
                    throw new IllegalStateException("Payara Micro started but did not deploy the portal; see " + log);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            TimeUnit.SECONDS.sleep(1);
        }
        throw new IllegalStateException("The portal was not ready within " + START_TIMEOUT.toMinutes() + " min; see " + log);
    }

    /**
     * Checks that the child process is the Payara Micro JVM itself and says how: its command is this
     * JDK's {@code java -jar payara-micro.jar}, it has no child processes, and (on Linux) it owns the
     * socket listening on the HTTP port.
     */
    String proveIsServerJvm() {
        ProcessHandle.Info info = process.info();
        String command = info.command().orElse("?");
        List<String> arguments = info.arguments().map(List::of).orElse(List.of());
        if (!command.endsWith("/bin/java") || !arguments.contains(payaraJar.toString())) {
            throw new IllegalStateException("The child process " + pid() + " is not the Payara JVM: " + command + " " + arguments);
        }
        long children = process.descendants().count();
        if (children != 0) {
            throw new IllegalStateException("The Payara JVM " + pid() + " has " + children + " child processes");
        }
        Optional<Long> listener = listeningPid(port);
        if (listener.isPresent() && listener.get() != pid()) {
            throw new IllegalStateException("Port " + port + " is held by process " + listener.get() + ", not by " + pid());
        }
        return "pid " + pid() + " is `" + command + " … -jar payara-micro.jar`, has no child processes"
                + (listener.isPresent() ? " and owns the socket listening on port " + port + " (/proc)" : "");
    }

    /** SIGKILL (what {@link Process#destroyForcibly()} sends on Linux); returns the exit status. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Payara " + pid() + " survived SIGKILL");
        }
        return process.exitValue();
    }

    /** A graceful stop (SIGTERM), SIGKILL after a minute. */
    void stop() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private boolean logContains(String text) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** The process owning the socket that listens on {@code port}, from /proc (Linux); empty elsewhere. */
    static Optional<Long> listeningPid(int port) {
        List<String> inodes = new ArrayList<>();
        String hexPort = String.format(":%04X", port);
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.strip().split("\\s+");
                    // local_address is "ADDR:PORT" in hex; state 0A is LISTEN; field 9 is the socket's inode.
                    if (f.length > 9 && f[1].endsWith(hexPort) && "0A".equals(f[3])) {
                        inodes.add("socket:[" + f[9] + "]");
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no such table here
            }
        }
        if (inodes.isEmpty()) {
            return Optional.empty();
        }
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path p : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try (Stream<Path> fds = Files.list(p.resolve("fd"))) {
                    if (fds.anyMatch(fd -> {
                        try {
                            return inodes.contains(Files.readSymbolicLink(fd).toString());
                        } catch (IOException | UnsupportedOperationException e) {
                            return false;
                        }
                    })) {
                        return Optional.of(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException e) {
                    // gone, or not ours to read
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
