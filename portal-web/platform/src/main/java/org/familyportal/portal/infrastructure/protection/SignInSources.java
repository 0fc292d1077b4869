package org.familyportal.portal.infrastructure.protection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.portal.infrastructure.protection.InstallationSecrets;
import org.familyportal.shared.Hashes;

import javax.crypto.spec.SecretKeySpec;

/**
 * The sign-in throttle's name for a client address: the address is personal data, so only a keyed
 * hash of it is kept. The key is the installation's own secret ({@link InstallationSecrets}), not the
 * data key: signing in works whether or not {@code PORTAL_DATA_KEY} is configured.
 */
@ApplicationScoped
public class SignInSources {

    private static final String SECRET = "sign-in-sources";

    @Inject
    InstallationSecrets secrets;

    private volatile SecretKeySpec key;

    /** The hash of {@code address} (blank: "unknown"), 64 hex digits. */
    public String key(String address) {
        return hash(currentKey(), address);
    }

    static String hash(SecretKeySpec key, String address) {
        return Hashes.hmacSha256Hex(key, "sign-in " + (address == null || address.isBlank() ? "unknown" : address.strip()));
    }

    private SecretKeySpec currentKey() {
        SecretKeySpec current = key;
        if (current == null) {
            // Made and committed in a transaction of its own; two threads read the same row.
            current = Hashes.hmacKey(secrets.secret(SECRET));
            key = current;
        }
        return current;
    }
}
