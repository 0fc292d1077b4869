package org.familyportal.portal.interfaces.web.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.directory.domain.listing.Provider;
import org.familyportal.directory.application.moderation.ListingModeration;
import org.familyportal.portal.interfaces.web.SearchablePage;

import java.io.Serializable;

/** Backing bean of {@code moderation/organizations.xhtml}: the organisations, searchable, a page at a time. */
@Named("moderationOrganizations")
@ViewScoped
public class OrganizationList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListingModeration moderation;

    private String text;

    private final SearchablePage<Provider> organizations = new SearchablePage<>(
            () -> moderation.countProviders(text),
            (first, max) -> moderation.findProviders(text, first, max),
            Provider::getId, id -> moderation.provider(id));

    public SearchablePage<Provider> getOrganizations() {
        return organizations;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
