package org.familyportal.portal.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.familyportal.portal.domain.centre.Organisation;
import org.familyportal.portal.domain.centre.Member;
import org.familyportal.portal.application.InvalidRequestException;
import org.familyportal.portal.application.request.CentreWork;
import org.familyportal.portal.application.request.Memberships;
import org.familyportal.portal.application.request.Routing;
import org.omnifaces.util.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * Backing bean of {@code admin/centres.xhtml}: which resource centre answers for each municipality,
 * and who works for which organisation (centre specialists on duty or heading it, partner members).
 */
@Named
@ViewScoped
public class CentreSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Routing routing;

    @Inject
    transient Memberships memberships;

    @Inject
    transient CentreWork work;

    @Inject
    transient jakarta.security.enterprise.SecurityContext security;

    private String municipality;
    private String centre;
    private String memberEmail;
    private String memberOrganisation;
    private boolean onDuty;
    private boolean head;

    public void assignCentre() {
        try {
            routing.assignCentre(municipality, centre, admin());
            Messages.addGlobalInfo("admin.centres.assigned");
        } catch (InvalidRequestException e) {
            Messages.addGlobalError(e.messageKey());
        }
    }

    public void addMember() {
        var staff = memberships.staff(memberEmail);
        if (staff.isEmpty()) {
            Messages.addGlobalError("admin.centres.member.unknown");
            return;
        }
        if (memberOrganisation == null || memberOrganisation.isBlank()) {
            Messages.addGlobalError("centre.referral.organisation.required");
            return;
        }
        memberships.join(staff.get().accountId(), memberOrganisation, onDuty, head, admin());
        Messages.addGlobalInfo("admin.centres.member.added");
        memberEmail = null;
        onDuty = false;
        head = false;
    }

    public void removeMember(long accountId, String organisationId) {
        memberships.leave(accountId, organisationId, admin());
        Messages.addGlobalInfo("admin.centres.member.removed");
    }

    private String admin() {
        return security.getCallerPrincipal().getName();
    }

    public List<String> completeOrganisation(String text) {
        return work.organisationsNamed(text, 15).stream().map(Organisation::id).toList();
    }

    public String organisationName(String id) {
        return id == null ? "" : work.organizationName(id);
    }

    public List<Routing.MunicipalityCentre> getMunicipalities() {
        return routing.municipalities();
    }

    public List<Member> getMembers() {
        return memberships.allMembers();
    }

    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public String getCentre() { return centre; }
    public void setCentre(String centre) { this.centre = centre; }
    public String getMemberEmail() { return memberEmail; }
    public void setMemberEmail(String memberEmail) { this.memberEmail = memberEmail; }
    public String getMemberOrganisation() { return memberOrganisation; }
    public void setMemberOrganisation(String memberOrganisation) { this.memberOrganisation = memberOrganisation; }
    public boolean isOnDuty() { return onDuty; }
    public void setOnDuty(boolean onDuty) { this.onDuty = onDuty; }
    public boolean isHead() { return head; }
    public void setHead(boolean head) { this.head = head; }
}
