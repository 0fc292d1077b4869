package org.familyportal.portal.application.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.familyportal.portal.application.access.CurrentCaller;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.audit.AuditAction;

import java.util.List;
import java.util.Optional;

/**
 * Who works for which organisation: specialists for a resource centre (some on duty, one or more
 * heads), members for a partner organisation. Set by administrators.
 */
@ApplicationScoped
public class Memberships {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @jakarta.inject.Inject
    org.familyportal.portal.application.audit.AuditTrail audit;

    @jakarta.inject.Inject
    CurrentCaller caller;

    /** A person known by the e-mail address they sign in with. */
    public record Staff(long accountId, String email, String displayName) {
    }

    public record Member(long accountId, String email, String displayName, String organizationId,
                         String organizationName, boolean onDuty, boolean head) {
    }

    public Optional<Staff> staff(String email) {
        List<?> rows = em.createNativeQuery("SELECT id, email, display_name FROM user_account WHERE email = ?")
                .setParameter(1, email == null ? "" : email.strip().toLowerCase()).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Staff(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).findFirst();
    }

    /** The organisations {@code email} works for. */
    public List<String> organisationsOf(String email) {
        return strings(em.createNativeQuery("SELECT m.organization_id FROM organization_member m"
                + " JOIN user_account a ON a.id = m.user_account_id WHERE a.email = ?")
                .setParameter(1, email == null ? "" : email).getResultList());
    }

    /** Who works for the organisation now: its members whose accounts are enabled. */
    public List<Member> members(String organizationId) {
        return memberRows("WHERE m.organization_id = ? AND a.enabled", organizationId);
    }

    /**
     * Who works on a resource centre's requests now: its members whose accounts are enabled and may
     * work on requests (specialists, administrators). A disabled account, or one whose roles were
     * changed, keeps its membership row but gets no alerts and no requests.
     */
    public List<Member> centreStaff(String centreId) {
        return memberRows("WHERE m.organization_id = ? AND a.enabled AND EXISTS (SELECT 1 FROM user_account_role r"
                + " WHERE r.user_account_id = a.id AND r.role IN ('" + Role.SPECIALIST.name() + "', '"
                + Role.ADMIN.name() + "'))", centreId);
    }

    /** Every membership, enabled accounts or not (the administrators' overview). */
    public List<Member> allMembers() {
        return memberRows("", null);
    }

    /** Whom to alert at once about an urgent request: the centre's staff on duty, or all of them when nobody is. */
    public List<String> alertRecipients(String centreId) {
        List<Member> members = centreStaff(centreId);
        List<String> onDuty = members.stream().filter(Member::onDuty).map(Member::email).toList();
        return onDuty.isEmpty() ? members.stream().map(Member::email).toList() : onDuty;
    }

    /** Whom to tell when a request is overdue: the centre's heads (among its staff). */
    public List<String> heads(String centreId) {
        return centreStaff(centreId).stream().filter(Member::head).map(Member::email).toList();
    }

    /** The directory name of an organisation (its id when unknown). */
    public String organisationName(String organizationId) {
        List<?> names = em.createNativeQuery("SELECT name FROM organization WHERE id = ?")
                .setParameter(1, organizationId).getResultList();
        return names.isEmpty() ? organizationId : String.valueOf(names.get(0));
    }

    /** The administrators, who hear of requests from a municipality without a centre. */
    public List<String> administrators() {
        return strings(em.createNativeQuery("SELECT a.email FROM user_account a JOIN user_account_role r"
                + " ON r.user_account_id = a.id WHERE r.role = 'ADMIN' AND a.enabled").getResultList());
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
        em.createNativeQuery("INSERT INTO organization_member (user_account_id, organization_id, on_duty, head)"
                        + " VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE on_duty = VALUES(on_duty), head = VALUES(head)")
                .setParameter(1, accountId).setParameter(2, organizationId)
                .setParameter(3, onDuty).setParameter(4, head).executeUpdate();
    }

    @Transactional
    public void leave(long accountId, String organizationId, String by) {
        by = caller.actingAs(by, Role.ADMIN);
        audit.record(by, AuditAction.CHANGE, null, "account " + accountId + " leaves " + organizationId);
        em.createNativeQuery("DELETE FROM organization_member WHERE user_account_id = ? AND organization_id = ?")
                .setParameter(1, accountId).setParameter(2, organizationId).executeUpdate();
    }

    private List<Member> memberRows(String where, String organizationId) {
        var query = em.createNativeQuery("SELECT a.id, a.email, a.display_name, m.organization_id, o.name, m.on_duty, m.head"
                + " FROM organization_member m JOIN user_account a ON a.id = m.user_account_id"
                + " JOIN organization o ON o.id = m.organization_id " + where + " ORDER BY o.name, a.display_name");
        if (organizationId != null) {
            query.setParameter(1, organizationId);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new Member(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], truth(r[5]), truth(r[6]))).toList();
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static List<String> strings(List<?> rows) {
        return rows.stream().map(String::valueOf).toList();
    }
}
