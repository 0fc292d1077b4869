package org.familyportal.portal.interfaces.web.provider;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.familyportal.directory.application.moderation.ConcurrentListingChangeException;
import org.familyportal.directory.application.moderation.InvalidListingException;
import org.familyportal.directory.application.verification.ListingVerification;
import org.familyportal.portal.application.provider.OrganisationClaims;
import org.omnifaces.util.Messages;
import org.familyportal.portal.domain.provider.ProviderMember;

import java.util.List;

/**
 * Backing bean of {@code organisation/index.xhtml} (a member's organisations and claims) and
 * {@code organisation/members.xhtml?org=} (who else is a member; others' organisations answer "not found").
 */
@Named
@RequestScoped
public class MemberOrganisations {

    @Inject
    OrganisationClaims claims;

    @Inject
    ListingVerification verification;

    @Inject
    SecurityContext security;

    private String org;
    private List<OrganisationClaims.MyClaim> myClaims;
    private List<OrganisationClaims.MyOrganisation> organisations;
    private List<ProviderMember> members;
    private String organisationName;

    /** The members page: the scope check is the use case's; a refusal is "not found". */
    public void loadMembers() {
        members = claims.members(org);
        organisationName = claims.organisation(org).name();
    }

    /**
     * "Still accurate": the member confirms all of the organisation's active services at once, which
     * sets their last-verified date; the scope (their own organisation only) is the use case's.
     */
    public void confirm(String organizationId) {
        try {
            Messages.addGlobalInfo("verification.moderation.confirmed",
                    verification.confirmOrganisation(organizationId, security.getCallerPrincipal().getName()));
        } catch (ConcurrentListingChangeException e) {
            Messages.addGlobalError("verification.moderation.changedMeanwhile");
        } catch (InvalidListingException e) {
            Messages.addGlobalError(e.messageKey());
        }
    }

    public List<OrganisationClaims.MyClaim> getClaims() {
        if (myClaims == null) {
            myClaims = claims.myClaims();
        }
        return myClaims;
    }

    public List<OrganisationClaims.MyOrganisation> getOrganisations() {
        if (organisations == null) {
            organisations = claims.myOrganisations();
        }
        return organisations;
    }

    public List<ProviderMember> getMembers() { return members; }
    public String getOrganisationName() { return organisationName; }
    public String getOrg() { return org; }
    public void setOrg(String org) { this.org = org; }
}
