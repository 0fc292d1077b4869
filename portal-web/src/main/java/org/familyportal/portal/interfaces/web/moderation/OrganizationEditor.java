package org.familyportal.portal.interfaces.web.moderation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.directory.domain.listing.ChangeRecord;
import org.familyportal.directory.domain.listing.Provider;
import org.familyportal.directory.domain.listing.ServiceListing;
import org.familyportal.portal.application.directory.ListingModeration;

import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;

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

    public void load() throws IOException {
        if (id == null || id.isBlank()) {
            organization = Provider.newProvider();
            return;
        }
        organization = moderation.provider(id).orElse(null);
        if (organization == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void save() {
        organization = moderation.save(organization, who());
        id = organization.getId();
        message("moderation.organization.saved");
    }

    public void retireServices() {
        int retired = moderation.retireProvider(organization.getId(), who());
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle i18n = faces.getApplication().getResourceBundle(faces, "i18n");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                MessageFormat.format(i18n.getString("moderation.organization.retired"), retired), null));
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

    private static void message(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle i18n = faces.getApplication().getResourceBundle(faces, "i18n");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, i18n.getString(key), null));
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
