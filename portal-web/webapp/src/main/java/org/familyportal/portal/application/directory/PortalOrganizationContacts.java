package org.familyportal.portal.application.directory;

import jakarta.enterprise.context.ApplicationScoped;
import org.familyportal.directory.application.port.OrganizationContacts;

import java.util.List;

/**
 * The members who keep an organisation's listings. None yet: organisations get members with sign-up
 * and claims (issue #12), and this is where they are read from then. Until then every reminder goes to
 * the organisation's public address.
 */
@ApplicationScoped
public class PortalOrganizationContacts implements OrganizationContacts {

    @Override
    public List<Recipient> members(String organizationId) {
        return List.of();
    }
}
