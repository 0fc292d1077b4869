package org.familyportal.portal.interfaces.jobs;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.directory.application.verification.VerificationReminders;
import org.familyportal.portal.infrastructure.lease.JobLease;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the verification reminders and their escalations ({@link VerificationReminders}) every
 * {@code portal.directory.verification.check-every} (an hour by default), on the server that holds the
 * job's {@link JobLease} ({@value #JOB}): however many servers run, an organisation gets each mail once
 * (the reminders are also recorded once per organisation and baseline, by a unique key).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class VerificationWatch {

    private static final Logger LOG = Logger.getLogger(VerificationWatch.class.getName());

    /** The name of this job's lease. */
    public static final String JOB = "verification-reminders";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    VerificationReminders reminders;

    @Inject
    JobLease lease;

    @Inject
    @ConfigProperty(name = "portal.directory.verification.check-every", defaultValue = "PT1H")
    Duration every;

    private LeasedSchedule watch;

    @PostConstruct
    void start() {
        // The first turn a minute after the start (or sooner when the period is shorter), not in the middle of it.
        watch = LeasedSchedule.start(scheduler, lease, JOB, every, Duration.ofMinutes(1), this::check);
    }

    @PreDestroy
    void stop() {
        if (watch != null) {
            watch.stop();
        }
    }

    private void check() {
        try {
            reminders.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending verification reminders failed; trying again at the next turn", e);
        }
    }
}
