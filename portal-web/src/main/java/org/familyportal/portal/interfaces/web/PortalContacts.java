package org.familyportal.portal.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The numbers a family in trouble needs at once, shown on every page. Configurable per region:
 * {@code portal.emergency.number} and {@code portal.hotline.number}.
 */
@Named
@ApplicationScoped
public class PortalContacts {

    @Inject
    @ConfigProperty(name = "portal.emergency.number", defaultValue = "112")
    String emergencyNumber;

    @Inject
    @ConfigProperty(name = "portal.hotline.number", defaultValue = "8-800-2000-122")
    String hotlineNumber;

    public String getEmergencyNumber() {
        return emergencyNumber;
    }

    public String getHotlineNumber() {
        return hotlineNumber;
    }

    public String getEmergencyTel() {
        return tel(emergencyNumber);
    }

    public String getHotlineTel() {
        return tel(hotlineNumber);
    }

    /** A {@code tel:} URI keeps only the leading plus and the digits. */
    static String tel(String number) {
        String digits = number.replaceAll("[^0-9+]", "");
        return "tel:" + digits;
    }
}
