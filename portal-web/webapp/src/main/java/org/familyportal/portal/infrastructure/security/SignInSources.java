package org.familyportal.portal.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.familyportal.portal.infrastructure.protection.InstallationSecrets;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            String value = "sign-in " + (address == null || address.isBlank() ? "unknown" : address.strip());
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private SecretKeySpec currentKey() {
        SecretKeySpec current = key;
        if (current == null) {
            // Made and committed in a transaction of its own; two threads read the same row.
            current = new SecretKeySpec(secrets.secret(SECRET), "HmacSHA256");
            key = current;
        }
        return current;
    }
}
