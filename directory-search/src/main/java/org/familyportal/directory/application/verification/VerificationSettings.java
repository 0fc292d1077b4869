package org.familyportal.directory.application.verification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.directory.domain.verification.VerificationPeriods;

/**
 * The verification periods from MicroProfile Config (ISO-8601 periods):
 * {@code portal.directory.verification.remind-after} ({@code P6M}),
 * {@code portal.directory.verification.escalate-after} ({@code P21D}) and
 * {@code portal.directory.verification.stale-after} ({@code P12M}).
 */
@ApplicationScoped
public class VerificationSettings {

    @Inject
    @ConfigProperty(name = "portal.directory.verification.remind-after", defaultValue = "P6M")
    String remindAfter;

    @Inject
    @ConfigProperty(name = "portal.directory.verification.escalate-after", defaultValue = "P21D")
    String escalateAfter;

    @Inject
    @ConfigProperty(name = "portal.directory.verification.stale-after", defaultValue = "P12M")
    String staleAfter;

    private volatile VerificationPeriods periods;

    public VerificationPeriods periods() {
        VerificationPeriods read = periods;
        if (read == null) {
            read = VerificationPeriods.parse(remindAfter, escalateAfter, staleAfter);
            periods = read;
        }
        return read;
    }
}
