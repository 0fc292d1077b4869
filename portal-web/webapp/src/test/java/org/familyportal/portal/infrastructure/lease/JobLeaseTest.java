package org.familyportal.portal.infrastructure.lease;

import org.familyportal.embedded.DatabaseSettings;
import org.familyportal.embedded.EmbeddedMariaDb;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two servers (two lease holders) on one real MariaDB (embedded), with the table of the portal's
 * migration: a job runs on one of them at a time, moves to the other when its holder stops renewing,
 * and two servers asking at the same moment never both get it.
 */
class JobLeaseTest {

    private static final Duration LEASE = Duration.ofMinutes(5);

    private static EmbeddedMariaDb server;
    private static MariaDbDataSource db;
    private static int jobs;

    /** A clock both servers share, moved by the test. */
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T10:00:00Z"));
    private final Clock clock = new Clock() {
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
            return now.get();
        }
    };

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedMariaDb.start(Path.of("target", "job-lease-mariadb").toAbsolutePath());
        DatabaseSettings settings = server.provisionEmpty("job_lease_test", "lease_test", "lease-test-password");
        db = new MariaDbDataSource(settings.url() + (settings.url().contains("?") ? "&" : "?")
                + "sessionVariables=time_zone='+00:00'");
        db.setUser(settings.user());
        db.setPassword(settings.password());
        try (InputStream in = JobLeaseTest.class.getResourceAsStream("/db/migration/portal/V3_30__job_lease.sql");
             Connection c = db.getConnection(); Statement s = c.createStatement()) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            s.execute(sql);
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static synchronized String newJob() {
        return "job-" + (++jobs);
    }

    @Test
    void theFirstServerTakesTheJobAndTheSecondWaitsWhileItIsRenewed() {
        String job = newJob();
        JobLease first = new JobLease(db, clock, "server-1");
        JobLease second = new JobLease(db, clock, "server-2");

        assertTrue(first.acquire(job, LEASE), "nobody held it");
        assertFalse(second.acquire(job, LEASE), "held by the first");
        for (int turn = 0; turn < 10; turn++) {
            now.set(now.get().plus(Duration.ofMinutes(1)));
            assertTrue(first.acquire(job, LEASE), "the holder renews at every turn");
            assertFalse(second.acquire(job, LEASE), "the other server's turn is skipped, minute " + turn);
        }
        assertEquals("server-1", first.holding(job).orElseThrow().holder());
        assertEquals(Instant.parse("2026-12-01T10:00:00Z"), first.holding(job).orElseThrow().acquiredAt(),
                "renewing keeps the time it was taken");
        assertEquals(now.get().plus(LEASE), first.holding(job).orElseThrow().expiresAt());
    }

    @Test
    void aHolderThatStopsRenewingLosesTheJobWhenItsLeaseExpires() {
        String job = newJob();
        JobLease first = new JobLease(db, clock, "server-1");
        JobLease second = new JobLease(db, clock, "server-2");
        assertTrue(first.acquire(job, LEASE));

        now.set(now.get().plus(LEASE).minusSeconds(1));
        assertFalse(second.acquire(job, LEASE), "a second before it expires");
        now.set(now.get().plusSeconds(1));
        assertTrue(second.acquire(job, LEASE), "expired: the other server takes it over");
        assertFalse(first.acquire(job, LEASE), "the old holder, back, does not run it twice");
        assertEquals("server-2", second.holding(job).orElseThrow().holder());
        assertEquals(now.get(), second.holding(job).orElseThrow().acquiredAt());
    }

    @Test
    void aReleasedLeaseIsTakenAtOnceAndReleasingAnotherServersLeaseDoesNothing() {
        String job = newJob();
        JobLease first = new JobLease(db, clock, "server-1");
        JobLease second = new JobLease(db, clock, "server-2");
        assertTrue(first.acquire(job, LEASE));

        second.release(job);
        assertFalse(second.acquire(job, LEASE), "a server cannot release what it does not hold");
        first.release(job);
        assertTrue(second.acquire(job, LEASE), "the holder stopped: taken without waiting for the expiry");
    }

    @Test
    void jobsHaveLeasesOfTheirOwn() {
        String one = newJob();
        String other = newJob();
        JobLease first = new JobLease(db, clock, "server-1");
        JobLease second = new JobLease(db, clock, "server-2");

        assertTrue(first.acquire(one, LEASE));
        assertTrue(second.acquire(other, LEASE), "another job may run on the other server");
        assertFalse(first.acquire(other, LEASE));
    }

    @Test
    void serversAskingAtTheSameMomentNeverBothGetIt() throws Exception {
        int servers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(servers);
        try {
            for (int round = 0; round < 10; round++) {
                String job = newJob();
                // Round 0..4: nobody held it (racing INSERTs); round 5..9: an expired holder (racing UPDATEs).
                if (round >= 5) {
                    new JobLease(db, clock, "gone").acquire(job, Duration.ofSeconds(1));
                    now.set(now.get().plusSeconds(2));
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> answers = new ArrayList<>();
                for (int s = 0; s < servers; s++) {
                    JobLease lease = new JobLease(db, clock, "server-" + s);
                    Callable<Boolean> ask = () -> {
                        start.await();
                        return lease.acquire(job, LEASE);
                    };
                    answers.add(pool.submit(ask));
                }
                start.countDown();
                int winners = 0;
                for (Future<Boolean> answer : answers) {
                    winners += answer.get() ? 1 : 0;
                }
                assertEquals(1, winners, "round " + round + ": exactly one server runs the job");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLeaseIsAFewPeriodsAndNeverShorterThanFiveMinutes() {
        assertEquals(Duration.ofMinutes(5), JobLease.leaseFor(Duration.ofSeconds(15)));
        assertEquals(Duration.ofHours(3), JobLease.leaseFor(Duration.ofHours(1)));
    }
}
