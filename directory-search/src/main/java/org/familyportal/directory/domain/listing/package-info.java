/**
 * The directory as moderators edit it: services and organisations (JPA entities over the HSDS
 * tables, with optimistic locking on {@code lock_version}, which imports move too), their statuses,
 * the change log of who changed which field, reports of wrong information, the repository of all
 * of these ({@code Listings}, JPA in {@code infrastructure.jpa}) and the event a changed service
 * raises for the search ({@code ServiceChanged}).
 */
package org.familyportal.directory.domain.listing;
