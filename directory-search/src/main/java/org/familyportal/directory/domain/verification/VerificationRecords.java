package org.familyportal.directory.domain.verification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The repository of verification: who confirmed which service, the organisations whose listings are
 * due a reminder, and the reminders sent. The one implementation is JPA
 * ({@code infrastructure.jpa.JpaVerificationRecords}), in the caller's transaction.
 */
public interface VerificationRecords {

    /**
     * An organisation with active services whose baseline (verified date, else the day of the last
     * change) is on or before the cut-off: {@code baseline} is the oldest of them, {@code services} how
     * many are due, {@code demo} whether it is invented demo data (nobody to write to).
     */
    record OrganisationDue(String organizationId, String name, String email, boolean demo, LocalDate baseline,
                           int services) {
    }

    /** A service of an organisation due, as a reminder lists it. */
    record ServiceDue(String serviceId, String name, LocalDate verified) {
    }

    /** Organisations with active services whose baseline is on or before {@code upTo}, oldest first, at most {@code max}. */
    List<OrganisationDue> organisationsDue(LocalDate upTo, int max);

    /** The active services of an organisation whose baseline is on or before {@code upTo}, oldest first. */
    List<ServiceDue> servicesDue(String organizationId, LocalDate upTo);

    /** What was sent to the organisation for this baseline, oldest first. */
    List<VerificationReminder> reminders(String organizationId, LocalDate baseline);

    /** What was sent to these organisations, any baseline, oldest first. */
    List<VerificationReminder> reminders(Collection<String> organizationIds);

    void add(VerificationReminder reminder);

    /** Records who confirmed the service (replacing the previous confirmation). */
    void verified(ServiceVerification verification);

    /** Who last confirmed these services, by service id (services never confirmed in the portal are missing). */
    Map<String, ServiceVerification> verifications(Collection<String> serviceIds);

    /** The verified dates (HSDS {@code assured_date}) of these services, by id (never verified: missing). */
    Map<String, LocalDate> verifiedDates(Collection<String> serviceIds);
}
