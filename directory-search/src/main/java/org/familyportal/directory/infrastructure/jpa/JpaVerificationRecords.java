package org.familyportal.directory.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.familyportal.directory.domain.verification.ServiceVerification;
import org.familyportal.directory.domain.verification.VerificationRecords;
import org.familyportal.directory.domain.verification.VerificationReminder;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link VerificationRecords} in JPA over the portal's persistence unit, in the caller's (JTA) transaction. */
@ApplicationScoped
public class JpaVerificationRecords implements VerificationRecords {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public List<OrganisationDue> organisationsDue(LocalDate upTo, int max) {
        List<?> rows = em.createNamedQuery("VerificationReminder.organisationsDue")
                .setParameter(1, upTo).setParameter(2, max).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new OrganisationDue((String) r[0], (String) r[1],
                (String) r[2], truth(r[3]), date(r[4]), ((Number) r[5]).intValue())).toList();
    }

    @Override
    public List<ServiceDue> servicesDue(String organizationId, LocalDate upTo) {
        List<?> rows = em.createNamedQuery("VerificationReminder.servicesDue")
                .setParameter(1, organizationId).setParameter(2, upTo).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new ServiceDue((String) r[0], (String) r[1], date(r[2]))).toList();
    }

    @Override
    public List<VerificationReminder> reminders(String organizationId, LocalDate baseline) {
        return em.createNamedQuery("VerificationReminder.of", VerificationReminder.class)
                .setParameter("organization", organizationId).setParameter("baseline", baseline).getResultList();
    }

    @Override
    public List<VerificationReminder> reminders(Collection<String> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("VerificationReminder.ofAll", VerificationReminder.class)
                .setParameter("organizations", organizationIds).getResultList();
    }

    @Override
    public void add(VerificationReminder reminder) {
        em.persist(reminder);
        em.flush();
    }

    @Override
    public void verified(ServiceVerification verification) {
        em.merge(verification);
    }

    @Override
    public Map<String, ServiceVerification> verifications(Collection<String> serviceIds) {
        Map<String, ServiceVerification> found = new HashMap<>();
        if (!serviceIds.isEmpty()) {
            em.createQuery("select v from ServiceVerification v where v.serviceId in :ids", ServiceVerification.class)
                    .setParameter("ids", serviceIds).getResultList().forEach(v -> found.put(v.getServiceId(), v));
        }
        return found;
    }

    @Override
    public Map<String, LocalDate> verifiedDates(Collection<String> serviceIds) {
        Map<String, LocalDate> found = new HashMap<>();
        if (!serviceIds.isEmpty()) {
            List<Object[]> rows = em.createQuery("select s.id, s.assuredDate from ServiceListing s where s.id in :ids"
                    + " and s.assuredDate is not null", Object[].class).setParameter("ids", serviceIds).getResultList();
            rows.forEach(r -> found.put((String) r[0], (LocalDate) r[1]));
        }
        return found;
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

}
