package org.familyportal.portal.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.familyportal.portal.infrastructure.protection.DataKeyRotation;
import org.familyportal.portal.infrastructure.protection.DataProtectionSettings;

import java.sql.SQLException;

/**
 * Reports the data key: its id, how many values still wait for re-encryption after a rotation, and
 * whether stored values cannot be decrypted (a wrong key). It stays UP with a wrong key: families can
 * still ask for help and new requests are sealed readable, which matters more than the old ones;
 * the problem is stated in the check's data and in the log. Read at most once in ten seconds.
 */
@Readiness
@ApplicationScoped
public class DataKeyReadiness implements HealthCheck {

    private static final long FRESH_NANOS = 10_000_000_000L;

    @Inject
    DataProtectionSettings settings;

    @Inject
    DataKeyRotation rotation;

    private volatile HealthCheckResponse cached;
    private volatile long cachedAt;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponse response = cached;
        if (response != null && System.nanoTime() - cachedAt < FRESH_NANOS) {
            return response;
        }
        response = fresh();
        cached = response;
        cachedAt = System.nanoTime();
        return response;
    }

    private HealthCheckResponse fresh() {
        HealthCheckResponseBuilder check = HealthCheckResponse.named("data-key");
        if (!settings.isConfigured()) {
            return check.down().withData("problem", "PORTAL_DATA_KEY is not configured: personal data cannot be stored").build();
        }
        try {
            DataKeyRotation.State state = rotation.state();
            check.up().withData("keyId", state.keyId()).withData("toReencrypt", state.remaining());
            if (state.unreadable() > 0) {
                check.withData("problem", "cannot decrypt stored personal data with the configured key"
                        + " (PORTAL_DATA_KEY, PORTAL_DATA_KEY_PREVIOUS)");
            }
            return check.build();
        } catch (SQLException | RuntimeException e) {
            // The database's own check says whether it is reachable.
            return check.up().withData("problem", "not checked: " + e.getClass().getSimpleName()).build();
        }
    }
}
