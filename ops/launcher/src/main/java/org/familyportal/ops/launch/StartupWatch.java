package org.familyportal.ops.launch;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges a starting Payara Micro by what it shows, never by the clock: ready when the portal's
 * readiness check answers 200; failed only when the process is gone or Payara says the deployment
 * failed; otherwise still starting, however long that takes on a busy machine. A portal that
 * answers requests is therefore never taken for a failed start.
 * <p>
 * It reads Payara Micro's own lines: {@code Deployed N archive(s)} (0: the portal's deployment
 * failed, the reason is logged above it) and {@code ... ready in N (ms)} (the server has booted).
 */
final class StartupWatch {

    /** What the start looks like now. */
    enum State { STARTING, READY, FAILED }

    /** The state and, for people, what it is waiting for or why it failed. */
    record Verdict(State state, String reason) {
    }

    /** One look at {@code /health/ready}: the status, or empty while nothing answers on the port. */
    record Probe(Optional<Integer> status, String body) {
        static Probe noAnswer() {
            return new Probe(Optional.empty(), "");
        }

        static Probe answer(int status, String body) {
            return new Probe(Optional.of(status), body == null ? "" : body);
        }
    }

    private static final Pattern DEPLOYED = Pattern.compile("Deployed (\\d+) archive\\(s\\)");
    private static final Pattern BOOTED = Pattern.compile("\\) ready in [\\d,. ]+\\(ms\\)");

    private volatile Integer deployedArchives;
    private volatile boolean booted;
    private volatile String lastLine = "";

    /** A line of Payara's output. */
    void line(String line) {
        Matcher deployed = DEPLOYED.matcher(line);
        if (deployed.find()) {
            deployedArchives = Integer.parseInt(deployed.group(1));
        }
        if (BOOTED.matcher(line).find()) {
            booted = true;
        }
        if (!line.isBlank()) {
            lastLine = line.strip();
        }
    }

    Verdict judge(boolean processAlive, Probe probe) {
        if (!processAlive) {
            return new Verdict(State.FAILED, "Payara Micro stopped during start-up");
        }
        if (probe.status().filter(s -> s == 200).isPresent()) {
            return new Verdict(State.READY, "the portal is ready");
        }
        if (Integer.valueOf(0).equals(deployedArchives)
                || booted && probe.body().contains("No Application deployed")) {
            return new Verdict(State.FAILED, "Payara Micro started but could not deploy the portal");
        }
        if (deployedArchives != null && deployedArchives > 0) {
            return new Verdict(State.STARTING, "the portal is deployed; its readiness check answers "
                    + probe.status().map(String::valueOf).orElse("nothing") + " (waiting for the database)");
        }
        return new Verdict(State.STARTING, "Payara Micro is still deploying the portal");
    }

    /** The last non-blank line Payara wrote, to show what it is doing. */
    String lastLine() {
        return lastLine;
    }
}
