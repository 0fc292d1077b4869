package org.familyportal.portal.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the JVM has memory to spare: below 5 % free heap after the collector ran, the
 * process is better restarted than left to crawl.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        double free = 1.0 - (double) used / runtime.maxMemory();
        return HealthCheckResponse.named("heap").status(free > 0.05).build();
    }
}
