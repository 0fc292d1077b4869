package org.familyportal.portal.domain.provider;

/**
 * An organisation of the directory as the door shows it: to find the one a person works for, and to
 * show a moderator the site their e-mail is compared with.
 */
public record OrganisationEntry(String id, String name, String website, String taxId) {
}
