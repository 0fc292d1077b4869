package org.familyportal.portal.interfaces.web.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.directory.domain.listing.ServiceListing;
import org.familyportal.directory.domain.listing.ServiceStatus;
import org.familyportal.portal.application.directory.ListingModeration;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Backing bean of {@code moderation/services.xhtml}: the directory's services, searchable, a page at a time. */
@Named("moderationServices")
@ViewScoped
public class ServiceList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListingModeration moderation;

    private String text;
    private ServiceStatus status;

    private final LazyDataModel<ServiceListing> services = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) moderation.countServices(text, status);
        }

        @Override
        public List<ServiceListing> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            return moderation.findServices(text, status, first, pageSize);
        }

        @Override
        public String getRowKey(ServiceListing service) {
            return service.getId();
        }

        @Override
        public ServiceListing getRowData(String rowKey) {
            return moderation.service(rowKey).orElse(null);
        }
    };

    public LazyDataModel<ServiceListing> getServices() {
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
