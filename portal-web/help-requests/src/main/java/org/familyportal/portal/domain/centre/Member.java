package org.familyportal.portal.domain.centre;

/**
 * A person who works for an organisation: a specialist of a resource centre (perhaps on duty, perhaps
 * one of its heads) or a member of a partner organisation.
 */
public record Member(long accountId, String email, String displayName, String organizationId,
                     String organizationName, boolean onDuty, boolean head) {
}
