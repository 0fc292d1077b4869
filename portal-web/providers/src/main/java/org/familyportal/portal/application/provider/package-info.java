/**
 * Organisations' self-service, its use cases: {@link org.familyportal.portal.application.provider.ProviderSignUp}
 * (sign-up, the e-mail confirmed by a link, no enumeration of registered addresses),
 * {@link org.familyportal.portal.application.provider.OrganisationClaims} (a member claims or proposes an
 * organisation, sees their own claims and organisations; scope checked here),
 * {@link org.familyportal.portal.application.provider.MembershipReview} (moderators approve or reject,
 * audited, mailed), {@link org.familyportal.portal.application.provider.ProviderMails} (the mails, in the
 * recipient's language) and {@link org.familyportal.portal.application.provider.DemoProviders}.
 */
package org.familyportal.portal.application.provider;
