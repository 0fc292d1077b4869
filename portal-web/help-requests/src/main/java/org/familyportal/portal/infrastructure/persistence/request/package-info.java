/**
 * The help requests' persistence: JPA implementations of the domain's repositories, with the queries
 * named on the entities ({@code @NamedQuery}) and, for plain updates and the gazetteer's tables, in
 * {@code META-INF/help-requests-orm.xml}.
 */
package org.familyportal.portal.infrastructure.persistence.request;
