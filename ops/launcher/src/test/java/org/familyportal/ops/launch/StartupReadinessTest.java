package org.familyportal.ops.launch;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the launcher decides that the portal has started, or that its start failed. The clock here only
 * moves when the launcher sleeps, so hours of a slow start take milliseconds.
 */
class StartupReadinessTest {

    /** A clock that the sleeper moves forward. */
    private static final class SimulatedTime {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");

        Clock clock() {
            return new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
        }

        PortalLauncher.Sleeper sleeper() {
            return d -> now = now.plus(d);
        }
    }

    @Test
    void aPortalThatTakesLongerThanAnyLimitIsWaitedForAndNotStopped() throws Exception {
        SimulatedTime time = new SimulatedTime();
        StartupWatch watch = new StartupWatch();
        watch.line("[2026-12-01T08:00:03.100+0000] [] [INFO] [] [PayaraMicro] Payara Micro starting");
        AtomicInteger looks = new AtomicInteger();
        Instant readyAt = time.now.plus(Duration.ofMinutes(17));
        List<String> said = new ArrayList<>();

        StartupWatch.Verdict verdict = PortalLauncher.awaitReady(watch, () -> true, () -> {
            looks.incrementAndGet();
            if (time.now.isBefore(readyAt.minus(Duration.ofMinutes(2)))) {
                return StartupWatch.Probe.noAnswer();
            }
            // listening, deployed, the database check still failing: a busy machine, not a failure
            return time.now.isBefore(readyAt) ? StartupWatch.Probe.answer(503, "{\"status\":\"DOWN\"}")
                    : StartupWatch.Probe.answer(200, "{\"status\":\"UP\"}");
        }, time.clock(), time.sleeper(), said::add);

        assertEquals(StartupWatch.State.READY, verdict.state(), verdict.reason());
        assertTrue(looks.get() > 17 * 60, "looked every second for 17 minutes: " + looks.get());
        assertEquals(8, said.size(), "said every 2 minutes that it is still waiting: " + said);
        assertTrue(said.get(0).contains("still starting after 2 min") && said.get(0).contains("waiting on"), said.get(0));
        assertTrue(said.get(0).contains("Payara Micro starting"), "shows what Payara is doing: " + said.get(0));
    }

    @Test
    void aDeployedPortalWaitingForItsDatabaseIsStillStarting() {
        StartupWatch watch = new StartupWatch();
        watch.line("[2026-12-01T08:01:10.000+0000] [] [INFO] [] [PayaraMicro] Deployed 1 archive(s)");
        watch.line("Payara Micro  6.2025.10 #badassmicrofish (build 1234) ready in 71,230 (ms)");

        StartupWatch.Verdict verdict = watch.judge(true, StartupWatch.Probe.answer(503, "{\"status\":\"DOWN\"}"));
        assertEquals(StartupWatch.State.STARTING, verdict.state());
        assertTrue(verdict.reason().contains("waiting for the database"), verdict.reason());
    }

    @Test
    void aDeadProcessEndsTheStartAtOnce() throws Exception {
        SimulatedTime time = new SimulatedTime();
        AtomicInteger looks = new AtomicInteger();
        StartupWatch.Verdict verdict = PortalLauncher.awaitReady(new StartupWatch(), () -> looks.incrementAndGet() < 5,
                StartupWatch.Probe::noAnswer, time.clock(), time.sleeper(), s -> { });
        assertEquals(StartupWatch.State.FAILED, verdict.state());
        assertTrue(verdict.reason().contains("stopped during start-up"), verdict.reason());
        assertEquals(5, looks.get());
    }

    @Test
    void aFailedDeploymentEndsTheStartWithoutWaitingForTheClock() throws Exception {
        SimulatedTime time = new SimulatedTime();
        StartupWatch watch = new StartupWatch();
        watch.line("[2026-12-01T08:00:40.000+0000] [] [SEVERE] [] [jakarta.enterprise.system.core] Exception while loading the app");
        watch.line("[2026-12-01T08:00:40.100+0000] [] [INFO] [] [PayaraMicro] Deployed 0 archive(s)");
        StartupWatch.Verdict verdict = PortalLauncher.awaitReady(watch, () -> true,
                () -> StartupWatch.Probe.answer(404, ""), time.clock(), time.sleeper(), s -> { });
        assertEquals(StartupWatch.State.FAILED, verdict.state());
        assertTrue(verdict.reason().contains("could not deploy"), verdict.reason());
    }

    @Test
    void payaraUpWithoutThePortalIsAFailedDeployment() {
        StartupWatch watch = new StartupWatch();
        watch.line("Payara Micro  6.2025.10 #badassmicrofish (build 1234) ready in 15,002 (ms)");
        StartupWatch.Verdict verdict = watch.judge(true,
                StartupWatch.Probe.answer(503, "{\"status\":\"DOWN\",\"checks\":[{\"name\":\"No Application deployed\"}]}"));
        assertEquals(StartupWatch.State.FAILED, verdict.state());
    }
}
