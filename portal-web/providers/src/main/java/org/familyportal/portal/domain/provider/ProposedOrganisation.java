package org.familyportal.portal.domain.provider;

/**
 * A new organisation as its representative proposes it: its name, taxpayer number (ИНН), state
 * registration number (ОГРН, optional), site and public e-mail (optional). Checked by the use case.
 */
public record ProposedOrganisation(String name, String inn, String ogrn, String website, String email) {

    public static final int NAME_MAX = 500;
    public static final int WEBSITE_MAX = 500;
    public static final int EMAIL_MAX = 254;
}
