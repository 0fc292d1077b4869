package org.familyportal.portal.interfaces.web.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.directory.domain.listing.Provider;
import org.familyportal.portal.application.directory.ListingModeration;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Backing bean of {@code moderation/organizations.xhtml}: the organisations, searchable, a page at a time. */
@Named("moderationOrganizations")
@ViewScoped
public class OrganizationList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListingModeration moderation;

    private String text;

    private final LazyDataModel<Provider> organizations = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) moderation.countProviders(text);
        }

        @Override
        public List<Provider> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return moderation.findProviders(text, first, pageSize);
        }

        @Override
        public String getRowKey(Provider provider) {
            return provider.getId();
        }

        @Override
        public Provider getRowData(String rowKey) {
            return moderation.provider(rowKey).orElse(null);
        }
    };

    public LazyDataModel<Provider> getOrganizations() {
        return organizations;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
