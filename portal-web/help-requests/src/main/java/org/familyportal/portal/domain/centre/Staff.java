package org.familyportal.portal.domain.centre;

/** A person of the staff, known by the e-mail address they sign in with. */
public record Staff(long accountId, String email, String displayName) {
}
