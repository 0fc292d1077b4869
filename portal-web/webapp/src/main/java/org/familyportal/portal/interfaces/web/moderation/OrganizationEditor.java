package org.familyportal.portal.interfaces.web.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.portal.interfaces.web.BusinessOutcome;
import org.familyportal.directory.domain.listing.ChangeRecord;
import org.familyportal.directory.domain.listing.Provider;
import org.familyportal.directory.domain.listing.ServiceListing;
import org.familyportal.directory.application.moderation.ListingModeration;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/** Backing bean of {@code moderation/organization.xhtml}: edit or create an organisation, retire its services. */
@Named
@ViewScoped
public class OrganizationEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListingModeration moderation;

    @Inject
    transient SecurityContext security;

    private String id;
    private Provider organization;

    public void load() {
        if (id == null || id.isBlank()) {
            organization = Provider.newProvider();
            return;
        }
        organization = moderation.provider(id).orElse(null);
        if (organization == null) {
            Faces.responseSendError(404, null);
        }
    }

    /** Saves; when someone changed the organisation meanwhile, says so and keeps what was typed. */
    public void save() {
        BusinessOutcome.attempt(() -> {
            organization = moderation.save(organization, who());
            id = organization.getId();
            Messages.addGlobalInfo("moderation.organization.saved");
        });
    }

    public void retireServices() {
        BusinessOutcome.attempt(() -> Messages.addGlobalInfo("moderation.organization.retired",
                moderation.retireProvider(organization.getId(), who())));
    }

    public List<ServiceListing> getServices() {
        return isExisting() ? moderation.servicesOf(organization.getId()) : List.of();
    }

    public List<ChangeRecord> getHistory() {
        return isExisting() ? moderation.history(organization.getId()) : List.of();
    }

    public boolean isExisting() {
        return id != null && !id.isBlank();
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
