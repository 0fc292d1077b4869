package org.familyportal.portal.application.request;

/**
 * Whether an organisation of the directory has people on the portal who see its referrals (a port:
 * the WAR implements it from the memberships it knows). One without them is reached by a mail to its
 * public address with a signed link ({@link GuestReferrals}).
 */
public interface PartnerAccounts {

    boolean hasMembers(String organizationId);
}
