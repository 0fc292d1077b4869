package org.familyportal.portal.infrastructure.protection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The one {@link DataProtection} of the application, keyed by {@code portal.data.key} (the launcher
 * generates one into the data directory's {@code secrets/data-key}). Without a key, nothing with
 * personal data can be stored, and saying so is better than storing it readable.
 */
@ApplicationScoped
public class DataProtectionSettings {

    @Inject
    @ConfigProperty(name = "portal.data.key")
    Optional<String> key;

    private volatile DataProtection protection;

    @Produces
    public DataProtection protection() {
        DataProtection current = protection;
        if (current == null) {
            current = new DataProtection(key.orElseThrow(() -> new IllegalStateException(
                    "portal.data.key (PORTAL_DATA_KEY) is not configured: personal data cannot be stored")));
            protection = current;
        }
        return current;
    }

    public boolean isConfigured() {
        return key.isPresent() && key.get().strip().length() >= 16;
    }
}
