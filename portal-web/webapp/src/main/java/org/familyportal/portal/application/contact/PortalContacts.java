package org.familyportal.portal.application.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familyportal.directory.domain.search.CrisisContacts;

import java.util.List;
import java.util.Optional;

/**
 * The numbers a family in trouble needs at once, shown on every page. Configurable per region:
 * {@code portal.emergency.number} and {@code portal.hotline.number}; and the crisis contacts of each
 * region shown with a search that signals danger, {@code portal.crisis.contacts} (see
 * {@link CrisisContacts}).
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

    @Inject
    @ConfigProperty(name = "portal.crisis.contacts")
    Optional<String> crisisContacts;

    private volatile CrisisContacts contacts;

    public String getEmergencyNumber() {
        return emergencyNumber;
    }

    public String getHotlineNumber() {
        return hotlineNumber;
    }

    /** The crisis contacts for a parent in {@code region} (null: unknown), the region's own first. */
    public List<CrisisContacts.Contact> crisisContacts(String region) {
        CrisisContacts parsed = contacts;
        if (parsed == null) {
            parsed = CrisisContacts.parse(crisisContacts.orElse(""), emergencyNumber, hotlineNumber);
            contacts = parsed;
        }
        return parsed.forRegion(region);
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
