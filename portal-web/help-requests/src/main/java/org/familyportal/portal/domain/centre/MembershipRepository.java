package org.familyportal.portal.domain.centre;

import java.util.List;
import java.util.Optional;

/** Who works for which organisation (resource centres and partners), and who administers the portal. */
public interface MembershipRepository {

    Optional<Staff> staff(String email);

    /** The organisations {@code email} works for. */
    List<String> organisationsOf(String email);

    /** The members of an organisation whose accounts are enabled. */
    List<Member> members(String organizationId);

    /** The members of a centre whose accounts are enabled and may work on requests (specialists, administrators). */
    List<Member> centreStaff(String centreId);

    /** Every membership, enabled accounts or not. */
    List<Member> all();

    /** The e-mail addresses of the enabled administrators. */
    List<String> administrators();

    /** Adds the membership, or changes its duty and head marks when it exists. */
    void join(long accountId, String organizationId, boolean onDuty, boolean head);

    void leave(long accountId, String organizationId);
}
