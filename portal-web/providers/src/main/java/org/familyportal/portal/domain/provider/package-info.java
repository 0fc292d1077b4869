/**
 * Organisations' self-service, its domain: the {@link org.familyportal.portal.domain.provider.Representative}
 * who signs up for an organisation, their {@link org.familyportal.portal.domain.provider.Claim} to work for
 * one of the directory ("I work here") or a proposal of a new one, the claim's life
 * ({@link org.familyportal.portal.domain.provider.ClaimStatus}), the evidence a moderator is shown
 * ({@link org.familyportal.portal.domain.provider.DomainEvidence}), the rules of Russian registration
 * numbers ({@link org.familyportal.portal.domain.provider.RegistrationNumbers}) and of mailed links
 * ({@link org.familyportal.portal.domain.provider.MailLink}), and the repository
 * ({@link org.familyportal.portal.domain.provider.ProviderMembershipRepository}). Imports nothing from
 * the layers above.
 */
package org.familyportal.portal.domain.provider;
