package org.familyportal.portal.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured {@link PublicAddress} ({@code portal.public-url}, {@code PORTAL_PUBLIC_URL}): the one
 * place that reads the setting; mails, the API, HSTS and the session cookie inject the address.
 */
@ApplicationScoped
public class PublicAddressProducer {

    @Inject
    @ConfigProperty(name = "portal.public-url", defaultValue = "http://localhost:8080")
    String url;

    @Produces
    public PublicAddress publicAddress() {
        return PublicAddress.of(url);
    }
}
