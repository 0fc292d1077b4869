package org.familyportal.portal.interfaces.jobs;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.familyportal.portal.infrastructure.lease.JobLease;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A job's turns on the container's scheduler, each run only on the server that holds the job's
 * {@link JobLease}: started with the application, stopped (and the lease let go) with it.
 */
final class LeasedSchedule {

    private final JobLease lease;
    private final String job;
    private final ScheduledFuture<?> turns;

    private LeasedSchedule(ManagedScheduledExecutorService scheduler, JobLease lease, String job, Duration every,
                           Duration first, Runnable turn) {
        this.lease = lease;
        this.job = job;
        long millis = Math.max(1000, every.toMillis());
        Duration leaseTime = JobLease.leaseFor(every);
        this.turns = scheduler.scheduleWithFixedDelay(() -> {
            if (lease.acquire(job, leaseTime)) {
                turn.run();
            }
        }, Math.min(millis, Math.max(0, first.toMillis())), millis, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code turn} every {@code every} (at least a second), the first time after {@code first} at most. */
    static LeasedSchedule start(ManagedScheduledExecutorService scheduler, JobLease lease, String job, Duration every,
                                Duration first, Runnable turn) {
        return new LeasedSchedule(scheduler, lease, job, every, first, turn);
    }

    /** No more turns here; another server takes the job over at once rather than when the lease lapses. */
    void stop() {
        turns.cancel(false);
        try {
            lease.release(job);
        } catch (RuntimeException e) {
            // Shutting down: the lease lapses by itself.
        }
    }
}
