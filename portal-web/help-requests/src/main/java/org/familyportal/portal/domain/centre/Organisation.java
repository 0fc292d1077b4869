package org.familyportal.portal.domain.centre;

/** An organisation of the directory, as a centre picks it for a referral or an administrator for a centre. */
public record Organisation(String id, String name) {
}
