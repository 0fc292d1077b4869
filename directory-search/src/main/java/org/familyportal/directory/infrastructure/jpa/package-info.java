/**
 * JPA (the portal's persistence unit {@code portal}) for what moderators edit: the repository
 * {@link org.familyportal.directory.infrastructure.jpa.JpaListings} over the listing entities of
 * {@code domain.listing}, with optimistic locking on their {@code version}.
 */
package org.familyportal.directory.infrastructure.jpa;
