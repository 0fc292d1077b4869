package org.familyportal.portal.interfaces.web.provider;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.provider.OrganisationClaims;
import org.familyportal.portal.domain.provider.OrganisationEntry;
import org.familyportal.portal.domain.provider.ProposedOrganisation;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Backing bean of {@code organisation/claim.xhtml}: find the organisation by name or ИНН, then say
 * "I work here" with the role and how to verify it; or propose a new organisation. What was typed stays
 * on the form when something is refused.
 */
@Named
@ViewScoped
public class OrganisationClaimForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrganisationClaims claims;

    @Inject
    transient ClientLimits limits;

    private String query;
    private List<OrganisationEntry> results;
    private OrganisationEntry chosen;
    private String role;
    private String verification;
    private String website;

    private String proposedName;
    private String proposedInn;
    private String proposedOgrn;
    private String proposedWebsite;
    private String proposedEmail;

    public void search() {
        chosen = null;
        try {
            results = claims.search(query);
        } catch (InvalidRequestException e) {
            results = null;
            Messages.addGlobalError(e.messageKey(), e.arguments());
        }
    }

    public void choose(String organizationId) {
        try {
            chosen = claims.organisation(organizationId);
        } catch (InvalidRequestException e) {
            Messages.addGlobalError(e.messageKey(), e.arguments());
        }
    }

    public void claim() throws IOException {
        if (chosen == null || !allowed()) {
            return;
        }
        try {
            claims.claim(chosen.id(), role, verification);
            Faces.getFlash().setKeepMessages(true);
            Messages.addFlashGlobalInfo("providers.claim.sent");
            Faces.redirect("organisation/index.xhtml");
        } catch (InvalidRequestException e) {
            Messages.addGlobalError(e.messageKey(), e.arguments());
        }
    }

    public void propose() throws IOException {
        if (!allowed()) {
            return;
        }
        try {
            claims.propose(new ProposedOrganisation(proposedName, proposedInn, proposedOgrn, proposedWebsite, proposedEmail),
                    role, verification);
            Faces.getFlash().setKeepMessages(true);
            Messages.addFlashGlobalInfo("providers.propose.sent");
            Faces.redirect("organisation/index.xhtml");
        } catch (InvalidRequestException e) {
            Messages.addGlobalError(e.messageKey(), e.arguments());
        }
    }

    /** A robot (the hidden field filled) or too many claims from one address a minute: nothing is stored. */
    private boolean allowed() {
        if (website != null && !website.isBlank()) {
            return false;
        }
        if (!limits.claim(FacesContext.getCurrentInstance())) {
            Messages.addGlobalError("providers.claim.slowDown");
            return false;
        }
        return true;
    }

    public String getQuery() { return query; }
    public void setQuery(String query) { this.query = query; }
    public List<OrganisationEntry> getResults() { return results; }
    public OrganisationEntry getChosen() { return chosen; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
    public String getVerification() { return verification; }
    public void setVerification(String verification) { this.verification = verification; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getProposedName() { return proposedName; }
    public void setProposedName(String proposedName) { this.proposedName = proposedName; }
    public String getProposedInn() { return proposedInn; }
    public void setProposedInn(String proposedInn) { this.proposedInn = proposedInn; }
    public String getProposedOgrn() { return proposedOgrn; }
    public void setProposedOgrn(String proposedOgrn) { this.proposedOgrn = proposedOgrn; }
    public String getProposedWebsite() { return proposedWebsite; }
    public void setProposedWebsite(String proposedWebsite) { this.proposedWebsite = proposedWebsite; }
    public String getProposedEmail() { return proposedEmail; }
    public void setProposedEmail(String proposedEmail) { this.proposedEmail = proposedEmail; }
}
