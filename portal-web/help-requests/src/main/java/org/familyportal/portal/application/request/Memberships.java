package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.application.audit.AuditTrail;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.audit.AuditAction;
import org.familyportal.portal.domain.centre.Member;
import org.familyportal.portal.domain.centre.MembershipRepository;
import org.familyportal.portal.domain.centre.ResourceCentreRepository;
import org.familyportal.portal.domain.centre.Staff;

import java.util.List;
import java.util.Optional;

/**
 * Who works for which organisation: specialists for a resource centre (some on duty, one or more
 * heads), members for a partner organisation. Set by administrators.
 */
@ApplicationScoped
public class Memberships {

    @Inject
    MembershipRepository members;

    @Inject
    ResourceCentreRepository centres;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller caller;

    public Optional<Staff> staff(String email) {
        return members.staff(email);
    }

    /** The organisations {@code email} works for. */
    public List<String> organisationsOf(String email) {
        return members.organisationsOf(email);
    }

    /** Who works for the organisation now: its members whose accounts are enabled. */
    public List<Member> members(String organizationId) {
        return members.members(organizationId);
    }

    /**
     * Who works on a resource centre's requests now: its members whose accounts are enabled and may
     * work on requests (specialists, administrators). A disabled account, or one whose roles were
     * changed, keeps its membership row but gets no alerts and no requests.
     */
    public List<Member> centreStaff(String centreId) {
        return members.centreStaff(centreId);
    }

    /** Every membership, enabled accounts or not (the administrators' overview). */
    public List<Member> allMembers() {
        return members.all();
    }

    /** Whom to alert at once about an urgent request: the centre's staff on duty, or all of them when nobody is. */
    public List<String> alertRecipients(String centreId) {
        List<Member> staff = centreStaff(centreId);
        List<String> onDuty = staff.stream().filter(Member::onDuty).map(Member::email).toList();
        return onDuty.isEmpty() ? staff.stream().map(Member::email).toList() : onDuty;
    }

    /** Whom to tell when a request is overdue: the centre's heads (among its staff). */
    public List<String> heads(String centreId) {
        return centreStaff(centreId).stream().filter(Member::head).map(Member::email).toList();
    }

    /** The directory name of an organisation (its id when unknown). */
    public String organisationName(String organizationId) {
        return centres.organisationName(organizationId).orElse(organizationId);
    }

    /** The administrators, who hear of requests from a municipality without a centre. */
    public List<String> administrators() {
        return members.administrators();
    }

    @Transactional
    public void join(long accountId, String organizationId, boolean onDuty, boolean head, String by) {
        enrol(accountId, organizationId, onDuty, head, caller.actingAs(by, Role.ADMIN));
    }

    /** {@link #join} without a caller: the portal's own start-up (demo staff) only. */
    @Transactional
    void enrol(long accountId, String organizationId, boolean onDuty, boolean head, String by) {
        audit.record(by, AuditAction.CHANGE, null, "account " + accountId + " joins " + organizationId
                + (onDuty ? ", on duty" : "") + (head ? ", head" : ""));
        members.join(accountId, organizationId, onDuty, head);
    }

    @Transactional
    public void leave(long accountId, String organizationId, String by) {
        by = caller.actingAs(by, Role.ADMIN);
        audit.record(by, AuditAction.CHANGE, null, "account " + accountId + " leaves " + organizationId);
        members.leave(accountId, organizationId);
    }
}
