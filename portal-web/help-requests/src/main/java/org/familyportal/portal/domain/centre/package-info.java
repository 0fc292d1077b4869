/**
 * Family resource centres, where help requests are routed: a {@link ResourceCentre} answers for the
 * municipalities set by administrators, and its staff (specialists, some on duty, one or more heads)
 * work on the requests. {@link ResourceCentreRepository} and {@link MembershipRepository} say what the
 * use cases read and change; their JPA implementations are in {@code infrastructure.persistence.request}.
 */
package org.familyportal.portal.domain.centre;
