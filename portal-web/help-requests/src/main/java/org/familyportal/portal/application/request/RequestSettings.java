package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.portal.domain.request.AcknowledgementDeadline;
import org.familyportal.portal.infrastructure.config.PublicAddress;

import java.time.Duration;

/** The configurable rules of help requests (see microprofile-config.properties for the defaults). */
@ApplicationScoped
public class RequestSettings {

    @Inject
    @ConfigProperty(name = "portal.requests.urgent-acknowledge-within", defaultValue = "PT1H")
    Duration urgentWithin;

    @Inject
    @ConfigProperty(name = "portal.requests.acknowledge-working-days", defaultValue = "1")
    int workingDays;

    @Inject
    @ConfigProperty(name = "portal.requests.retention", defaultValue = "P1095D")
    Duration retention;

    @Inject
    PublicAddress address;

    public AcknowledgementDeadline deadline() {
        return new AcknowledgementDeadline(urgentWithin, workingDays);
    }

    /** How long a closed request keeps its personal data before it is anonymised. */
    public Duration retention() {
        return retention;
    }

    /** The address of the portal for links in mails, without a trailing slash. */
    public String publicUrl() {
        return address.url();
    }
}
