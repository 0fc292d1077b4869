package org.familyportal.portal.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.familyportal.portal.infrastructure.mail.MailOutbox;

import java.time.Duration;
import java.time.Instant;

/**
 * Reports the mail outbox under its own name ({@code mail-outbox}) in {@code /health/ready}: mails
 * pending, the age of the oldest in minutes, and dead letters (mails given up after the give-up time).
 * <p>
 * It reports, it does not fail: dead letters never make readiness DOWN. Readiness decides whether the
 * portal gets traffic (and whether a launcher or orchestrator restarts it); a portal whose SMTP server
 * is gone still takes help requests, stores them and shows them in the centres' queues, and taking it
 * out of service would lose more urgent requests than it saves. Monitoring reads {@code dead_letters}
 * here, administrators see and retry them on {@code /admin/mail.xhtml}. When the outbox cannot be
 * read the database check says why; this one stays UP with {@code outbox: unknown}.
 */
@Readiness
@ApplicationScoped
public class MailOutboxReadiness implements HealthCheck {

    @Inject
    MailOutbox outbox;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("mail-outbox").up();
        try {
            MailOutbox.State state = outbox.state();
            response.withData("pending", state.pending()).withData("dead_letters", state.dead());
            if (state.oldestPending() != null) {
                response.withData("oldest_pending_minutes",
                        Math.max(0, Duration.between(state.oldestPending(), Instant.now()).toMinutes()));
            }
        } catch (RuntimeException e) {
            response.withData("outbox", "unknown");
        }
        return response.build();
    }
}
