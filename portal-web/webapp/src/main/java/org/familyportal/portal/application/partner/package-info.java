/**
 * The portal's side of the help-requests ports about partner organisations: whether an organisation has
 * people on the portal who see its referrals ({@code PartnerAccounts}).
 */
package org.familyportal.portal.application.partner;
