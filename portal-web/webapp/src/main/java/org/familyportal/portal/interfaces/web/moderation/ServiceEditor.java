package org.familyportal.portal.interfaces.web.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.portal.interfaces.web.BusinessOutcome;
import org.familyportal.directory.domain.listing.ChangeRecord;
import org.familyportal.directory.domain.listing.Provider;
import org.familyportal.directory.domain.listing.ServiceListing;
import org.familyportal.directory.domain.listing.ServiceStatus;
import org.familyportal.directory.application.moderation.ListingModeration;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.portal.interfaces.web.CurrentLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Backing bean of {@code moderation/service.xhtml}: edit a service (or create one when no id is
 * given), mark it verified, or retire it.
 */
@Named
@ViewScoped
public class ServiceEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListingModeration moderation;

    @Inject
    transient SecurityContext security;

    @Inject
    transient SiteSearch search;

    @Inject
    transient CurrentLanguage language;

    private String id;
    private ServiceListing service;
    private String inferred;

    /** Called by the page's view action: loads the service, or starts a new one; unknown ids are 404. */
    public void load() {
        if (id == null || id.isBlank()) {
            service = ServiceListing.newService(null);
            return;
        }
        service = moderation.service(id).orElse(null);
        if (service == null) {
            Faces.responseSendError(404, null);
        }
    }

    public void save() {
        BusinessOutcome.attempt(() -> {
            service = moderation.save(service, who());
            inferred = null;
            id = service.getId();
            Messages.addGlobalInfo("moderation.service.saved");
        });
    }

    public void verify() {
        BusinessOutcome.attempt(() -> {
            service = moderation.verify(service.getId(), who());
            Messages.addGlobalInfo("moderation.service.verified");
        });
    }

    public void retire() {
        BusinessOutcome.attempt(() -> {
            service = moderation.retire(service.getId(), who());
            Messages.addGlobalInfo("moderation.service.retired");
        });
    }

    public List<Provider> completeProvider(String query) {
        return moderation.providersNamed(query, 20);
    }

    /**
     * The kinds of help and audiences the search reads from this service's own words beyond those it
     * is tagged with, as labels joined by commas; empty for a new or retired service.
     */
    public String getInferred() throws java.sql.SQLException {
        if (inferred == null) {
            inferred = !isExisting() ? "" : search.inferred(service.getId()).map(topics -> {
                List<String> labels = new java.util.ArrayList<>();
                topics.categories().stream().map(c -> search.label("category", c, language.getCode())).sorted().forEach(labels::add);
                topics.audiences().stream().map(a -> search.label("audience", a, language.getCode())).sorted().forEach(labels::add);
                return String.join(", ", labels);
            }).orElse("");
        }
        return inferred;
    }

    public List<ChangeRecord> getHistory() {
        return service == null || id == null ? List.of() : moderation.history(service.getId());
    }

    public ServiceStatus[] getStatuses() {
        return ServiceStatus.values();
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

    public ServiceListing getService() {
        return service;
    }
}
