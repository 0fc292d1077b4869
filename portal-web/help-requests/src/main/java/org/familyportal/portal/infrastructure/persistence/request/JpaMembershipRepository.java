package org.familyportal.portal.infrastructure.persistence.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.familyportal.portal.domain.account.Role;
import org.familyportal.portal.domain.centre.Member;
import org.familyportal.portal.domain.centre.MembershipRepository;
import org.familyportal.portal.domain.centre.Staff;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link MembershipRepository} on {@code organization_member} with the accounts' and the directory's
 * tables (queries named in {@code META-INF/help-requests-orm.xml}).
 */
@ApplicationScoped
public class JpaMembershipRepository implements MembershipRepository {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<Staff> staff(String email) {
        List<?> rows = em.createNamedQuery("Membership.staff")
                .setParameter(1, email == null ? "" : email.strip().toLowerCase(Locale.ROOT)).getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new Staff(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).findFirst();
    }

    @Override
    public List<String> organisationsOf(String email) {
        return strings(em.createNamedQuery("Membership.organisationsOf").setParameter(1, email == null ? "" : email)
                .getResultList());
    }

    @Override
    public List<Member> members(String organizationId) {
        return members(em.createNamedQuery("Membership.members").setParameter(1, organizationId).getResultList());
    }

    @Override
    public List<Member> centreStaff(String centreId) {
        return members(em.createNamedQuery("Membership.centreStaff").setParameter(1, centreId)
                .setParameter(2, Role.SPECIALIST.name()).setParameter(3, Role.ADMIN.name()).getResultList());
    }

    @Override
    public List<Member> all() {
        return members(em.createNamedQuery("Membership.all").getResultList());
    }

    @Override
    public List<String> administrators() {
        return strings(em.createNamedQuery("Membership.administrators").setParameter(1, Role.ADMIN.name()).getResultList());
    }

    @Override
    public void join(long accountId, String organizationId, boolean onDuty, boolean head) {
        em.createNamedQuery("Membership.join").setParameter(1, accountId).setParameter(2, organizationId)
                .setParameter(3, onDuty).setParameter(4, head).executeUpdate();
    }

    @Override
    public void leave(long accountId, String organizationId) {
        em.createNamedQuery("Membership.leave").setParameter(1, accountId).setParameter(2, organizationId).executeUpdate();
    }

    private static List<Member> members(List<?> rows) {
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
