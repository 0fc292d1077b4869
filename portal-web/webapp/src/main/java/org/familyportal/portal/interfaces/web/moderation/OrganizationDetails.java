package org.familyportal.portal.interfaces.web.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.directory.application.moderation.InvalidListingException;
import org.familyportal.portal.interfaces.web.BusinessOutcome;
import org.familyportal.directory.application.moderation.ListingModeration;
import org.familyportal.directory.domain.listing.ChangeRecord;
import org.familyportal.directory.domain.listing.Provider;
import org.familyportal.directory.domain.listing.ServiceListing;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Backing bean of {@code moderation/organization.xhtml}: a published organisation as a moderator
 * checks it, its services, its change log, and taking all its services out of the directory. Its
 * content changes only through its draft ({@code moderation/listing.xhtml}); a page without a known
 * id is 404.
 */
@Named
@ViewScoped
public class OrganizationDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListingModeration moderation;

    @Inject
    transient SecurityContext security;

    private String id;
    private Provider organization;

    public void load() {
        organization = id == null || id.isBlank() ? null : moderation.provider(id).orElse(null);
        if (organization == null) {
            Faces.responseSendError(404, null);
        }
    }

    public void retireServices() {
        BusinessOutcome.attempt(() -> Messages.addGlobalInfo("moderation.organization.retired",
                moderation.retireProvider(organization.getId(), who())));
    }

    public List<ServiceListing> getServices() {
        return organization == null ? List.of() : moderation.servicesOf(organization.getId());
    }

    public List<ChangeRecord> getHistory() {
        return organization == null ? List.of() : moderation.history(organization.getId());
    }

    private String who() {
        return security.getCallerPrincipal().getName();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Provider getOrganization() {
        return organization;
    }
}
