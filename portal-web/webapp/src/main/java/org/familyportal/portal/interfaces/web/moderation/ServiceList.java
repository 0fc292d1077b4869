package org.familyportal.portal.interfaces.web.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.directory.domain.listing.ServiceListing;
import org.familyportal.directory.domain.listing.ServiceStatus;
import org.familyportal.directory.application.moderation.ListingModeration;
import org.familyportal.portal.interfaces.web.SearchablePage;

import java.io.Serializable;

/** Backing bean of {@code moderation/services.xhtml}: the directory's services, searchable, a page at a time. */
@Named("moderationServices")
@ViewScoped
public class ServiceList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListingModeration moderation;

    private String text;
    private ServiceStatus status;

    private final SearchablePage<ServiceListing> services = new SearchablePage<>(
            () -> moderation.countServices(text, status),
            (first, max) -> moderation.findServices(text, status, first, max),
            ServiceListing::getId, id -> moderation.service(id));

    public SearchablePage<ServiceListing> getServices() {
        return services;
    }

    public ServiceStatus[] getStatuses() {
        return ServiceStatus.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public void setStatus(ServiceStatus status) {
        this.status = status;
    }
}
