package org.familyportal.portal.domain.provider;

/** An approved member of an organisation: the account, and the name and e-mail it signs in with. */
public record ProviderMember(long accountId, String name, String email) {
}
