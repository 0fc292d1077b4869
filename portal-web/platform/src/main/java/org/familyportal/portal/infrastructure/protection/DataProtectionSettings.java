package org.familyportal.portal.infrastructure.protection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one {@link DataProtection} of the application: sealing with {@code portal.data.key}
 * ({@code PORTAL_DATA_KEY}; the launcher generates one into the data directory's
 * {@code secrets/data-key}), opening with it and with the keys of {@code portal.data.key-previous}
 * ({@code PORTAL_DATA_KEY_PREVIOUS}, comma-separated) while a rotation re-encrypts what they sealed.
 * A key is 32 random bytes in base64, or a passphrase stretched with PBKDF2 and the installation's
 * salt (kept in the table {@code data_key_salt}, made once by {@link InstallationSecrets} in a
 * transaction of its own; {@link DataKeyRotation} builds the key at start). Without a key, nothing with
 * personal data can be stored, and saying so is better than storing it readable.
 */
@ApplicationScoped
public class DataProtectionSettings {

    @Inject
    @ConfigProperty(name = "portal.data.key")
    Optional<String> key;

    @Inject
    @ConfigProperty(name = "portal.data.key-previous")
    Optional<String> previous;

    @Inject
    InstallationSecrets secrets;

    private volatile DataProtection protection;

    @Produces
    public DataProtection protection() {
        DataProtection current = protection;
        if (current == null) {
            synchronized (this) {
                current = protection;
                if (current == null) {
                    current = build();
                    protection = current;
                }
            }
        }
        return current;
    }

    public boolean isConfigured() {
        return key.isPresent() && key.get().strip().length() >= DataKey.MIN_SECRET;
    }

    private DataProtection build() {
        String secret = key.orElseThrow(() -> new IllegalStateException(
                "portal.data.key (PORTAL_DATA_KEY) is not configured: personal data cannot be stored"));
        List<String> earlier = new ArrayList<>();
        for (String text : previous.orElse("").split(",")) {
            if (!text.isBlank()) {
                earlier.add(text.strip());
            }
        }
        byte[] salt = null;
        boolean needsSalt = !DataKey.isRandomKey(secret) || earlier.stream().anyMatch(k -> !DataKey.isRandomKey(k));
        if (needsSalt) {
            salt = secrets.dataKeySalt();
        }
        List<DataKey> keys = new ArrayList<>();
        for (String text : earlier) {
            keys.add(DataKey.of(text, salt));
        }
        return new DataProtection(DataKey.of(secret, salt), keys);
    }
}
