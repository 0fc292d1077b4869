package org.familyportal.portal.interfaces.web.moderation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.directory.application.moderation.InvalidListingException;
import org.familyportal.portal.interfaces.web.BusinessOutcome;
import org.familyportal.directory.application.moderation.ListingModeration;
import org.familyportal.directory.application.search.SiteSearch;
import org.familyportal.directory.domain.listing.ChangeRecord;
import org.familyportal.directory.domain.listing.ServiceListing;
import org.familyportal.portal.interfaces.web.CurrentLanguage;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backing bean of {@code moderation/service.xhtml}: a published service as a moderator checks it,
 * with the actions that are not content edits (mark verified, retire) and its change log. Its
 * content changes only through the organisation's draft ({@code moderation/listing.xhtml}); a page
 * without a known id is 404.
 */
@Named
@ViewScoped
public class ServiceDetails implements Serializable {

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

    /** Called by the page's view action: loads the service; a missing or unknown id is 404. */
    public void load() {
        service = id == null || id.isBlank() ? null : moderation.service(id).orElse(null);
        if (service == null) {
            Faces.responseSendError(404, null);
        }
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

    /**
     * The kinds of help and audiences the search reads from this service's own words beyond those it
     * is tagged with, as labels joined by commas; empty for a retired service.
     */
    public String getInferred() throws java.sql.SQLException {
        if (inferred == null) {
            inferred = service == null ? "" : search.inferred(service.getId()).map(topics -> {
                List<String> labels = new ArrayList<>();
                topics.categories().stream().map(c -> search.label("category", c, language.getCode())).sorted().forEach(labels::add);
                topics.audiences().stream().map(a -> search.label("audience", a, language.getCode())).sorted().forEach(labels::add);
                return String.join(", ", labels);
            }).orElse("");
        }
        return inferred;
    }

    public List<ChangeRecord> getHistory() {
        return service == null ? List.of() : moderation.history(service.getId());
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
