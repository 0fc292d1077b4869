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
import org.familyportal.directory.application.moderation.ListingModeration;
import org.familyportal.portal.application.request.RequestDeadlines;
import org.familyportal.portal.infrastructure.lease.JobLease;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks for overdue requests, requests still without a centre and expired requests every
 * {@code portal.requests.check-every} (a minute by default), from the start of the application.
 * It has the managed scheduled executor to itself: mail goes out on other threads
 * ({@link org.familyportal.portal.infrastructure.mail.MailDelivery}), so a slow SMTP server never
 * holds it up. With several servers, a turn runs only on the server holding the job's
 * {@link JobLease} ({@value #JOB}), so an overdue request is escalated once, not once per server.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class.getName());

    /** The name of this job's lease. */
    public static final String JOB = "deadline-watch";

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    RequestDeadlines deadlines;

    @Inject
    @ConfigProperty(name = "portal.requests.check-every", defaultValue = "PT1M")
    Duration every;

    @Inject
    ListingModeration moderation;

    @Inject
    @ConfigProperty(name = "portal.directory.report-retention", defaultValue = "P180D")
    Duration reportRetention;

    @Inject
    JobLease lease;

    private LeasedSchedule watch;

    @PostConstruct
    void start() {
        watch = LeasedSchedule.start(scheduler, lease, JOB, every, every, this::check);
    }

    @PreDestroy
    void stop() {
        if (watch != null) {
            watch.stop();
        }
    }

    private void check() {
        // Each on its own: a failure of one (say, a request that cannot be anonymised) must not stop the others.
        run("Escalating overdue requests", deadlines::escalateOverdue);
        run("Reminding administrators of requests without a centre", deadlines::remindUnrouted);
        run("Anonymising expired requests", deadlines::anonymiseExpired);
        run("Purging old reports of wrong information", () -> moderation.purgeReports(reportRetention));
    }

    private static void run(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, what + " failed; trying again at the next turn", e);
        }
    }
}
